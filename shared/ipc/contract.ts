import { z } from 'zod';
import {
  contactSchema,
  customerSchema,
  dealTypeSchema,
  idSchema,
  isoDateTimeSchema,
  lifecycleActionSchema,
  newDealSchema,
  ratesInfoSchema,
  referralDetailSchema,
  referralRowSchema,
  solutionKindSchema,
  solutionSchema,
  stageSchema,
} from '../domain';
import { settingsPatchSchema, settingsSchema } from '../settings';
import { authStateSchema, managedSettingsSchema } from './authSchemas';
import { exportIdSchema, exportLanguageSchema, exportProgressSchema, exportResultSchema } from './exportSchemas';
import { insightsQuerySchema, insightsSchema } from './insightsSchemas';
import { conflictSchema, resolveConflictInputSchema } from './syncSchemas';
import { messageParamsSchema } from './wordsSchema';
import { errorMessage } from '../i18n/messageKey';

export const tabSchema = z.enum(['inbound', 'outbound', 'favorites'], { error: errorMessage('list.tab') });
export type Tab = z.infer<typeof tabSchema>;

export const sortColumnSchema = z.enum(
  ['name', 'customerName', 'dealValue', 'closingDateTime', 'dealType', 'stage', 'expirationDateTime', 'updatedDateTime'],
  { error: errorMessage('list.sortColumn') },
);
export type SortColumn = z.infer<typeof sortColumnSchema>;

/** The deepest row a list page may start at: far beyond any store this app keeps, a bound on the work one call may ask for. */
export const MAX_LIST_OFFSET = 10_000_000;

/** The filters a list and its counts share (everything but the tab and its stages). */
const listFilterFields = {
  dealType: dealTypeSchema.optional(),
  customer: z
    .string()
    .trim()
    .max(200, errorMessage('list.customerTooLong', { count: 200 }))
    .optional(),
  closeFrom: isoDateTimeSchema.optional(),
  closeTo: isoDateTimeSchema.optional(),
  search: z
    .string()
    .max(200, errorMessage('list.searchTooLong', { count: 200 }))
    .optional(),
  /** Only deals that expire before this moment (Received inbound referrals: the only ones that can expire). */
  expiresBefore: isoDateTimeSchema.optional(),
};

export const listQuerySchema = z
  .object({
    tab: tabSchema,
    stages: z.array(stageSchema).max(3).optional(),
    ...listFilterFields,
    sort: z
      .object({ column: sortColumnSchema, direction: z.enum(['asc', 'desc'], { error: errorMessage('list.sortDirection') }) })
      .default({ column: 'updatedDateTime', direction: 'desc' }),
    limit: z
      .number({ error: errorMessage('list.limitNumber') })
      .int(errorMessage('list.limitWhole'))
      .min(1, errorMessage('list.limitMin'))
      .max(500, errorMessage('list.limitMax', { count: 500 }))
      .default(100),
    /** Opaque keyset cursor from the previous page's nextCursor. */
    cursor: z
      .string({ error: errorMessage('input.badCursor') })
      .max(2000, errorMessage('input.badCursor'))
      .nullable()
      .optional(),
    /**
     * Row number of the page's first row (0 = the top): random access for a scrollbar that jumps anywhere.
     * Either this or a cursor. A row number past the last row gives an empty page with the total.
     */
    offset: z
      .number({ error: errorMessage('list.offsetNumber') })
      .int(errorMessage('list.offsetWhole'))
      .min(0, errorMessage('list.offsetNegative'))
      .max(MAX_LIST_OFFSET, errorMessage('list.offsetMax', { max: MAX_LIST_OFFSET }))
      .optional(),
  })
  .strict()
  .refine((q) => q.offset === undefined || q.cursor == null, {
    message: errorMessage('list.cursorOrOffset'),
    path: ['offset'],
  });
export type ListQuery = z.input<typeof listQuerySchema>;
export type ParsedListQuery = z.output<typeof listQuerySchema>;

export const listPageSchema = z.object({
  items: z.array(referralRowSchema),
  nextCursor: z.string().nullable(),
  /** Rows matching the query (all pages). */
  total: z.number().int(),
  /** The exchange rates the rows' valueUsd are at (the hover over a value says which). */
  rates: ratesInfoSchema.nullable().optional(),
});
export type ListPage = z.infer<typeof listPageSchema>;

/** What an export writes: every row of the list's current view (filters, search and sort; no paging, no cap). */
export const exportQuerySchema = z
  .object({
    tab: listQuerySchema.shape.tab,
    stages: listQuerySchema.shape.stages,
    dealType: listQuerySchema.shape.dealType,
    customer: listQuerySchema.shape.customer,
    closeFrom: listQuerySchema.shape.closeFrom,
    closeTo: listQuerySchema.shape.closeTo,
    search: listQuerySchema.shape.search,
    sort: listQuerySchema.shape.sort,
  })
  .strict();
export type ExportQuery = z.input<typeof exportQuerySchema>;
/** `language`: the one the window shows, for the file's headers and words; left out, main uses the language setting's. */
export const exportInputSchema = z
  .object({ exportId: exportIdSchema, query: exportQuerySchema, language: exportLanguageSchema.optional() })
  .strict();
export type ExportInput = z.input<typeof exportInputSchema>;

const stageCounts = z.object({
  received: z.number().int(),
  accepted: z.number().int(),
  archived: z.number().int(),
  total: z.number().int(),
});
export const countsSchema = z.object({ inbound: stageCounts, outbound: stageCounts, favorites: stageCounts });
export type Counts = z.infer<typeof countsSchema>;

/** Counts of the deals matching these filters, per tab and stage; no filters: every deal. */
export const countsQuerySchema = z.object(listFilterFields).strict().default({});
export type CountsQuery = z.input<typeof countsQuerySchema>;
export type ParsedCountsQuery = z.output<typeof countsQuerySchema>;

export const syncStatusSchema = z.object({
  online: z.boolean(),
  serviceConfigured: z.boolean(),
  syncing: z.boolean(),
  lastSyncAt: z.string().nullable(),
  pendingChanges: z.number().int(),
  /** `message` in English (logs, an older renderer); `key` + `params` (errors namespace) are what the status bar says. */
  lastError: z
    .object({
      at: z.string(),
      message: z.string(),
      details: z.string(),
      key: z.string().optional(),
      params: messageParamsSchema.optional(),
      /**
       * `details` as words: the headline's lines first (no sentence: the headline says it), then each other cause with
       * its sentence's key and params; each line is encoded words (errors:…) or the service's own text, as it came.
       */
      causes: z
        .array(z.object({ key: z.string().optional(), params: messageParamsSchema.optional(), lines: z.array(z.string()) }))
        .optional(),
    })
    .nullable(),
  /** The last pass could not reach the service (network, time-out) although the computer is online. */
  unreachable: z.boolean().optional(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const appInfoSchema = z.object({ version: z.string(), dataDir: z.string(), transport: z.enum(['electron', 'web']) });
export type AppInfo = z.infer<typeof appInfoSchema>;

const empty = z.object({}).strict().default({});

/** How many suggestions a picker asks for (1–50). */
const smallLimit = (fallback: number) =>
  z
    .number({ error: errorMessage('list.limitNumber') })
    .int(errorMessage('list.limitWhole'))
    .min(1, errorMessage('list.limitMin'))
    .max(50, errorMessage('list.limitMax', { count: 50 }))
    .default(fallback);

/** Drafts (e.g. the create-deal wizard's) are kept in main so an unfinished form survives closing the app. */
export const draftKeySchema = z.string({ error: errorMessage('draft.key') }).regex(/^[a-z][a-z0-9-]{0,39}$/, errorMessage('draft.key'));
export const MAX_DRAFT_BYTES = 256 * 1024;
const draftValueSchema = z
  .unknown()
  .refine((v) => v !== undefined, errorMessage('draft.value'))
  .refine(
    (v) => {
      try {
        return JSON.stringify(v).length <= MAX_DRAFT_BYTES;
      } catch {
        return false;
      }
    },
    errorMessage('draft.tooLarge', { kb: MAX_DRAFT_BYTES / 1024 }),
  );
export const draftSchema = z.object({ key: draftKeySchema, value: z.unknown(), savedAt: z.string() });
export type Draft = z.infer<typeof draftSchema>;
const byId = z.object({ id: idSchema }).strict();

/**
 * The one contract between renderer and main: channel → input and output schemas.
 * Both transports (Electron IPC, the web host) serve exactly these channels, and nothing else.
 */
export const contract = {
  'referrals:list': { input: listQuerySchema, output: listPageSchema },
  'referrals:counts': { input: countsQuerySchema, output: countsSchema },
  'referrals:get': { input: byId, output: referralDetailSchema },
  'referrals:act': { input: z.object({ id: idSchema, action: lifecycleActionSchema }).strict(), output: referralDetailSchema },
  'referrals:create': { input: z.object({ deal: newDealSchema }).strict(), output: referralDetailSchema },
  'favorites:set': {
    input: z.object({ id: idSchema, favorite: z.boolean({ error: errorMessage('favorite.boolean') }) }).strict(),
    output: referralDetailSchema,
  },
  'directory:searchCustomers': {
    input: z
      .object({
        query: z.string({ error: errorMessage('directory.query') }).max(200, errorMessage('list.customerTooLong', { count: 200 })),
        country: z
          .string({ error: errorMessage('country.format') })
          .regex(/^[A-Z]{2}$/, errorMessage('country.format'))
          .optional(),
        limit: smallLimit(20),
      })
      .strict(),
    output: z.array(customerSchema),
  },
  'catalog:listSolutions': { input: z.object({ kind: solutionKindSchema.optional() }).strict(), output: z.array(solutionSchema) },
  'drafts:get': { input: z.object({ key: draftKeySchema }).strict(), output: draftSchema.nullable() },
  'drafts:save': { input: z.object({ key: draftKeySchema, value: draftValueSchema }).strict(), output: z.object({ savedAt: z.string() }) },
  'drafts:discard': { input: z.object({ key: draftKeySchema }).strict(), output: z.object({}) },
  'contacts:recent': {
    input: z
      .object({ limit: smallLimit(10) })
      .strict()
      .default({ limit: 10 }),
    output: z.array(contactSchema),
  },
  'sync:status': { input: empty, output: syncStatusSchema },
  'sync:now': { input: empty, output: syncStatusSchema },
  /** Deals changed both here and on the service, waiting for the seller's choice; NO_SERVICE without a service. */
  'sync:conflicts': { input: empty, output: z.array(conflictSchema) },
  /** Per field in conflict: keep ours ('local') or the service's ('server'); what is kept ours is sent again. */
  'sync:resolveConflict': { input: resolveConflictInputSchema, output: syncStatusSchema },
  /** Who is signed in, for which service address; never a token. */
  'auth:state': { input: empty, output: authStateSchema },
  /**
   * Opens the work-account sign-in in the browser and resolves when it is done (signedIn), cancelled or failed
   * (a refusal with a sentence); the first sync follows at once.
   */
  'auth:signIn': { input: empty, output: authStateSchema },
  /** Stops a sign-in that is waiting for the browser (the seller closed the tab, or changed their mind). */
  'auth:cancelSignIn': { input: empty, output: authStateSchema },
  /** Forgets the saved sign-in on this computer; nothing is sent to the service until the seller signs in again. */
  'auth:signOut': { input: empty, output: authStateSchema },
  /** What IT preset (sign-in authority, update feed): shown read-only in Settings. */
  'policy:get': { input: empty, output: managedSettingsSchema },
  'app:info': { input: empty, output: appInfoSchema },
  /** Insights (SPEC F7): pipeline by stage, win rate, reasons, response time, campaign ROI, for a period and filters. */
  'insights:get': { input: insightsQuerySchema, output: insightsSchema },
  /**
   * CSV of the list's current view (SPEC F7): desktop app, into a file the seller picks in a save dialog; web host, a
   * one-time download address. Progress comes as export:progress events; export:cancel stops it.
   */
  'export:csv': { input: exportInputSchema, output: exportResultSchema },
  'export:cancel': { input: z.object({ exportId: exportIdSchema }).strict(), output: z.object({ cancelled: z.boolean() }) },
  'settings:get': { input: empty, output: settingsSchema },
  /** A partial change, merged deeply; a refusal is BAD_INPUT with a message per field (paths start with "settings."). */
  'settings:set': { input: z.object({ settings: settingsPatchSchema }).strict(), output: settingsSchema },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

/** Events main → renderer. */
export const events = {
  'referrals:changed': z.object({ ids: z.array(z.string()) }),
  'sync:status': syncStatusSchema,
  'notification:clicked': z.object({ id: z.string() }),
  /**
   * Web host only: a notification for the page to show (Web Notification or in-app); referralId is the deal a click
   * opens, null for one about the app itself ("Sign in again").
   */
  'notification:show': z.object({ id: z.string(), title: z.string(), body: z.string(), referralId: z.string().nullable() }),
  'settings:changed': settingsSchema,
  /** Signed in or out, sign-in needed again, or the sign-in page to open (web host). */
  'auth:changed': authStateSchema,
  /** How far an export:csv has got. */
  'export:progress': exportProgressSchema,
} as const;
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const channels = Object.keys(contract) as Channel[];
export const eventNames = Object.keys(events) as EventName[];
