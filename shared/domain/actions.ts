import { z } from 'zod';
import { errorMessage } from '../i18n/messageKey';
import { closeReasonSchema, helpTypeSchema, salesStageSchema } from './enums';
import { currencySchema, isoDateTimeSchema, positiveMoneySchema, requiredText, shortText } from './primitives';
import { contactSchema, registrationSchema, solutionSchema } from './referral';

/** Fields a seller may edit on Accept (Received) and Edit (Accepted). */
export const dealEditsSchema = z
  .object({
    name: requiredText('dealName', 200),
    dealValue: positiveMoneySchema('dealValue'),
    currency: currencySchema,
    closingDateTime: isoDateTimeSchema,
    notes: shortText('notes', 4000),
    externalReferenceId: shortText('crmId', 100),
    campaignId: shortText('campaignId', 100),
  })
  .partial()
  .strict();
export type DealEdits = z.infer<typeof dealEditsSchema>;

const reasonNotes = shortText('notes', 2000).optional();

/** Notes are mandatory when the reason is "Others" (SPEC F1). */
const needsNotesForOthers = (a: { reason: string; notes?: string }) => a.reason !== 'Others' || (a.notes ?? '').trim().length > 0;
const othersNotes = { message: errorMessage('reason.othersNeedsNotes'), path: ['notes'] };

export const acceptActionSchema = z.object({
  type: z.literal('accept'),
  edits: dealEditsSchema.default({}),
  addTeam: z.array(contactSchema).max(20, errorMessage('team.addMax')).default([]),
});
export const declineActionSchema = z
  .object({ type: z.literal('decline'), reason: closeReasonSchema, notes: reasonNotes })
  .refine(needsNotesForOthers, othersNotes);
export const expireActionSchema = z.object({ type: z.literal('expire') });
export const editActionSchema = z.object({ type: z.literal('edit'), edits: dealEditsSchema });
export const addTeamMemberActionSchema = z.object({ type: z.literal('addTeamMember'), member: contactSchema });
export const removeTeamMemberActionSchema = z.object({ type: z.literal('removeTeamMember'), email: z.string() });
export const setSolutionsActionSchema = z.object({
  type: z.literal('setSolutions'),
  solutions: z.array(solutionSchema).min(1, errorMessage('solutions.min')).max(50, errorMessage('solutions.max')),
});
/**
 * Asking for Microsoft's help on an existing deal. The co-sell rule (coSellRule.ts) needs a customer contact and
 * the customer's consent: a deal that has neither gets them here, with the request.
 */
export const requestHelpActionSchema = z.object({
  type: z.literal('requestHelp'),
  helpType: helpTypeSchema,
  notes: shortText('helpNotes', 2000).default(''),
  customerContact: contactSchema.optional(),
  consentToShareCustomerContact: z.boolean().default(false),
});
export const setSalesStageActionSchema = z.object({ type: z.literal('setSalesStage'), salesStage: salesStageSchema });
export const winActionSchema = z.object({ type: z.literal('win'), registration: registrationSchema.optional() });
export const loseActionSchema = z
  .object({ type: z.literal('lose'), reason: closeReasonSchema, notes: reasonNotes })
  .refine(needsNotesForOthers, othersNotes);

/** Every lifecycle action a seller (or the clock, for expire) can take on a deal. */
export const lifecycleActionSchema = z.discriminatedUnion('type', [
  acceptActionSchema,
  declineActionSchema,
  expireActionSchema,
  editActionSchema,
  addTeamMemberActionSchema,
  removeTeamMemberActionSchema,
  setSolutionsActionSchema,
  requestHelpActionSchema,
  setSalesStageActionSchema,
  winActionSchema,
  loseActionSchema,
]);
export type LifecycleAction = z.infer<typeof lifecycleActionSchema>;
export type LifecycleActionType = LifecycleAction['type'];
export const lifecycleActionTypes = [
  'accept',
  'decline',
  'expire',
  'edit',
  'addTeamMember',
  'removeTeamMember',
  'setSolutions',
  'requestHelp',
  'setSalesStage',
  'win',
  'lose',
] as const satisfies readonly LifecycleActionType[];
