import { z } from 'zod';
import { errorMessage } from '../i18n/messageKey';
import {
  closeReasonSchema,
  dealTypeSchema,
  directionSchema,
  helpTypeSchema,
  microsoftResponseSchema,
  salesStageSchema,
  solutionKindSchema,
  stageSchema,
  statusSchema,
  substatusSchema,
  syncStateSchema,
} from './enums';
import {
  countrySchema,
  currencySchema,
  emailSchema,
  idSchema,
  isoDateTimeSchema,
  moneySchema,
  phoneSchema,
  requiredText,
  shortText,
} from './primitives';

export const addressSchema = z.object({
  addressLine1: shortText('address', 200).default(''),
  city: requiredText('city', 100),
  region: shortText('region', 100).default(''),
  postalCode: shortText('postalCode', 20).default(''),
  country: countrySchema,
});
export type Address = z.infer<typeof addressSchema>;

export const contactSchema = z.object({
  firstName: requiredText('firstName', 100),
  lastName: requiredText('lastName', 100),
  phoneNumber: phoneSchema,
  email: emailSchema,
});
export type Contact = z.infer<typeof contactSchema>;
/** A team member of ours (referral.team in Partner Center). */
export type TeamMember = Contact;

export const customerSchema = z.object({
  id: idSchema,
  name: requiredText('customerName', 200),
  address: addressSchema,
  duns: z
    .string()
    .regex(/^\d{9}$/, errorMessage('duns.format'))
    .optional(),
});
export type Customer = z.infer<typeof customerSchema>;

export const customerProfileSchema = z.object({
  name: requiredText('customerName', 200),
  address: addressSchema,
  ids: z
    .object({
      duns: z
        .string()
        .regex(/^\d{9}$/, errorMessage('duns.format'))
        .optional(),
    })
    .default({}),
  team: z.array(contactSchema).max(20, errorMessage('customerContacts.max')).default([]),
});
export type CustomerProfile = z.infer<typeof customerProfileSchema>;

export const solutionSchema = z.object({
  id: idSchema,
  name: requiredText('solutionName', 200),
  publisher: requiredText('publisher', 200),
  kind: solutionKindSchema,
  /** Won on a deal with an eligible solution asks for deal registration. */
  registrationEligible: z.boolean().default(false),
});
export type Solution = z.infer<typeof solutionSchema>;

export const consentSchema = z.object({
  consentToShareReferralWithMicrosoftSellers: z.boolean(),
  /** The seller confirmed the customer agreed to share their contact with Microsoft. */
  consentToShareCustomerContact: z.boolean().default(false),
});
export type Consent = z.infer<typeof consentSchema>;

export const detailsSchema = z.object({
  dealValue: moneySchema,
  currency: currencySchema,
  closingDateTime: isoDateTimeSchema,
  notes: shortText('notes', 4000).default(''),
  requirements: z.object({ solutions: z.array(solutionSchema).max(50, errorMessage('solutions.max')) }),
});
export type Details = z.infer<typeof detailsSchema>;

/** Someone at Microsoft, as far as the service says who (any part may be missing). */
export const microsoftPersonSchema = z.object({
  name: shortText('name', 200).default(''),
  email: shortText('email', 320).default(''),
  phoneNumber: shortText('phone', 40).default(''),
});
export type MicrosoftPerson = z.infer<typeof microsoftPersonSchema>;

export const inviteContextSchema = z.object({
  helpType: helpTypeSchema,
  notes: shortText('helpNotes', 2000).default(''),
  invitedBy: shortText('invitedBy', 200).default(''),
  invitedDateTime: isoDateTimeSchema,
  /** Microsoft sellers have 14 days to answer. */
  respondByDateTime: isoDateTimeSchema,
  microsoftResponse: microsoftResponseSchema.default('pending'),
  /** The Microsoft seller who engaged, when the service says who. */
  engagedBy: microsoftPersonSchema.optional(),
});
export type InviteContext = z.infer<typeof inviteContextSchema>;

export const deploymentSchema = z.object({
  solutionId: idSchema,
  deploymentDetails: requiredText('deploymentDetails', 1000),
});

export const registrationSchema = z
  .object({
    contractValue: moneySchema,
    currency: currencySchema,
    startDate: isoDateTimeSchema,
    endDate: isoDateTimeSchema,
    signDate: isoDateTimeSchema,
    termMonths: z
      .number({ error: errorMessage('term.enter') })
      .int(errorMessage('term.whole'))
      .min(1, errorMessage('term.min'))
      .max(120, errorMessage('term.max')),
    deployments: z.array(deploymentSchema).min(1, errorMessage('deployments.min')),
  })
  .refine((r) => r.endDate > r.startDate, { message: errorMessage('registration.endAfterStart'), path: ['endDate'] });
export type Registration = z.infer<typeof registrationSchema>;

/** A referral as the service knows it (Partner Center referral resource shape) plus what we derive. */
export const referralSchema = z.object({
  id: idSchema,
  engagementId: idSchema,
  name: requiredText('dealName', 200),
  externalReferenceId: shortText('crmId', 100).default(''),
  campaignId: shortText('campaignId', 100).default(''),
  direction: directionSchema,
  status: statusSchema,
  substatus: substatusSchema,
  statusReason: closeReasonSchema.optional(),
  statusReasonNotes: shortText('reasonNotes', 2000).optional(),
  customerProfile: customerProfileSchema,
  consent: consentSchema,
  details: detailsSchema,
  team: z.array(contactSchema).max(50, errorMessage('team.max')),
  inviteContext: inviteContextSchema.optional(),
  salesStage: salesStageSchema.optional(),
  registration: registrationSchema.optional(),
  /** Who sent an inbound referral (Microsoft seller or partner name). */
  senderName: shortText('sender', 200).default(''),
  /** How to reach the sender, where the service gives it (issue 14). */
  senderEmail: shortText('senderEmail', 320).optional(),
  senderPhone: shortText('senderPhone', 40).optional(),
  expirationDateTime: isoDateTimeSchema.optional(),
  /** When the referral was accepted (Received → Accepted): the response time Insights reports starts at createdDateTime. */
  acceptedDateTime: isoDateTimeSchema.optional(),
  /** When the deal was closed (won, lost, declined or expired). */
  closedDateTime: isoDateTimeSchema.optional(),
  createdDateTime: isoDateTimeSchema,
  updatedDateTime: isoDateTimeSchema,
  eTag: z.string().default(''),
});
export type Referral = z.infer<typeof referralSchema>;

/** One row of the workspace list: what the list shows, nothing more. */
export const referralRowSchema = z.object({
  id: idSchema,
  name: z.string(),
  customerName: z.string(),
  dealValue: z.string(),
  currency: z.string(),
  closingDateTime: z.string(),
  dealType: dealTypeSchema,
  direction: directionSchema,
  stage: stageSchema,
  substatus: substatusSchema,
  expirationDateTime: z.string().nullable(),
  favorite: z.boolean(),
  pendingChanges: z.number().int(),
  updatedDateTime: z.string(),
  /** The value in US dollars at the rates in use (the list sorts by it); null for a currency they do not know. */
  valueUsd: z.string().nullable().optional(),
});
export type ReferralRow = z.infer<typeof referralRowSchema>;

export const fieldChangeSchema = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const historyEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  changes: z.array(fieldChangeSchema),
  /** true once the change has reached the service (or it never needs to: favorites, local expiry). */
  synced: z.boolean(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** Which exchange rates an equivalent was computed with: the day they are of, and where they come from. */
export const ratesInfoSchema = z.object({ date: z.string(), source: z.string() });
export type RatesInfo = z.infer<typeof ratesInfoSchema>;

/** A deal's value in US dollars, beside its own amount (SPEC F2; issue 14: sorting by value compares these). */
export const valueEquivalentSchema = z.object({ amount: z.string(), currency: z.string(), rates: ratesInfoSchema });
export type ValueEquivalent = z.infer<typeof valueEquivalentSchema>;

export const referralDetailSchema = z.object({
  referral: referralSchema,
  stage: stageSchema,
  dealType: dealTypeSchema,
  favorite: z.boolean(),
  syncState: syncStateSchema,
  pendingChanges: z.number().int(),
  history: z.array(historyEntrySchema),
  /** Null for a deal in US dollars already, or in a currency the rates do not know. */
  valueEquivalent: valueEquivalentSchema.nullable().optional(),
});
export type ReferralDetail = z.infer<typeof referralDetailSchema>;
