import { z } from 'zod';

/**
 * The Partner Center referral resource as it is on the wire (docs: shared/product/partner-center-api).
 * A tolerant reader: every object is loose (members we do not model are kept), `null` is accepted
 * wherever the documented examples show it, and only what no mapping can do without is required
 * (an id, a known status). The stored copy is the JSON as received, not this parse.
 */

const text = z.string().nullish();

export const wireAddressSchema = z.looseObject({
  addressLine1: text,
  addressLine2: text,
  city: text,
  state: text,
  postalCode: text,
  country: text,
  region: text,
});

export const wireContactSchema = z.looseObject({
  firstName: text,
  lastName: text,
  phoneNumber: text,
  email: text,
  title: text,
});
export type WireContact = z.infer<typeof wireContactSchema>;

/** `ids` is documented as `{}`, `[]` and `[{ profileType: "Duns", id }]`. */
export const wireIdsSchema = z.union([
  z.array(z.looseObject({ profileType: text, id: z.union([z.string(), z.number()]).nullish() })),
  z.record(z.string(), z.unknown()),
]);

export const wireSolutionSchema = z.looseObject({
  id: z.string(),
  name: text,
  type: text,
  publisherName: text,
  solutionType: text,
});
export type WireSolution = z.infer<typeof wireSolutionSchema>;

export const wireStatusSchema = z.enum(['New', 'Active', 'Closed'], { error: 'Unknown status (expected New, Active or Closed)' });

/** The V3 help types (assistanceRequestCode). */
export const assistanceRequestCodes = [
  'Unknown',
  'GeneralOrOther',
  'CustomerTechnicalArchitecture',
  'ProofOfConceptOrDemo',
  'QuotesOrLicensing',
  'PostSalesCustomerSuccess',
  'WorkloadSpecificValueProposition',
] as const;
export type AssistanceRequestCode = (typeof assistanceRequestCodes)[number];

export const wireInviteContextSchema = z.looseObject({
  notes: text,
  invitedBy: z.looseObject({ organizationId: text, organizationName: text }).nullish(),
  assistanceRequestCode: text,
  invitedMpnId: text,
});

export const wireReferralSchema = z.looseObject({
  id: z.string({ error: 'The referral has no id' }).min(1, 'The referral has no id').max(128, 'The id is too long'),
  engagementId: text,
  organizationId: text,
  organizationName: text,
  name: text,
  externalReferenceId: text,
  campaignId: text,
  createdDateTime: text,
  updatedDateTime: text,
  expirationDateTime: text,
  acceptedDateTime: text,
  closedDateTime: text,
  status: wireStatusSchema,
  substatus: text,
  statusReason: text,
  type: text,
  qualification: text,
  direction: text,
  target: z.array(z.looseObject({ type: text, id: text })).nullish(),
  customerProfile: z
    .looseObject({
      name: text,
      address: wireAddressSchema.nullish(),
      size: text,
      team: z.array(wireContactSchema).nullish(),
      ids: wireIdsSchema.nullish(),
    })
    .nullish(),
  consent: z
    .looseObject({
      consentToShareReferralWithMicrosoftSellers: z.boolean().nullish(),
      consentToContact: z.boolean().nullish(),
    })
    .nullish(),
  details: z
    .looseObject({
      notes: text,
      dealValue: z.union([z.number(), z.string()]).nullish(),
      currency: text,
      closingDateTime: text,
      requirements: z.looseObject({ solutions: z.array(wireSolutionSchema).nullish() }).nullish(),
    })
    .nullish(),
  team: z.array(wireContactSchema).nullish(),
  inviteContext: wireInviteContextSchema.nullish(),
  salesStage: text,
  favorite: z.boolean().nullish(),
  eTag: text,
});
export type WireReferral = z.infer<typeof wireReferralSchema>;

/** Microsoft's organization in `target` and `invitedBy`. */
export const MICROSOFT_ORG = 'msft';

/** Whether this record is Microsoft's side of an engagement (the connected referral a help request created). */
export const isMicrosoftReferral = (w: Pick<WireReferral, 'organizationId' | 'target'>): boolean =>
  w.organizationId === MICROSOFT_ORG || (w.target ?? []).some((t) => t.id === MICROSOFT_ORG);
