import { referralSchema, type Referral } from '../../../shared/domain';

/** A valid referral for unit tests (Active/Accepted outbound unless overridden). */
export function sampleReferral(overrides: Partial<Referral> = {}): Referral {
  return referralSchema.parse({
    id: 'ref-1',
    engagementId: 'eng-1',
    name: 'Contoso landing zone',
    direction: 'outbound',
    status: 'Active',
    substatus: 'Accepted',
    customerProfile: { name: 'Contoso', address: { city: 'Seattle', country: 'US' } },
    consent: { consentToShareReferralWithMicrosoftSellers: false },
    details: {
      dealValue: '1000',
      currency: 'USD',
      closingDateTime: '2027-01-31T00:00:00.000Z',
      notes: '',
      requirements: { solutions: [{ id: 's1', name: 'Landing Zone', publisher: 'Lakeshore', kind: 'own' }] },
    },
    team: [{ firstName: 'Ann', lastName: 'Lee', phoneNumber: '+1 555 0100', email: 'ann@example.com' }],
    createdDateTime: '2026-11-01T00:00:00.000Z',
    updatedDateTime: '2026-11-20T00:00:00.000Z',
    eTag: '"e1"',
    ...overrides,
  });
}
