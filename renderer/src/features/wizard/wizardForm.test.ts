import { inEnglish } from '../../../../shared/i18n';
import { describe, expect, it } from 'vitest';
import { catalog, directory } from '../../test/fixtures';
import { emptyContact } from '../forms/contactForm';
import { emptyWizardForm, firstStepOf, stepOf, wizardDraftSchema, wizardFormSchema, type WizardForm } from './wizardForm';

const ada = { firstName: 'Ada', lastName: 'Lovelace', phoneNumber: '+44 20 7946 0000', email: 'ada@partner.example' };
const complete: WizardForm = {
  ...emptyWizardForm,
  customer: { name: 'Contoso Bank GmbH', address: { ...emptyWizardForm.customer.address, city: 'Berlin', country: 'DE' } },
  picked: directory[0]!,
  name: 'Landing zone',
  dealValue: '25000',
  currency: 'EUR',
  closingDateTime: '2027-06-30',
  team: [ada],
  solutions: [catalog[0]!],
};

/** The schema's message for each field step `step` owns: the first at each path, as the form shows it. */
function messagesOfStep(form: WizardForm, step: number): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of wizardFormSchema.safeParse(form).error?.issues ?? []) {
    const path = issue.path.join('.');
    if (stepOf(path) === step) messages[path] ??= inEnglish(issue.message);
  }
  return messages;
}

describe('wizardForm', () => {
  it('turns the form into the deal newDealSchema accepts: the picked customer, a UTC close date, blank optional parts left out', () => {
    const parsed = wizardFormSchema.safeParse(complete);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      customer: { id: 'c1', name: 'Contoso Bank GmbH', duns: '111111111', address: { city: 'Berlin', country: 'DE' } },
      closingDateTime: '2027-06-30T00:00:00.000Z',
      wantsMicrosoftHelp: false,
      team: [ada],
    });
    expect(parsed.data).not.toHaveProperty('customerContact');
    expect(parsed.data).not.toHaveProperty('helpType');
    // Typed by hand, the customer is the one typed.
    const typed = wizardFormSchema.safeParse({ ...complete, picked: null });
    expect(typed.data?.customer).toEqual({
      name: 'Contoso Bank GmbH',
      address: { addressLine1: '', city: 'Berlin', region: '', postalCode: '', country: 'DE' },
    });
  });

  it("reports the shared schema's messages at the form's own paths, each owned by one step", () => {
    expect(messagesOfStep(emptyWizardForm, 0)).toEqual({
      'customer.name': 'Customer name is required',
      'customer.address.city': 'City is required',
      'customer.address.country': 'Use a 2-letter ISO country code such as US or DE',
    });
    expect(messagesOfStep(emptyWizardForm, 1)).toMatchObject({
      name: 'Deal name is required',
      closingDateTime: 'Enter a valid date and time',
    });
    expect(messagesOfStep(emptyWizardForm, 2)).toEqual({ team: 'Add at least one team member with name, phone and email' });
    expect(messagesOfStep(emptyWizardForm, 3)).toEqual({ solutions: 'Add at least one solution' });
    expect(messagesOfStep(complete, 0)).toEqual({});
  });

  it("asks for the customer contact and consent when Microsoft's help is wanted, sending the seller back to step 1", () => {
    const wanting = { ...complete, wantsMicrosoftHelp: true, helpType: 'ProofOfConcept' };
    const issues = wizardFormSchema.safeParse(wanting).error?.issues ?? [];
    expect(Object.fromEntries(issues.map((i) => [i.path.join('.'), inEnglish(i.message)]))).toEqual({
      customerContact: "A customer contact is required when you ask for Microsoft's help",
      consentToShareCustomerContact: 'Confirm the customer agreed to share their contact with Microsoft',
    });
    expect(firstStepOf(issues.map((i) => i.path.join('.')))).toBe(0);
    expect(wizardFormSchema.safeParse({ ...wanting, customerContact: ada, consentToShareCustomerContact: true }).success).toBe(true);
    expect(stepOf('customerContact.email')).toBe(0);
    expect(stepOf('helpType')).toBe(4);
    expect(firstStepOf(['solutions', 'team'])).toBe(2);
  });

  it('restores drafts of the current shape, and moves a draft saved by the first version into it', () => {
    const draft = { version: 2, step: 2, form: complete, teamDraft: emptyContact };
    expect(wizardDraftSchema.safeParse(draft).data).toEqual(draft);
    expect(wizardDraftSchema.safeParse({ ...draft, step: 9 }).success).toBe(false);
    expect(wizardDraftSchema.safeParse({ version: 2, step: 0, form: { name: 'x' }, teamDraft: emptyContact }).success).toBe(false);

    const v1 = {
      version: 1,
      step: 1,
      form: {
        country: 'DE',
        city: 'Berlin',
        region: 'Berlin',
        customerName: 'Contoso Bank GmbH',
        picked: directory[1],
        addressLine1: '',
        postalCode: '',
        contact: { ...emptyContact, firstName: 'Jonas' },
        consent: true,
        name: 'Berlin landing zone',
        dealValue: '48000',
        currency: 'EUR',
        closeDate: '2027-05-31',
        externalReferenceId: 'CRM-1',
        campaignId: '',
        notes: '',
        team: [ada],
        teamDraft: { ...emptyContact, email: 'half@typed.example' },
        solutions: [],
        wantsHelp: true,
        helpType: 'ProofOfConcept',
        helpNotes: 'PoC',
      },
    };
    expect(wizardDraftSchema.safeParse(v1).data).toEqual({
      version: 2,
      step: 1,
      form: {
        customer: {
          name: 'Contoso Bank GmbH',
          address: { addressLine1: '', city: 'Berlin', region: 'Berlin', postalCode: '', country: 'DE' },
        },
        picked: directory[1],
        customerContact: { ...emptyContact, firstName: 'Jonas' },
        consentToShareCustomerContact: true,
        name: 'Berlin landing zone',
        dealValue: '48000',
        currency: 'EUR',
        closingDateTime: '2027-05-31',
        externalReferenceId: 'CRM-1',
        campaignId: '',
        notes: '',
        team: [ada],
        solutions: [],
        wantsMicrosoftHelp: true,
        helpType: 'ProofOfConcept',
        helpNotes: 'PoC',
      },
      teamDraft: { ...emptyContact, email: 'half@typed.example' },
    });
  });
});
