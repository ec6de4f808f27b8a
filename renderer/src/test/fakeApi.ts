import {
  applyAction,
  dealTypeOf,
  minorToMoney,
  moneyToMinor,
  usdMinorOf,
  expiryOf,
  referralFromNewDeal,
  stageOf,
  type Contact,
  type Customer,
  type HistoryEntry,
  type Referral,
  type ReferralDetail,
  type ReferralRow,
  type Solution,
} from '../../../shared/domain';
import { errorWords } from '../../../shared/i18n';
import {
  AppError,
  wordsOfError,
  createDispatcher,
  type Api,
  type ApiError,
  type Channel,
  type ConflictView,
  type EventName,
  type EventPayload,
  type Handlers,
  type Insights,
  type ParsedListQuery,
  type SyncStatus,
  type AuthState,
  type ManagedSettings,
} from '../../../shared/ipc';
import { applySettingsPatch, defaultSettings, type Settings } from '../../../shared/settings';

type Entry = { referral: Referral; favorite: boolean; pending: number; history: HistoryEntry[] };
export type Call = { channel: Channel; input: unknown };
const emptyInsights: Insights = {
  total: 0,
  pipeline: [],
  winRate: { won: 0, lost: 0, rate: null },
  declinedReasons: [],
  lostReasons: [],
  responseTime: { answered: 0, medianMs: null, p90Ms: null },
  campaigns: [],
};

export type FakeOptions = {
  /** What insights:get answers (default: nothing to show). */
  insights?: Insights;
  referrals?: Referral[];
  favorites?: string[];
  sync?: Partial<SyncStatus>;
  customers?: Customer[];
  solutions?: Solution[];
  drafts?: Record<string, { value: unknown; savedAt: string }>;
  /** Deals waiting for the seller's choice (sync:conflicts). */
  conflicts?: ConflictView[];
  auth?: Partial<AuthState>;
  /** Refusals for the first call of these channels (for calls made as the app starts, before a test can say failNext). */
  failFirst?: Partial<Record<Channel, ApiError>>;
  managed?: ManagedSettings;
  /** The settings main starts with (default: defaultSettings), e.g. { language: 'ru' } for a Russian window. */
  settings?: Partial<Settings>;
  /** Web host or desktop app (app:info). */
  transport?: 'web' | 'electron';
};

export const fakeAccount = { name: 'Alex Wilber', username: 'alex@contoso.example' };
const signedOut: AuthState = {
  status: 'signedOut',
  account: null,
  serviceOrigin: 'https://api.partner.example',
  message: 'Not signed in: sign in with your work account to send your changes and get new referrals.',
  storage: 'Your sign-in is saved on this computer, encrypted by your operating system.',
  signInUrl: null,
};
/** The fake's exchange rates: round numbers, so tests can say what the equivalent is. */
export const fakeRates = { date: '2026-11-30', source: 'test rates', perUsd: { EUR: 0.8, JPY: 160, INR: 80 } };

const nothingManaged: ManagedSettings = {
  signIn: { configured: true, authority: 'https://login.microsoftonline.com/organizations', source: 'policy' },
  update: { url: null, source: null, note: 'Updates are off: no update server is preset.', noteKey: 'noServer' },
  problems: [],
};

/**
 * window.api over an in-memory set of referrals, through the real contract dispatcher (inputs parsed with the
 * contract's schemas, lifecycle rules from shared/domain). Records every call; can fail the next call of a channel.
 */
export function createFakeApi(options: FakeOptions = {}) {
  const entries = new Map<string, Entry>();
  for (const r of options.referrals ?? [])
    entries.set(r.id, { referral: r, favorite: options.favorites?.includes(r.id) ?? false, pending: 0, history: [] });
  const calls: Call[] = [];
  const failures = new Map(Object.entries(options.failFirst ?? {}) as [Channel, ApiError][]);
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let historyId = 0;
  let created = 0;
  const drafts = new Map(Object.entries(options.drafts ?? {}));
  let settings: Settings = { ...defaultSettings, ...options.settings };
  const sync: SyncStatus = {
    online: true,
    serviceConfigured: true,
    syncing: false,
    lastSyncAt: null,
    pendingChanges: 0,
    lastError: null,
    ...options.sync,
  };
  const conflicts: ConflictView[] = [...(options.conflicts ?? [])];
  let auth: AuthState = { ...signedOut, ...options.auth };
  // auth:signIn waits here until the test finishes the "browser" side (finishSignIn) or cancels.
  let finishSignIn: ((outcome: 'signedIn' | 'cancelled') => void) | null = null;
  const needService = () => {
    if (!sync.serviceConfigured) throw new AppError('NO_SERVICE', 'sync.noService');
  };

  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const listener of listeners.get(event) ?? []) (listener as (p: EventPayload<E>) => void)(payload);
  };
  // As main does after a first sync: a 'local-…' id keeps answering for the deal under its service id.
  const aliases = new Map<string, string>();
  const entry = (id: string): Entry => {
    const found = entries.get(id) ?? entries.get(aliases.get(id) ?? '');
    if (!found) throw new AppError('NOT_FOUND', errorWords('notFound.deal', { id: id.slice(0, 80) }));
    return found;
  };
  // As main does with its rate table (main/core/rates): each value in US dollars, for the hover and the detail.
  const usdOf = (r: Referral): string | null => {
    const minor = usdMinorOf(moneyToMinor(r.details.dealValue), r.details.currency, fakeRates);
    return minor === null ? null : minorToMoney(minor);
  };
  const rowOf = ({ referral: r, favorite, pending }: Entry): ReferralRow => ({
    id: r.id,
    name: r.name,
    customerName: r.customerProfile.name,
    dealValue: r.details.dealValue,
    currency: r.details.currency,
    closingDateTime: r.details.closingDateTime,
    dealType: dealTypeOf(r),
    direction: r.direction,
    stage: stageOf(r.status),
    substatus: r.substatus,
    expirationDateTime: r.status === 'New' ? expiryOf(r) : null,
    favorite,
    pendingChanges: pending,
    updatedDateTime: r.updatedDateTime,
    valueUsd: usdOf(r),
  });
  const detailOf = (e: Entry): ReferralDetail => ({
    referral: e.referral,
    stage: stageOf(e.referral.status),
    dealType: dealTypeOf(e.referral),
    favorite: e.favorite,
    syncState: e.pending > 0 ? 'pending' : 'synced',
    pendingChanges: e.pending,
    history: e.history,
    valueEquivalent: ((usd) =>
      usd === null || e.referral.details.currency === 'USD'
        ? null
        : { amount: usd, currency: 'USD', rates: { date: fakeRates.date, source: fakeRates.source } })(usdOf(e.referral)),
  });
  const inTab = (e: Entry, q: ParsedListQuery) => (q.tab === 'favorites' ? e.favorite : e.referral.direction === q.tab);
  // The main process searches with FTS5 word prefixes; plain substrings are close enough for the renderer's tests.
  const has = (text: string, part: string | undefined) => !part || text.toLowerCase().includes(part.trim().toLowerCase());
  const passes = ({ referral: r }: Entry, q: ParsedListQuery) =>
    (!q.stages || q.stages.length === 0 || q.stages.includes(stageOf(r.status))) &&
    (!q.dealType || dealTypeOf(r) === q.dealType) &&
    has(r.customerProfile.name, q.customer) &&
    (!q.closeFrom || r.details.closingDateTime >= q.closeFrom) &&
    (!q.closeTo || r.details.closingDateTime <= q.closeTo) &&
    (!q.expiresBefore || (r.status === 'New' && expiryOf(r) < q.expiresBefore)) &&
    has([r.name, r.customerProfile.name, r.details.notes, r.externalReferenceId, r.campaignId].join(' '), q.search);
  const matching = (q: ParsedListQuery) => [...entries.values()].filter((e) => inTab(e, q) && passes(e, q)).map(rowOf);

  const handlers: Handlers = {
    'referrals:list': (q) => {
      const { column, direction } = q.sort;
      // As main sorts: a deal that cannot expire comes after every deal that can ('~' after any date).
      const key = (r: ReferralRow) =>
        column === 'dealValue' ? Number(r.dealValue) : (r[column] ?? (column === 'expirationDateTime' ? '~' : ''));
      const rows = matching(q).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * (direction === 'asc' ? 1 : -1));
      const start = q.cursor ? Number(q.cursor) : (q.offset ?? 0);
      const end = start + q.limit;
      return { items: rows.slice(start, end), nextCursor: end < rows.length ? String(end) : null, total: rows.length };
    },
    'referrals:counts': (filters) => {
      const count = (tab: 'inbound' | 'outbound' | 'favorites') => {
        const rows = matching({ ...filters, tab, sort: { column: 'name', direction: 'asc' }, limit: 500 });
        const n = (s: string) => rows.filter((r) => r.stage === s).length;
        return { received: n('received'), accepted: n('accepted'), archived: n('archived'), total: rows.length };
      };
      return { inbound: count('inbound'), outbound: count('outbound'), favorites: count('favorites') };
    },
    'referrals:get': ({ id }) => detailOf(entry(id)),
    'referrals:act': ({ id, action }) => {
      const e = entry(id);
      const at = new Date().toISOString();
      const result = applyAction(e.referral, action, { now: at, actor: 'You' });
      if (!result.ok) throw new AppError(result.code, result.words, result.fields);
      e.referral = result.referral;
      e.pending += 1;
      e.history.push({ id: ++historyId, at, actor: 'You', action: action.type, changes: result.changes, synced: false });
      sync.pendingChanges += 1;
      queueMicrotask(() => emit('referrals:changed', { ids: [id] }));
      return detailOf(e);
    },
    'favorites:set': ({ id, favorite }) => {
      const e = entry(id);
      e.favorite = favorite;
      return detailOf(e);
    },
    'referrals:create': ({ deal }) => {
      const at = new Date().toISOString();
      const id = `local-${++created}`;
      const e: Entry = {
        referral: referralFromNewDeal(deal, { id, engagementId: `eng-${id}` }, { now: at, actor: 'You' }),
        favorite: false,
        pending: 1,
        history: [],
      };
      e.history.push({ id: ++historyId, at, actor: 'You', action: 'create', changes: [], synced: false });
      entries.set(id, e);
      sync.pendingChanges += 1;
      queueMicrotask(() => emit('referrals:changed', { ids: [id] }));
      return detailOf(e);
    },
    'directory:searchCustomers': ({ query, country, limit }) =>
      (options.customers ?? [])
        .filter((c) => c.name.toLowerCase().includes(query.trim().toLowerCase()) && (!country || c.address.country === country))
        .slice(0, limit),
    'catalog:listSolutions': ({ kind }) => (options.solutions ?? []).filter((s) => !kind || s.kind === kind),
    'drafts:get': ({ key }) => {
      const d = drafts.get(key);
      return d ? { key, value: d.value, savedAt: d.savedAt } : null;
    },
    'drafts:save': ({ key, value }) => {
      const savedAt = new Date().toISOString();
      drafts.set(key, { value: JSON.parse(JSON.stringify(value)) as unknown, savedAt });
      return { savedAt };
    },
    'drafts:discard': ({ key }) => {
      drafts.delete(key);
      return {};
    },
    'contacts:recent': ({ limit }) => {
      const seen = new Map<string, Contact>();
      const byRecent = [...entries.values()].sort((a, b) => b.referral.updatedDateTime.localeCompare(a.referral.updatedDateTime));
      for (const e of byRecent) for (const m of e.referral.team) if (!seen.has(m.email.toLowerCase())) seen.set(m.email.toLowerCase(), m);
      return [...seen.values()].slice(0, limit);
    },
    'insights:get': () => options.insights ?? emptyInsights,
    // The renderer's tests check what it asks for and shows; the file itself is main's (main/core/export).
    'export:csv': ({ query }) => {
      const rows = matching({ ...query, limit: 500 }).length;
      return { status: 'saved', rows, fileName: `co-sell-${query.tab}.csv` };
    },
    'export:cancel': () => ({ cancelled: false }),
    'settings:get': () => settings,
    'settings:set': ({ settings: patch }) => {
      const next = applySettingsPatch(settings, patch);
      if (!next.ok) throw new AppError(next.error.code, wordsOfError(next.error), next.error.fields);
      settings = next.value;
      return settings;
    },
    'sync:status': () => ({ ...sync }),
    'sync:now': () => ({ ...sync }),
    'sync:conflicts': () => {
      needService();
      return conflicts;
    },
    // As the engine does: the choices must cover exactly the deal's fields; the chosen values become the deal's.
    'sync:resolveConflict': ({ referralId, choices }) => {
      needService();
      const at = conflicts.findIndex((c) => c.referralId === referralId);
      const found = conflicts[at];
      if (!found) throw new AppError('NOT_FOUND', 'conflict.none');
      const fields = found.fields.map((f) => f.field);
      if (fields.some((f) => !choices[f]) || Object.keys(choices).some((f) => !fields.includes(f))) {
        throw new AppError('BAD_INPUT', 'conflict.chooseEveryField');
      }
      conflicts.splice(at, 1);
      queueMicrotask(() => emit('referrals:changed', { ids: [referralId] }));
      return { ...sync };
    },
    'auth:state': () => auth,
    'auth:signIn': () =>
      new Promise<AuthState>((resolve) => {
        const before = auth;
        auth = { ...auth, status: 'signingIn', signInUrl: options.transport === 'electron' ? null : 'https://login.example/authorize?x=1' };
        queueMicrotask(() => emit('auth:changed', auth));
        finishSignIn = (outcome) => {
          auth =
            outcome === 'signedIn'
              ? { ...auth, status: 'signedIn', account: fakeAccount, signInUrl: null, message: `Signed in as ${fakeAccount.name}.` }
              : { ...before, signInUrl: null };
          emit('auth:changed', auth);
          resolve(auth);
        };
      }),
    'auth:cancelSignIn': () => {
      finishSignIn?.('cancelled');
      return auth;
    },
    'auth:signOut': () => {
      auth = { ...signedOut, serviceOrigin: auth.serviceOrigin };
      return auth;
    },
    'policy:get': () => options.managed ?? nothingManaged,
    'app:info': () => ({ version: '0.1.0-test', dataDir: '/tmp/fake', transport: options.transport ?? 'web' }),
  };
  const dispatch = createDispatcher(handlers);

  const api: Api = {
    invoke: (async (channel: Channel, input: unknown) => {
      calls.push({ channel, input });
      const failure = failures.get(channel);
      if (failure) {
        failures.delete(channel);
        return { ok: false, error: failure };
      }
      // A copy, as a real transport serializes: the store freezes what it receives.
      return JSON.parse(JSON.stringify(await dispatch(channel, input))) as unknown;
    }) as Api['invoke'],
    on: (event: EventName, listener: (payload: never) => void) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };

  return {
    api,
    calls,
    callsTo: (channel: Channel) => calls.filter((c) => c.channel === channel).map((c) => c.input as Record<string, unknown>),
    failNext: (channel: Channel, error: ApiError) => failures.set(channel, error),
    emit,
    referral: (id: string) => entry(id).referral,
    draft: (key: string) => drafts.get(key),
    /** The conflicts the fake holds now (resolving removes one). */
    conflicts,
    /** What a first sync does to a deal created offline: it gets the service's id, the old one still answers. */
    rekey: (localId: string, serverId: string) => {
      const e = entry(localId);
      entries.delete(localId);
      e.referral = { ...e.referral, id: serverId };
      entries.set(serverId, e);
      aliases.set(localId, serverId);
    },
    /** The browser side of a sign-in in progress: the seller finished it, or closed the page and cancelled. */
    finishSignIn: (outcome: 'signedIn' | 'cancelled') => finishSignIn?.(outcome),
    /** Changes the auth state main reports, and tells the page (as main's 'auth:changed'). */
    setAuth: (patch: Partial<AuthState>) => {
      auth = { ...auth, ...patch };
      emit('auth:changed', auth);
    },
    /** Changes the sync status the next sync:status call returns (events are separate: emit them). */
    setSync: (patch: Partial<SyncStatus>) => Object.assign(sync, patch),
  };
}

export type FakeApi = ReturnType<typeof createFakeApi>;
