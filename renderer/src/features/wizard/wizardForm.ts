import type { Resolver } from 'react-hook-form';
import { z } from 'zod';
import {
  contactSchema,
  customerSchema,
  isPastCloseDate,
  localDateOf,
  newDealSchema,
  PAST_CLOSE_DATE_MESSAGE,
  type NewDeal,
  solutionSchema,
} from '../../../../shared/domain';
import { inputLocale, normalizeAmount } from '../../format/amountInput';
import { fromDateInput } from '../../format/dates';
import { contactFormShape, emptyContact, isBlankContact } from '../forms/contactForm';
import { formSchema } from '../forms/formSchema';

/**
 * Everything the wizard's form holds, shaped like newDealSchema (so its paths, and main's "deal.…" ones, are
 * the form's) with what inputs hold instead of the deal's types: the close date as yyyy-mm-dd, no help type as
 * '', a blank contact as four empty strings. Also the schema a saved draft must pass to be offered back.
 */
export const wizardFieldsSchema = z.object({
  customer: z.object({
    name: z.string(),
    address: z.object({ addressLine1: z.string(), city: z.string(), region: z.string(), postalCode: z.string(), country: z.string() }),
  }),
  /** The directory entry picked from the suggestions (it replaces the typed customer); null for one typed by hand. */
  picked: customerSchema.nullable(),
  customerContact: contactFormShape,
  consentToShareCustomerContact: z.boolean(),
  name: z.string(),
  dealValue: z.string(),
  currency: z.string(),
  closingDateTime: z.string(),
  externalReferenceId: z.string(),
  campaignId: z.string(),
  notes: z.string(),
  team: z.array(contactSchema),
  solutions: z.array(solutionSchema),
  wantsMicrosoftHelp: z.boolean(),
  helpType: z.string(),
  helpNotes: z.string(),
});
export type WizardForm = z.output<typeof wizardFieldsSchema>;

/** The form as newDealSchema's input: the picked customer or the typed one; blank optional parts left out, so the schema names what is missing. */
function toCandidate({ picked, customerContact, closingDateTime, helpType, ...rest }: WizardForm): unknown {
  return {
    ...rest,
    customer: picked
      ? { id: picked.id, name: picked.name, address: picked.address, ...(picked.duns ? { duns: picked.duns } : {}) }
      : rest.customer,
    ...(isBlankContact(customerContact) ? {} : { customerContact }),
    dealValue: normalizeAmount(rest.dealValue, inputLocale()),
    closingDateTime: fromDateInput(closingDateTime),
    ...(helpType ? { helpType } : {}),
  };
}

/** The wizard's form checked with the shared newDealSchema: input WizardForm, output the NewDeal to create. */
export const wizardFormSchema = formSchema(z.custom<WizardForm>(), toCandidate, newDealSchema);

/**
 * The wizard's resolver: the shared schema, and a close date already past (main refuses it too, referrals:create),
 * said at its field on the Deal details step whatever the other steps still lack.
 */
export function withPastCloseDateCheck(resolver: Resolver<WizardForm, unknown, NewDeal>): Resolver<WizardForm, unknown, NewDeal> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    const date = fromDateInput(values.closingDateTime);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(date) || !isPastCloseDate(date, localDateOf(new Date()))) return result;
    return { values: {}, errors: { ...result.errors, closingDateTime: { type: 'custom', message: PAST_CLOSE_DATE_MESSAGE } } };
  };
}

export const emptyWizardForm: WizardForm = {
  customer: { name: '', address: { addressLine1: '', city: '', region: '', postalCode: '', country: '' } },
  picked: null,
  customerContact: emptyContact,
  consentToShareCustomerContact: false,
  name: '',
  dealValue: '',
  currency: 'USD',
  closingDateTime: '',
  externalReferenceId: '',
  campaignId: '',
  notes: '',
  team: [],
  solutions: [],
  wantsMicrosoftHelp: false,
  helpType: '',
  helpNotes: '',
};

/** The steps in order; their titles are the wizard namespace's `step.<key>`. */
export const stepKeys = ['customer', 'deal', 'team', 'solutions', 'selling', 'review'] as const;
export type StepKey = (typeof stepKeys)[number];
export const LAST_STEP = stepKeys.length - 1;
export const TEAM_STEP = 2;

/** The form's top-level fields each step owns (a step's check is the schema's messages under these). */
export const stepFields = [
  ['customer', 'picked', 'customerContact', 'consentToShareCustomerContact'],
  ['name', 'dealValue', 'currency', 'closingDateTime', 'externalReferenceId', 'campaignId', 'notes'],
  ['team'],
  ['solutions'],
  ['wantsMicrosoftHelp', 'helpType', 'helpNotes'],
  [],
] as const satisfies readonly (readonly (keyof WizardForm)[])[];

/** The step that owns a field path ("customer.address.city" → 0). */
export function stepOf(path: string): number {
  const top = path.split('.')[0] ?? '';
  const step = stepFields.findIndex((keys) => (keys as readonly string[]).includes(top));
  return step < 0 ? 0 : step;
}

/** The first step with a message, for paths of the form ("team", "customerContact.email"). */
export const firstStepOf = (paths: readonly string[]): number => Math.min(LAST_STEP, ...paths.map(stepOf));

/** A draft as this version saves it: the form, its step, and the team member being typed. */
const draftV2Schema = z.object({
  version: z.literal(2),
  step: z.number().int().min(0).max(LAST_STEP),
  form: wizardFieldsSchema,
  teamDraft: contactFormShape,
});

/** A draft saved by the first version (flat fields): still offered after an update, moved into today's shape. */
const draftV1Schema = z.object({
  version: z.literal(1),
  step: z.number().int().min(0).max(LAST_STEP),
  form: z.object({
    country: z.string(),
    city: z.string(),
    region: z.string(),
    customerName: z.string(),
    picked: customerSchema.nullable(),
    addressLine1: z.string(),
    postalCode: z.string(),
    contact: contactFormShape,
    consent: z.boolean(),
    name: z.string(),
    dealValue: z.string(),
    currency: z.string(),
    closeDate: z.string(),
    externalReferenceId: z.string(),
    campaignId: z.string(),
    notes: z.string(),
    team: z.array(contactSchema),
    teamDraft: contactFormShape,
    solutions: z.array(solutionSchema),
    wantsHelp: z.boolean(),
    helpType: z.string(),
    helpNotes: z.string(),
  }),
});

const fromV1 = ({ step, form: f }: z.output<typeof draftV1Schema>): WizardDraft => ({
  version: 2,
  step,
  form: {
    customer: {
      name: f.customerName,
      address: { addressLine1: f.addressLine1, city: f.city, region: f.region, postalCode: f.postalCode, country: f.country },
    },
    picked: f.picked,
    customerContact: f.contact,
    consentToShareCustomerContact: f.consent,
    name: f.name,
    dealValue: f.dealValue,
    currency: f.currency,
    closingDateTime: f.closeDate,
    externalReferenceId: f.externalReferenceId,
    campaignId: f.campaignId,
    notes: f.notes,
    team: f.team,
    solutions: f.solutions,
    wantsMicrosoftHelp: f.wantsHelp,
    helpType: f.helpType,
    helpNotes: f.helpNotes,
  },
  teamDraft: f.teamDraft,
});

/** What a saved draft must look like to be offered back; anything else (corrupt, unknown) is not offered. */
export const wizardDraftSchema = z.union([draftV2Schema, draftV1Schema.transform(fromV1)]);
export type WizardDraft = z.output<typeof draftV2Schema>;

export const DRAFT_KEY = 'new-deal';
