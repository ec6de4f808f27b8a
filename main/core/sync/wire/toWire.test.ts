import { describe, expect, it } from 'vitest';
import { applyAction, type Referral } from '../../../../shared/domain';
import { diffOps } from '../patchOps';
import { sampleReferral } from '../testReferral';
import { toWireChange } from './toWire';

const NOW = '2026-11-25T00:00:00.000Z';
const customerContact = { firstName: 'Cy', lastName: 'Lee', phoneNumber: '+1 206 555 0100', email: 'cy@fabrikam.example' };

/** The intent's domain ops, as the engine computes them: the action replayed on the server copy, then diffed. */
function opsOf(base: Referral, action: Parameters<typeof applyAction>[1]) {
  const result = applyAction(base, action, { now: NOW, actor: 'Alex Wilber' });
  if (!result.ok) throw new Error(result.message);
  return diffOps(base, result.referral);
}

describe('toWireChange', () => {
  it("request Microsoft's help on a private deal: consent set by PATCH, the contact given with it, and a connected referral carrying the customer's consent", () => {
    const base = sampleReferral(); // private: consentToShareReferralWithMicrosoftSellers false, no customer contact
    const change = toWireChange(
      base,
      opsOf(base, {
        type: 'requestHelp',
        helpType: 'TechnicalArchitecture',
        notes: 'An architect, please',
        customerContact,
        consentToShareCustomerContact: true,
      }),
    );

    expect(change.ops).toEqual([
      { op: 'replace', path: '/consent/consentToShareReferralWithMicrosoftSellers', value: true },
      { op: 'replace', path: '/customerProfile/team', value: [customerContact] },
    ]);
    expect(change.connected).toMatchObject({
      engagementId: base.engagementId,
      target: [{ type: 'BusinessProfileLocation', id: 'msft' }],
      consent: { consentToShareReferralWithMicrosoftSellers: true, consentToContact: true },
      customerProfile: { team: [customerContact] },
      inviteContext: { notes: 'An architect, please', assistanceRequestCode: 'CustomerTechnicalArchitecture' },
    });
    expect(change.local).toEqual({});
  });

  it('an edit sends only what changed; a new name is kept on this computer, and nothing asks Microsoft', () => {
    const base = sampleReferral();
    const change = toWireChange(base, opsOf(base, { type: 'edit', edits: { name: 'Renamed here', dealValue: '2500.50' } }));
    expect(change.ops).toEqual([{ op: 'replace', path: '/details/dealValue', value: 2500.5 }]);
    expect(change.local).toEqual({ name: 'Renamed here' });
    expect(change.connected).toBeNull();
  });
});
