import type { ChannelInput } from '../../../shared/ipc';

type NewDealInput = ChannelInput<'referrals:create'>['deal'];

/** A valid create-deal form, with overrides. */
export function newDeal(overrides: Partial<NewDealInput> = {}): NewDealInput {
  return {
    customer: {
      name: 'Fabrikam Test Ltd',
      address: { city: 'London', country: 'GB', addressLine1: '1 King Street', region: '', postalCode: 'EC1A 1BB' },
      duns: '123456789',
    },
    name: 'Azure migration for Fabrikam',
    dealValue: '125000.50',
    currency: 'GBP',
    closingDateTime: '2027-03-31T00:00:00.000Z',
    externalReferenceId: 'CRM-7654321',
    campaignId: 'FY27-Test-Campaign',
    notes: 'Created by a test.',
    team: [{ firstName: 'Test', lastName: 'Seller', phoneNumber: '+44 20 7946 0000', email: 'test.seller@lakeshore-partners.example' }],
    solutions: [
      {
        id: 'sol-001',
        name: 'Lakeshore Landing Zone for Azure',
        publisher: 'Lakeshore Cloud Partners',
        kind: 'own',
        registrationEligible: true,
      },
    ],
    wantsMicrosoftHelp: false,
    ...overrides,
  };
}
