import type { Referral } from '../../../shared/domain';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

let seq = 0;

/** A complete referral with sensible defaults; tests override what they care about. */
export function makeReferral(overrides: Partial<Referral> = {}): Referral {
  seq += 1;
  const now = Date.now();
  const base: Referral = {
    id: `ref-${seq}`,
    engagementId: `eng-${seq}`,
    name: `Deal ${seq}`,
    externalReferenceId: '',
    campaignId: '',
    direction: 'inbound',
    status: 'New',
    substatus: 'Received',
    customerProfile: {
      name: `Customer ${seq}`,
      address: { addressLine1: '1 Main St', city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US' },
      ids: { duns: '123456789' },
      team: [],
    },
    consent: { consentToShareReferralWithMicrosoftSellers: true, consentToShareCustomerContact: false },
    details: {
      dealValue: '25000',
      currency: 'USD',
      closingDateTime: '2026-12-31T00:00:00.000Z',
      notes: '',
      requirements: { solutions: [] },
    },
    team: [{ firstName: 'Ada', lastName: 'Lovelace', phoneNumber: '+1 555 0100', email: 'ada@partner.example' }],
    senderName: 'Microsoft seller',
    expirationDateTime: new Date(now + 5 * DAY).toISOString(),
    createdDateTime: new Date(now - 2 * DAY).toISOString(),
    updatedDateTime: new Date(now - HOUR).toISOString(),
    eTag: 'W/"1"',
  };
  return { ...base, ...overrides };
}

export const received = (o: Partial<Referral> = {}) => makeReferral(o);
export const accepted = (o: Partial<Referral> = {}) => makeReferral({ status: 'Active', substatus: 'Accepted', ...o });
export const archived = (o: Partial<Referral> = {}) =>
  makeReferral({ status: 'Closed', substatus: 'Declined', statusReason: 'NotACustomer', statusReasonNotes: '', ...o });
export const outbound = (o: Partial<Referral> = {}) =>
  makeReferral({ direction: 'outbound', status: 'Active', substatus: 'Accepted', senderName: '', expirationDateTime: undefined, ...o });
