import type { Customer, Referral, Solution } from '../../../shared/domain';

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

/** A small catalog: two of ours (one registers on Won), one of Microsoft's, one partner's. */
export const catalog: Solution[] = [
  { id: 'sol-own-1', name: 'Lakeshore Landing Zone', publisher: 'Lakeshore', kind: 'own', registrationEligible: true },
  { id: 'sol-own-2', name: 'Lakeshore FinOps Review', publisher: 'Lakeshore', kind: 'own', registrationEligible: false },
  { id: 'sol-ms-1', name: 'Microsoft Fabric', publisher: 'Microsoft', kind: 'microsoft', registrationEligible: false },
  { id: 'sol-3p-1', name: 'Northwind Backup', publisher: 'Northwind', kind: 'thirdParty', registrationEligible: false },
];

/** Two customers with the same name in the same city, told apart by address and D-U-N-S. */
export const directory: Customer[] = [
  {
    id: 'c1',
    name: 'Contoso Bank GmbH',
    address: { addressLine1: '1 Hauptstraße', city: 'Berlin', region: 'Berlin', postalCode: '10115', country: 'DE' },
    duns: '111111111',
  },
  {
    id: 'c2',
    name: 'Contoso Bank GmbH',
    address: { addressLine1: '9 Nebenweg', city: 'Berlin', region: 'Berlin', postalCode: '10117', country: 'DE' },
    duns: '222222222',
  },
  {
    id: 'c3',
    name: 'Fabrikam SA',
    address: { addressLine1: '5 Rue de la Paix', city: 'Paris', region: 'Île-de-France', postalCode: '75001', country: 'FR' },
  },
];
