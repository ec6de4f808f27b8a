import { z } from 'zod';
import { errorMessage } from '../i18n/messageKey';
import { RESPONSE_WINDOW_MS } from './derive';
import { helpTypeSchema } from './enums';
import { coSellProblems } from './coSellRule';
import { currencySchema, idSchema, isoDateTimeSchema, positiveMoneySchema, requiredText, shortText } from './primitives';
import { contactSchema, customerSchema, solutionSchema, type Referral } from './referral';

/** The create-deal wizard's output (SPEC F3): an outbound deal, created in Accepted. */
export const newDealSchema = z
  .object({
    // A directory entry, or a customer typed by hand (no id yet).
    customer: customerSchema.extend({ id: idSchema.optional() }),
    customerContact: contactSchema.optional(),
    consentToShareCustomerContact: z.boolean().default(false),
    name: requiredText('dealName', 200),
    dealValue: positiveMoneySchema('dealValue'),
    currency: currencySchema,
    closingDateTime: isoDateTimeSchema,
    externalReferenceId: shortText('crmId', 100).default(''),
    campaignId: shortText('campaignId', 100).default(''),
    notes: shortText('notes', 4000).default(''),
    team: z.array(contactSchema).min(1, errorMessage('team.min')).max(50, errorMessage('team.max')),
    solutions: z.array(solutionSchema).min(1, errorMessage('solutions.min')).max(50, errorMessage('solutions.max')),
    wantsMicrosoftHelp: z.boolean().default(false),
    helpType: helpTypeSchema.optional(),
    helpNotes: shortText('helpNotes', 2000).default(''),
  })
  .superRefine((d, ctx) => {
    if (!d.wantsMicrosoftHelp) return;
    for (const [field, message] of Object.entries(coSellProblems(d))) ctx.addIssue({ code: 'custom', path: [field], message });
  });
export type NewDeal = z.infer<typeof newDealSchema>;

/** Builds the referral for a new outbound deal. Outbound deals are created in Accepted. */
export function referralFromNewDeal(d: NewDeal, ids: { id: string; engagementId: string }, ctx: { now: string; actor: string }): Referral {
  const coSell = d.wantsMicrosoftHelp;
  return {
    id: ids.id,
    engagementId: ids.engagementId,
    name: d.name,
    externalReferenceId: d.externalReferenceId,
    campaignId: d.campaignId,
    direction: 'outbound',
    status: 'Active',
    substatus: 'Accepted',
    customerProfile: {
      name: d.customer.name,
      address: d.customer.address,
      ids: d.customer.duns ? { duns: d.customer.duns } : {},
      team: d.customerContact ? [d.customerContact] : [],
    },
    consent: { consentToShareReferralWithMicrosoftSellers: coSell, consentToShareCustomerContact: d.consentToShareCustomerContact },
    details: {
      dealValue: d.dealValue,
      currency: d.currency,
      closingDateTime: d.closingDateTime,
      notes: d.notes,
      requirements: { solutions: d.solutions },
    },
    team: d.team,
    inviteContext:
      coSell && d.helpType
        ? {
            helpType: d.helpType,
            notes: d.helpNotes,
            invitedBy: ctx.actor,
            invitedDateTime: ctx.now,
            respondByDateTime: new Date(Date.parse(ctx.now) + RESPONSE_WINDOW_MS).toISOString(),
            microsoftResponse: 'pending',
          }
        : undefined,
    senderName: '',
    createdDateTime: ctx.now,
    updatedDateTime: ctx.now,
    eTag: '',
  };
}
