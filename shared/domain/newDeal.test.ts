import { inEnglish } from '../i18n';
import { describe, expect, it } from 'vitest';
import { alice, NOW, solution } from '../../test/fixtures/referrals';
import { dealTypeOf, stageOf } from './derive';
import { newDealSchema, referralFromNewDeal } from './newDeal';
import { referralSchema } from './referral';

const base = {
  customer: { name: 'Northwind Traders', address: { city: 'Berlin', country: 'DE' }, duns: '316023456' },
  name: 'Northwind – Dynamics 365 rollout',
  dealValue: '120000',
  currency: 'EUR',
  closingDateTime: '2027-06-30T00:00:00.000Z',
  team: [alice],
  solutions: [solution],
};

const messages = (input: unknown) => {
  const r = newDealSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), inEnglish(i.message)]));
};

describe('new deal (create wizard output)', () => {
  it('creates a private pipeline deal in Accepted by default', () => {
    const deal = newDealSchema.parse(base);
    const r = referralFromNewDeal(deal, { id: 'local-1', engagementId: 'e-1' }, { now: NOW, actor: 'alice' });
    // The built referral is one the store and sync accept as it is.
    expect(referralSchema.safeParse(r).error?.issues ?? []).toEqual([]);
    expect([r.direction, stageOf(r.status), dealTypeOf(r)]).toEqual(['outbound', 'accepted', 'privatePipeline']);
    expect(r.inviteContext).toBeUndefined();
  });

  it('asking for Microsoft help makes it co-sell and requires help type, customer contact and consent', () => {
    expect(messages({ ...base, wantsMicrosoftHelp: true })).toEqual({
      helpType: 'Choose the kind of help you need from Microsoft',
      customerContact: "A customer contact is required when you ask for Microsoft's help",
      consentToShareCustomerContact: 'Confirm the customer agreed to share their contact with Microsoft',
    });
    const deal = newDealSchema.parse({
      ...base,
      wantsMicrosoftHelp: true,
      helpType: 'QuotesAndLicensing',
      customerContact: alice,
      consentToShareCustomerContact: true,
    });
    const r = referralFromNewDeal(deal, { id: 'local-2', engagementId: 'e-2' }, { now: NOW, actor: 'alice' });
    expect(dealTypeOf(r)).toBe('coSell');
    expect(r.inviteContext?.helpType).toBe('QuotesAndLicensing');
    expect(r.customerProfile.team).toEqual([alice]);
  });

  it('refuses an estimated value of 0 or less with "must be more than 0"', () => {
    for (const dealValue of ['0', '-1000'])
      expect(messages({ ...base, dealValue })).toEqual({ dealValue: 'Estimated value must be more than 0' });
  });

  it('explains each mistake in plain words at its field', () => {
    const m = messages({
      ...base,
      name: ' ',
      dealValue: '12,5',
      currency: 'euro',
      team: [],
      solutions: [],
      customer: { ...base.customer, duns: '12' },
    });
    expect(m).toMatchObject({
      name: 'Deal name is required',
      dealValue: 'Enter an amount like 25000 or 25000.50 (no more than 2 decimals)',
      currency: 'Use a 3-letter ISO 4217 currency code such as USD or EUR',
      team: 'Add at least one team member with name, phone and email',
      solutions: 'Add at least one solution',
      'customer.duns': 'A D-U-N-S number has 9 digits',
    });
    expect(messages({ ...base, team: [{ ...alice, email: 'alice', phoneNumber: 'x' }] })).toMatchObject({
      'team.0.email': 'Enter an email address like name@example.com',
      'team.0.phoneNumber': 'Enter a phone number of 6 to 24 digits, spaces or dashes',
    });
  });
});
