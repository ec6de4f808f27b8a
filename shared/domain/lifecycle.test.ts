import { inEnglish } from '../i18n';
import { describe, expect, it } from 'vitest';
import {
  alice,
  archived,
  bob,
  customerContact,
  hoursFrom,
  inAccepted,
  inReceived,
  makeReferral,
  NOW,
  outPrivate,
  sampleActions,
} from '../../test/fixtures/referrals';
import { declineActionSchema, lifecycleActionSchema, lifecycleActionTypes, loseActionSchema, type LifecycleAction } from './actions';
import { dealTypeOf, stageOf } from './derive';
import { allowedActions, applyAction } from './lifecycle';
import type { Referral } from './referral';

const ctx = { now: NOW, actor: 'alice@contoso-partner.com' };
const applied = (r: Referral, a: LifecycleAction) => {
  const res = applyAction(r, a, ctx);
  if (!res.ok) throw new Error(`expected ${a.type} to apply, got ${res.code}: ${res.message}`);
  return res;
};

// Received inbound referrals with a helper that makes expire legal (expiry already passed).
const receivedFor = (type: LifecycleAction['type']) =>
  type === 'expire' ? makeReferral({ expirationDateTime: hoursFrom(NOW, -1) }) : inReceived();

const stages = {
  'Received (inbound)': { make: receivedFor, stage: 'received' as const },
  'Accepted (inbound)': { make: () => inAccepted(), stage: 'accepted' as const },
  'Accepted (outbound private)': { make: () => outPrivate(), stage: 'accepted' as const },
  'Archived/Won': { make: () => archived('Won'), stage: 'archived' as const },
  'Archived/Lost': { make: () => archived('Lost'), stage: 'archived' as const },
  'Archived/Declined': { make: () => archived('Declined'), stage: 'archived' as const },
  'Archived/Expired': { make: () => archived('Expired'), stage: 'archived' as const },
};

const expectedStatus: Record<LifecycleAction['type'], [string, string] | 'same'> = {
  accept: ['Active', 'Accepted'],
  decline: ['Closed', 'Declined'],
  expire: ['Closed', 'Expired'],
  edit: 'same',
  addTeamMember: 'same',
  removeTeamMember: 'same',
  setSolutions: 'same',
  requestHelp: 'same',
  setSalesStage: 'same',
  win: ['Closed', 'Won'],
  lose: ['Closed', 'Lost'],
};

describe('every stage × every action', () => {
  for (const [label, { make, stage }] of Object.entries(stages)) {
    for (const type of lifecycleActionTypes) {
      const allowed = allowedActions[stage].includes(type);
      it(`${label} · ${type} → ${allowed ? 'applies' : 'refused'}`, () => {
        // The win sample carries a registration; the deal is old enough (5 days) for the 72-hour rule.
        // removeTeamMember needs someone left on the team.
        const base = make(type);
        // requestHelp needs a deal not yet shared with Microsoft (an inbound co-sell referral already is).
        const r =
          type === 'removeTeamMember'
            ? { ...base, team: [...base.team, bob] }
            : type === 'requestHelp'
              ? { ...base, consent: { consentToShareReferralWithMicrosoftSellers: false, consentToShareCustomerContact: false } }
              : base;
        const action = lifecycleActionSchema.parse(sampleActions[type]);
        const res = applyAction(r, action, ctx);
        if (!allowed) {
          expect(res.ok).toBe(false);
          if (res.ok) return;
          expect(res.code).toBe(stage === 'archived' ? 'ARCHIVED_READ_ONLY' : 'NOT_ALLOWED_IN_STAGE');
          expect(res.message.length).toBeGreaterThan(20);
          return;
        }
        expect(res.ok).toBe(true);
        if (!res.ok) return;
        const want = expectedStatus[type];
        if (want === 'same') expect([res.referral.status, res.referral.substatus]).toEqual([r.status, r.substatus]);
        else expect([res.referral.status, res.referral.substatus]).toEqual(want);
        expect(res.changes.length).toBeGreaterThan(0);
        expect(res.referral.updatedDateTime).toBe(NOW);
        // Pure: the input deal is untouched.
        expect(r.updatedDateTime).not.toBe(NOW);
      });
    }
  }
});

describe('Received', () => {
  it('accept applies the edits and adds team members in the same step', () => {
    const res = applied(inReceived(), lifecycleActionSchema.parse(sampleActions.accept));
    expect(res.referral.name).toBe('Fabrikam – Azure landing zone');
    expect(res.referral.details.dealValue).toBe('300000');
    expect(res.referral.team.map((m) => m.email)).toEqual([alice.email, bob.email]);
    expect(stageOf(res.referral.status)).toBe('accepted');
    expect(res.changes.map((c) => c.field)).toEqual(expect.arrayContaining(['name', 'details.dealValue', 'team', 'status', 'substatus']));
  });

  it('decline needs a reason from the list, and notes when the reason is "Others"', () => {
    expect(declineActionSchema.safeParse({ type: 'decline' }).success).toBe(false);
    expect(declineActionSchema.safeParse({ type: 'decline', reason: 'Because' }).success).toBe(false);
    const others = declineActionSchema.safeParse({ type: 'decline', reason: 'Others', notes: '  ' });
    expect(others.success).toBe(false);
    expect(others.error?.issues[0]?.path).toEqual(['notes']);
    expect(inEnglish(others.error?.issues[0]?.message ?? '')).toMatch(/Others/);
    const res = applied(
      inReceived(),
      declineActionSchema.parse({ type: 'decline', reason: 'Others', notes: 'Duplicate of another referral' }),
    );
    expect(res.referral.statusReason).toBe('Others');
    expect(res.referral.statusReasonNotes).toBe('Duplicate of another referral');
  });

  it('cannot be accepted or declined once its expiry time has passed', () => {
    const late = makeReferral({ expirationDateTime: hoursFrom(NOW, -0.01) });
    for (const type of ['accept', 'decline'] as const) {
      const res = applyAction(late, lifecycleActionSchema.parse(sampleActions[type]), ctx);
      expect(res.ok ? 'applied' : res.code).toBe('EXPIRED');
    }
  });

  it('expires only when the time has passed; with no expiry from the service, 14 days after it was received', () => {
    const early = applyAction(inReceived(), { type: 'expire' }, ctx);
    expect(early.ok ? 'applied' : early.code).toBe('NOT_YET_EXPIRED');
    const noExpiry = makeReferral({ expirationDateTime: undefined, createdDateTime: hoursFrom(NOW, -14 * 24 - 1) });
    expect(applied(noExpiry, { type: 'expire' }).referral.substatus).toBe('Expired');
    const fresh = makeReferral({ expirationDateTime: undefined, createdDateTime: hoursFrom(NOW, -14 * 24 + 1) });
    expect(applyAction(fresh, { type: 'expire' }, ctx).ok).toBe(false);
  });

  it('only inbound referrals can sit in Received', () => {
    const odd = makeReferral({ direction: 'outbound' });
    const res = applyAction(odd, lifecycleActionSchema.parse(sampleActions.accept), ctx);
    expect(res.ok ? 'applied' : res.code).toBe('NOT_ALLOWED_FOR_DIRECTION');
  });
});

describe('Accepted', () => {
  it('a private deal is upgraded to co-sell by a help request, and never downgraded', () => {
    const r = outPrivate();
    expect(dealTypeOf(r)).toBe('privatePipeline');
    const up = applied(r, lifecycleActionSchema.parse(sampleActions.requestHelp)).referral;
    expect(dealTypeOf(up)).toBe('coSell');
    expect(up.inviteContext).toMatchObject({ helpType: 'ProofOfConcept', microsoftResponse: 'pending', invitedBy: ctx.actor });
    expect(Date.parse(up.inviteContext!.respondByDateTime) - Date.parse(NOW)).toBe(14 * 24 * 3600_000);
    const again = applyAction(up, lifecycleActionSchema.parse(sampleActions.requestHelp), ctx);
    expect(again.ok ? 'applied' : again.code).toBe('ALREADY_CO_SELL');
    // Editing never touches the co-sell consent.
    expect(dealTypeOf(applied(up, sampleActions.edit).referral)).toBe('coSell');
  });

  it("asking for Microsoft's help on a private deal follows the wizard's rule: a customer contact and consent, at the same fields", () => {
    const bare = { type: 'requestHelp', helpType: 'QuotesAndLicensing', notes: '' } as const;
    const refused = applyAction(outPrivate(), lifecycleActionSchema.parse(bare), ctx);
    expect(refused).toMatchObject({
      ok: false,
      code: 'CO_SELL_NEEDS_CONTACT',
      message: "A customer contact is required when you ask for Microsoft's help",
      words: { key: 'errors:coSell.customerContact' },
      fields: { customerContact: 'errors:coSell.customerContact', consentToShareCustomerContact: 'errors:coSell.consent' },
    });
    // A deal that already has the customer's contact needs only the consent with the request.
    const withContact = { ...outPrivate(), customerProfile: { ...outPrivate().customerProfile, team: [customerContact] } };
    expect(applyAction(withContact, lifecycleActionSchema.parse(bare), ctx)).toMatchObject({
      ok: false,
      fields: { consentToShareCustomerContact: 'errors:coSell.consent' },
    });
    const up = applied(withContact, lifecycleActionSchema.parse({ ...bare, consentToShareCustomerContact: true })).referral;
    expect([dealTypeOf(up), up.consent.consentToShareCustomerContact]).toEqual(['coSell', true]);
    // A contact given with the request is kept on the deal, as the wizard keeps it.
    const given = applied(outPrivate(), lifecycleActionSchema.parse(sampleActions.requestHelp)).referral;
    expect(given.customerProfile.team).toEqual([customerContact]);
  });

  it("a co-sell referral Microsoft sent cannot be 'upgraded' by asking Microsoft for help", () => {
    const res = applyAction(inAccepted(), lifecycleActionSchema.parse(sampleActions.requestHelp), ctx);
    expect(res.ok ? 'applied' : res.code).toBe('ALREADY_CO_SELL');
  });

  it('a deal registration is refused earlier than 72 hours after the deal was created', () => {
    const young = makeReferral({ status: 'Active', substatus: 'Accepted', createdDateTime: hoursFrom(NOW, -71) });
    const res = applyAction(young, lifecycleActionSchema.parse(sampleActions.win), ctx);
    expect(res.ok ? 'applied' : res.code).toBe('REGISTRATION_TOO_EARLY');
    expect(res.ok ? '' : res.message).toMatch(/72 hours/);
    // Won without registration is allowed at any time; with it, from hour 72 on.
    expect(applied(young, { type: 'win' }).referral.substatus).toBe('Won');
    const old = makeReferral({ status: 'Active', substatus: 'Accepted', createdDateTime: hoursFrom(NOW, -72) });
    expect(applied(old, lifecycleActionSchema.parse(sampleActions.win)).referral.registration?.termMonths).toBe(12);
  });

  it('lost needs a reason', () => {
    expect(loseActionSchema.safeParse({ type: 'lose' }).success).toBe(false);
    expect(applied(inAccepted(), loseActionSchema.parse(sampleActions.lose)).referral.statusReason).toBe('CustomerChoseAnotherVendor');
  });

  it('team: no duplicates, never empty', () => {
    const dup = applyAction(inAccepted(), { type: 'addTeamMember', member: { ...alice, email: 'ALICE@contoso-partner.com' } }, ctx);
    expect(dup.ok ? 'applied' : dup.code).toBe('DUPLICATE_TEAM_MEMBER');
    const last = applyAction(inAccepted(), { type: 'removeTeamMember', email: alice.email }, ctx);
    expect(last.ok ? 'applied' : last.code).toBe('LAST_TEAM_MEMBER');
    const nobody = applyAction(inAccepted(), { type: 'removeTeamMember', email: 'x@y.z' }, ctx);
    expect(nobody.ok ? 'applied' : nobody.code).toBe('NOT_FOUND');
  });

  it('an edit that changes nothing is refused rather than recorded', () => {
    const r = inAccepted();
    const res = applyAction(r, { type: 'edit', edits: { name: r.name } }, ctx);
    expect(res.ok ? 'applied' : res.code).toBe('NO_CHANGE');
  });

  it('records exactly what changed, from and to', () => {
    const res = applied(inAccepted(), { type: 'edit', edits: { dealValue: '1.50', campaignId: 'FY27-NEW' } });
    expect(res.changes).toEqual([
      { field: 'details.dealValue', from: '250000.00', to: '1.50' },
      { field: 'campaignId', from: 'FY27-Q2-AI', to: 'FY27-NEW' },
    ]);
  });
});

describe('Archived is read-only', () => {
  it.each(['Won', 'Lost', 'Declined', 'Expired'] as const)('%s refuses every action with a sentence naming the deal', (sub) => {
    for (const type of lifecycleActionTypes) {
      const res = applyAction(archived(sub), lifecycleActionSchema.parse(sampleActions[type]), ctx);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.message).toContain('Azure migration for Fabrikam');
    }
  });
});
