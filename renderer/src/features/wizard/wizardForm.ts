import { z } from 'zod';
import {
  contactSchema,
  customerSchema,
  newDealSchema,
  solutionSchema,
  type Contact,
  type Customer,
  type NewDeal,
  type Solution,
} from '../../../../shared/domain';
import { fromDateInput } from '../../format/dates';
import type { FieldMessages } from '../detail/formErrors';
import { emptyContact, isBlankContact, type ContactForm } from '../forms/contactForm';

/** Everything the wizard holds, as JSON (it is saved as a draft and restored after a restart). */
export type WizardForm = {
  country: string;
  city: string;
  region: string;
  customerName: string;
  /** The directory entry picked from the suggestions; null for a customer typed by hand. */
  picked: Customer | null;
  addressLine1: string;
  postalCode: string;
  contact: ContactForm;
  consent: boolean;
  name: string;
  dealValue: string;
  currency: string;
  closeDate: string;
  externalReferenceId: string;
  campaignId: string;
  notes: string;
  team: Contact[];
  teamDraft: ContactForm;
  solutions: Solution[];
  wantsHelp: boolean;
  helpType: string;
  helpNotes: string;
};

export const emptyWizardForm: WizardForm = {
  country: '',
  city: '',
  region: '',
  customerName: '',
  picked: null,
  addressLine1: '',
  postalCode: '',
  contact: emptyContact,
  consent: false,
  name: '',
  dealValue: '',
  currency: 'USD',
  closeDate: '',
  externalReferenceId: '',
  campaignId: '',
  notes: '',
  team: [],
  teamDraft: emptyContact,
  solutions: [],
  wantsHelp: false,
  helpType: '',
  helpNotes: '',
};

export const stepTitles = ['Customer', 'Deal details', 'Team', 'Solutions', 'Selling type'] as const;
export const LAST_STEP = stepTitles.length - 1;

/** Which top-level fields of newDealSchema each step owns. */
const stepFields: readonly (readonly string[])[] = [
  ['customer', 'customerContact', 'consentToShareCustomerContact'],
  ['name', 'dealValue', 'currency', 'closingDateTime', 'externalReferenceId', 'campaignId', 'notes'],
  ['team'],
  ['solutions'],
  ['wantsMicrosoftHelp', 'helpType', 'helpNotes'],
];

/** The wizard's form as newDealSchema's input; blank optional parts are left out so the schema names what is missing. */
export function toCandidate(f: WizardForm): Record<string, unknown> {
  const customer = f.picked
    ? { id: f.picked.id, name: f.picked.name, address: f.picked.address, ...(f.picked.duns ? { duns: f.picked.duns } : {}) }
    : {
        name: f.customerName,
        address: { addressLine1: f.addressLine1, city: f.city, region: f.region, postalCode: f.postalCode, country: f.country },
      };
  return {
    customer,
    ...(isBlankContact(f.contact) ? {} : { customerContact: f.contact }),
    consentToShareCustomerContact: f.consent,
    name: f.name,
    dealValue: f.dealValue,
    currency: f.currency,
    closingDateTime: fromDateInput(f.closeDate),
    externalReferenceId: f.externalReferenceId,
    campaignId: f.campaignId,
    notes: f.notes,
    team: f.team,
    solutions: f.solutions,
    wantsMicrosoftHelp: f.wantsHelp,
    ...(f.helpType ? { helpType: f.helpType } : {}),
    helpNotes: f.helpNotes,
  };
}

/** Plainer words where the schema's message is about a format and the field is simply empty. */
function plainer(path: string, message: string, f: WizardForm): string {
  if (path === 'customer.address.country' && !f.country) return 'Choose a country';
  if (path === 'closingDateTime' && !f.closeDate) return 'Choose the estimated close date';
  if (path === 'currency' && !f.currency) return 'Choose a currency';
  return message;
}

export type Checked = { ok: true; deal: NewDeal } | { ok: false; errors: FieldMessages; firstStep: number };

/**
 * Checks the whole form with newDealSchema. On failure: the messages keyed by full path
 * ("customer.address.city", "customerContact.email", "team") and the first step that has one.
 */
export function checkWizard(f: WizardForm): Checked {
  const parsed = newDealSchema.safeParse(toCandidate(f));
  if (parsed.success) return { ok: true, deal: parsed.data };
  const errors: FieldMessages = {};
  let firstStep = LAST_STEP;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    firstStep = Math.min(firstStep, stepOf(path));
    errors[path] ??= plainer(path, issue.message, f);
  }
  return { ok: false, errors, firstStep };
}

/** The step that owns a field path. */
export function stepOf(path: string): number {
  const top = path.split('.')[0] ?? '';
  const step = stepFields.findIndex((keys) => keys.includes(top));
  return step < 0 ? 0 : step;
}

/** A step's own check before Next: the messages of that step only (empty when it may go on). */
export function checkStep(f: WizardForm, step: number): FieldMessages {
  const checked = checkWizard(f);
  if (checked.ok) return {};
  return Object.fromEntries(Object.entries(checked.errors).filter(([path]) => stepOf(path) === step));
}

/** Messages under `prefix` ("customerContact."), keyed by the rest of the path. */
export function errorsUnder(errors: FieldMessages, prefix: string): FieldMessages {
  const out: FieldMessages = {};
  for (const [path, message] of Object.entries(errors)) if (path.startsWith(prefix)) out[path.slice(prefix.length)] = message;
  return out;
}

const contactFormSchema = z.object({ firstName: z.string(), lastName: z.string(), phoneNumber: z.string(), email: z.string() });

/** What a saved draft must look like to be restored; anything else (an older format) is not offered. */
export const wizardDraftSchema = z.object({
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
    contact: contactFormSchema,
    consent: z.boolean(),
    name: z.string(),
    dealValue: z.string(),
    currency: z.string(),
    closeDate: z.string(),
    externalReferenceId: z.string(),
    campaignId: z.string(),
    notes: z.string(),
    team: z.array(contactSchema),
    teamDraft: contactFormSchema,
    solutions: z.array(solutionSchema),
    wantsHelp: z.boolean(),
    helpType: z.string(),
    helpNotes: z.string(),
  }),
});
export type WizardDraft = z.infer<typeof wizardDraftSchema>;

export const DRAFT_KEY = 'new-deal';
