import { describe, expect, it } from 'vitest';
import { catalog, directory } from '../../test/fixtures';
import { checkStep, checkWizard, emptyWizardForm, stepOf, toCandidate, wizardDraftSchema, type WizardForm } from './wizardForm';

const ada = { firstName: 'Ada', lastName: 'Lovelace', phoneNumber: '+44 20 7946 0000', email: 'ada@partner.example' };
const complete: WizardForm = {
  ...emptyWizardForm,
  country: 'DE',
  city: 'Berlin',
  customerName: 'Contoso Bank GmbH',
  picked: directory[0]!,
  name: 'Landing zone',
  dealValue: '25000',
  currency: 'EUR',
  closeDate: '2027-06-30',
  team: [ada],
  solutions: [catalog[0]!],
};

describe('wizardForm', () => {
  it('builds newDealSchema input from the form, leaving blank optional parts out', () => {
    const candidate = toCandidate(complete);
    expect(candidate).toMatchObject({
      customer: { id: 'c1', name: 'Contoso Bank GmbH', duns: '111111111', address: { city: 'Berlin', country: 'DE' } },
      closingDateTime: '2027-06-30T00:00:00.000Z',
      wantsMicrosoftHelp: false,
    });
    expect(candidate).not.toHaveProperty('customerContact');
    expect(candidate).not.toHaveProperty('helpType');
    expect(checkWizard(complete)).toMatchObject({ ok: true, deal: { name: 'Landing zone', team: [ada] } });
  });

  it('keeps only the messages of the step being left, in plain words', () => {
    expect(checkStep(emptyWizardForm, 0)).toEqual({
      'customer.name': 'Customer name is required',
      'customer.address.city': 'City is required',
      'customer.address.country': 'Choose a country',
    });
    expect(checkStep(emptyWizardForm, 1)).toMatchObject({
      name: 'Deal name is required',
      closingDateTime: 'Choose the estimated close date',
    });
    expect(checkStep(emptyWizardForm, 2)).toEqual({ team: 'Add at least one team member with name, phone and email' });
    expect(checkStep(emptyWizardForm, 3)).toEqual({ solutions: 'Add at least one solution' });
    expect(checkStep(complete, 0)).toEqual({});
  });

  it("asks for the customer contact and consent when Microsoft's help is wanted, sending the seller back to step 1", () => {
    const checked = checkWizard({ ...complete, wantsHelp: true, helpType: 'ProofOfConcept' });
    expect(checked).toMatchObject({
      ok: false,
      firstStep: 0,
      errors: {
        customerContact: "A customer contact is required when you ask for Microsoft's help",
        consentToShareCustomerContact: 'Confirm the customer agreed to share their contact with Microsoft',
      },
    });
    expect(checkWizard({ ...complete, wantsHelp: true, helpType: 'ProofOfConcept', contact: ada, consent: true }).ok).toBe(true);
    expect(stepOf('customerContact.email')).toBe(0);
    expect(stepOf('helpType')).toBe(4);
  });

  it('restores only drafts of the current shape', () => {
    expect(wizardDraftSchema.safeParse({ version: 1, step: 2, form: complete }).success).toBe(true);
    expect(wizardDraftSchema.safeParse({ version: 1, step: 9, form: complete }).success).toBe(false);
    expect(wizardDraftSchema.safeParse({ version: 1, step: 0, form: { name: 'x' } }).success).toBe(false);
  });
});
