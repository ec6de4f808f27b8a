import { describe, expect, it } from 'vitest';
import { applyAction, type LifecycleAction, type Referral } from '../../../shared/domain';
import { applyOps, createBody, diffOps, opsAlreadyApplied, sameValue } from './patchOps';
import { sampleReferral } from './testReferral';
import { customerContact } from '../../../test/fixtures/referrals';

const act = (r: Referral, action: LifecycleAction, now = '2026-11-24T12:00:00.000Z') => {
  const res = applyAction(r, action, { now, actor: 'Test Seller' });
  if (!res.ok) throw new Error(res.message);
  return res.referral;
};

describe('translating intents into JSON Patch', () => {
  const received = sampleReferral({
    status: 'New',
    substatus: 'Received',
    direction: 'inbound',
    expirationDateTime: '2026-12-01T00:00:00.000Z',
  });
  const accepted = sampleReferral();

  it('accept → /status Active + /substatus Accepted plus the edits made with it', () => {
    const ops = diffOps(received, act(received, { type: 'accept', edits: { name: 'New name', dealValue: '99.50' }, addTeam: [] }));
    expect(ops).toEqual([
      { op: 'replace', path: '/name', value: 'New name' },
      { op: 'replace', path: '/status', value: 'Active' },
      { op: 'replace', path: '/substatus', value: 'Accepted' },
      { op: 'replace', path: '/details/dealValue', value: '99.50' },
    ]);
  });

  it('decline → status, substatus, reason and notes (notes added when the service has none)', () => {
    const ops = diffOps(received, act(received, { type: 'decline', reason: 'Others', notes: 'Out of scope' }));
    expect(ops).toEqual([
      { op: 'replace', path: '/status', value: 'Closed' },
      { op: 'replace', path: '/substatus', value: 'Declined' },
      { op: 'add', path: '/statusReason', value: 'Others' },
      { op: 'add', path: '/statusReasonNotes', value: 'Out of scope' },
    ]);
  });

  it('win, lose, team, solutions, sales stage and a help request use their own paths only', () => {
    const paths = (a: LifecycleAction) => diffOps(accepted, act(accepted, a)).map((o) => o.path);
    expect(paths({ type: 'win' })).toEqual(['/status', '/substatus']);
    expect(paths({ type: 'lose', reason: 'BudgetNotAdequate' })).toEqual(['/status', '/substatus', '/statusReason', '/statusReasonNotes']);
    expect(
      paths({ type: 'addTeamMember', member: { firstName: 'A', lastName: 'B', phoneNumber: '+1 555 0100', email: 'a.b@example.com' } }),
    ).toEqual(['/team']);
    expect(
      paths({
        type: 'setSolutions',
        solutions: [{ id: 's2', name: 'Other', publisher: 'P', kind: 'microsoft', registrationEligible: false }],
      }),
    ).toEqual(['/details/requirements/solutions']);
    expect(paths({ type: 'setSalesStage', salesStage: 'Close' })).toEqual(['/salesStage']);
    // The customer contact given with the request (the co-sell rule) travels with it.
    expect(
      paths({ type: 'requestHelp', helpType: 'ProofOfConcept', notes: 'PoC', customerContact, consentToShareCustomerContact: true }),
    ).toEqual(['/consent/consentToShareReferralWithMicrosoftSellers', '/customerProfile/team', '/inviteContext']);
  });

  it('the ops rebuild the target on the base, and "already applied" sees it', () => {
    const target = act(accepted, { type: 'edit', edits: { notes: 'n', campaignId: 'C' } });
    const ops = diffOps(accepted, target);
    expect(sameValue(applyOps(accepted, ops), { ...target, updatedDateTime: accepted.updatedDateTime })).toBe(true);
    expect(opsAlreadyApplied(accepted, ops)).toBe(false);
    expect(opsAlreadyApplied(applyOps(accepted, ops), ops)).toBe(true);
    expect(diffOps(accepted, accepted)).toEqual([]);
  });

  it('sameValue ignores key order and treats a missing member as undefined', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: null }, { a: undefined })).toBe(false);
  });

  it('createBody leaves out what the service owns', () => {
    expect(Object.keys(createBody(accepted))).not.toEqual(expect.arrayContaining(['id']));
    const body = createBody(accepted);
    for (const k of ['id', 'eTag', 'createdDateTime', 'updatedDateTime', 'engagementId']) expect(body).not.toHaveProperty(k);
    expect(body).toMatchObject({ name: accepted.name, status: 'Active' });
  });
});
