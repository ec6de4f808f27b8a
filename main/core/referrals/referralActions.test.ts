import { inEnglish } from '../../../shared/i18n';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customerContact } from '../../../test/fixtures/referrals';
import { newDeal } from '../testing/fixtures';
import { tempWorkspace, type TestWorkspace } from '../testing/tempWorkspace';

let t: TestWorkspace;
beforeEach(() => {
  t = tempWorkspace({ demoCount: 250, seed: 21 });
});
afterEach(() => t.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Everything an action may touch, for "nothing changed" checks. */
function snapshot(id: string) {
  const raw = t.raw();
  return {
    row: raw.prepare('SELECT * FROM referrals WHERE id = ?').get(id),
    outbox: raw.prepare('SELECT * FROM outbox ORDER BY seq').all(),
    history: raw.prepare('SELECT * FROM history ORDER BY id').all(),
    favorites: raw.prepare('SELECT * FROM favorites ORDER BY referral_id').all(),
  };
}

async function firstId(tab: 'inbound' | 'outbound', stage: 'received' | 'accepted' | 'archived'): Promise<string> {
  const page = await t.call('referrals:list', {
    tab,
    stages: [stage],
    limit: 1,
    sort: { column: 'expirationDateTime', direction: 'desc' },
  });
  return page.items[0]!.id;
}

describe('referrals:act', () => {
  it('accepting stores the deal, queues one intent and records history in one go', async () => {
    const id = await firstId('inbound', 'received');
    t.clock.advance(60_000);
    const d = await t.call('referrals:act', {
      id,
      action: { type: 'accept', edits: { name: 'Platypus rollout phase 1', notes: 'Kick-off booked' } },
    });
    expect(d).toMatchObject({ stage: 'accepted', syncState: 'pending', pendingChanges: 1 });
    expect(d.referral).toMatchObject({
      status: 'Active',
      substatus: 'Accepted',
      name: 'Platypus rollout phase 1',
      updatedDateTime: t.clock.now().toISOString(),
    });

    const outbox = t.raw().prepare('SELECT * FROM outbox WHERE referral_id = ?').all(id) as Record<string, unknown>[];
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ kind: 'action', state: 'pending', attempts: 0, last_error: null });
    expect(outbox[0]!.request_id).toMatch(UUID);
    expect(JSON.parse(outbox[0]!.payload as string)).toMatchObject({ type: 'accept', edits: { name: 'Platypus rollout phase 1' } });

    expect(d.history[0]).toMatchObject({ action: 'accept', actor: 'Test Seller', synced: false, at: t.clock.now().toISOString() });
    expect(d.history[0]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', from: 'New', to: 'Active' },
        { field: 'name', from: expect.any(String), to: 'Platypus rollout phase 1' },
      ]),
    );
    const hist = t.raw().prepare('SELECT outbox_seq FROM history WHERE referral_id = ? AND action = ?').get(id, 'accept') as {
      outbox_seq: number;
    };
    expect(hist.outbox_seq).toBe(outbox[0]!.seq);

    const row = (await t.call('referrals:list', { tab: 'inbound', search: 'platypus' })).items;
    expect(row).toHaveLength(1);
    expect(row[0]).toMatchObject({ id, stage: 'accepted', pendingChanges: 1, expirationDateTime: null });
    expect(t.changed.at(-1)).toEqual({ ids: [id] });
    expect((await t.call('sync:status', {})).pendingChanges).toBe(1);

    await t.call('referrals:act', { id, action: { type: 'setSalesStage', salesStage: 'Develop' } });
    expect((await t.call('referrals:get', { id })).pendingChanges).toBe(2);
    expect((await t.call('referrals:list', { tab: 'inbound', search: 'platypus' })).items[0]!.pendingChanges).toBe(2);
  });

  it('an edit re-indexes the deal for search: the new words find it, the old ones no longer do', async () => {
    const d = await t.call('referrals:create', { deal: newDeal({ name: 'Wombat analytics', notes: 'numbat' }) });
    await t.call('referrals:act', { id: d.referral.id, action: { type: 'edit', edits: { name: 'Echidna analytics', notes: 'bilby' } } });
    const hits = async (q: string) => (await t.call('referrals:list', { tab: 'outbound', search: q })).total;
    expect([await hits('wombat'), await hits('numbat'), await hits('echidna'), await hits('bilby')]).toEqual([0, 0, 1, 1]);
    t.raw().exec("INSERT INTO referrals_fts (referrals_fts, rank) VALUES ('integrity-check', 1)");
  });

  it('winning an archived deal is refused with the reason, and nothing changes', async () => {
    const id = await firstId('outbound', 'archived');
    const before = snapshot(id);
    const error = await t.fail('referrals:act', { id, action: { type: 'win' } });
    expect(error.code).toBe('ARCHIVED_READ_ONLY');
    expect(error.message).toMatch(/is archived .* can no longer be changed/);
    expect(snapshot(id)).toEqual(before);
    expect(t.changed).toEqual([]);
  });

  it('a Received referral past its expiry cannot be accepted, even before the expiry timer has run', async () => {
    const next = (
      await t.call('referrals:list', {
        tab: 'inbound',
        stages: ['received'],
        sort: { column: 'expirationDateTime', direction: 'asc' },
        limit: 1,
      })
    ).items[0]!;
    t.clock.set(new Date(Date.parse(next.expirationDateTime!) + 1000));
    const before = snapshot(next.id);
    expect(await t.fail('referrals:act', { id: next.id, action: { type: 'accept' } })).toMatchObject({ code: 'EXPIRED' });
    expect(snapshot(next.id)).toEqual(before);
  });

  it('expiring by hand is refused: expiry belongs to the clock and the service', async () => {
    const id = await firstId('inbound', 'received');
    expect(await t.fail('referrals:act', { id, action: { type: 'expire' } })).toEqual({
      code: 'EXPIRE_IS_AUTOMATIC',
      message: 'A referral expires by itself when its answer time passes; it cannot be expired by hand. Decline it if you do not want it.',
      key: 'errors:lifecycle.expireByHand',
    });
  });

  it('bad input is refused with field messages before anything is stored', async () => {
    const id = await firstId('inbound', 'received');
    const before = snapshot(id);
    const error = await t.fail('referrals:act', { id, action: { type: 'decline', reason: 'Others' } });
    expect(error).toMatchObject({
      code: 'BAD_INPUT',
      message: 'Add a note explaining the reason when you choose "Others" — action.notes',
      fields: { 'action.notes': 'errors:reason.othersNeedsNotes' },
    });
    expect(snapshot(id)).toEqual(before);
    expect(await t.fail('referrals:act', { id: 'missing', action: { type: 'win' } })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('when storing the intent fails halfway, the deal is left exactly as it was', async () => {
    const id = await firstId('outbound', 'accepted');
    const before = snapshot(id);
    t.raw().exec("CREATE TRIGGER test_fail BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
    const error = await t.fail('referrals:act', { id, action: { type: 'edit', edits: { name: 'Half written' } } });
    t.raw().exec('DROP TRIGGER test_fail');
    expect(error.code).toBe('INTERNAL');
    expect(snapshot(id)).toEqual(before);
    expect((await t.call('referrals:list', { tab: 'outbound', search: 'half written' })).total).toBe(0);
  });
});

describe('referrals:create', () => {
  it('creates an outbound deal in Accepted, queued for the service, first in the list by last update', async () => {
    t.clock.advance(3_600_000);
    const totalBefore = (await t.call('referrals:list', { tab: 'outbound' })).total;
    const d = await t.call('referrals:create', { deal: newDeal() });
    expect((await t.call('referrals:list', { tab: 'outbound' })).total).toBe(totalBefore + 1);
    expect(d.referral.id).toMatch(/^local-[0-9a-f-]{36}$/);
    expect(d.referral.engagementId).toMatch(UUID);
    expect(d).toMatchObject({ stage: 'accepted', dealType: 'privatePipeline', syncState: 'pending', pendingChanges: 1, favorite: false });
    expect(d.history).toEqual([expect.objectContaining({ action: 'create', synced: false, actor: 'Test Seller' })]);
    const outbox = t.raw().prepare('SELECT kind, payload, request_id FROM outbox WHERE referral_id = ?').all(d.referral.id) as {
      kind: string;
      payload: string;
      request_id: string;
    }[];
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.kind).toBe('create');
    expect(JSON.parse(outbox[0]!.payload)).toEqual(d.referral);
    const top = (await t.call('referrals:list', { tab: 'outbound', limit: 1 })).items[0]!;
    expect(top).toMatchObject({
      id: d.referral.id,
      name: 'Azure migration for Fabrikam',
      dealValue: '125000.50',
      currency: 'GBP',
      pendingChanges: 1,
    });
    expect(t.changed.at(-1)).toEqual({ ids: [d.referral.id] });
  });

  it('a deal asking for Microsoft help is co-sell; a form without a team is refused at the field', async () => {
    const d = await t.call('referrals:create', {
      deal: newDeal({
        wantsMicrosoftHelp: true,
        helpType: 'ProofOfConcept',
        consentToShareCustomerContact: true,
        customerContact: { firstName: 'Cara', lastName: 'Client', phoneNumber: '+44 20 7946 0001', email: 'cara@fabrikam.example' },
      }),
    });
    expect(d.dealType).toBe('coSell');
    expect(d.referral.inviteContext).toMatchObject({ helpType: 'ProofOfConcept', microsoftResponse: 'pending' });
    const error = await t.fail('referrals:create', { deal: newDeal({ team: [] }) });
    expect(error).toMatchObject({ code: 'BAD_INPUT', fields: { 'deal.team': 'errors:team.min' } });
  });

  it("every path to co-sell follows the wizard's rule: asking for help on a private deal without a customer contact is refused, nothing stored", async () => {
    const created = await t.call('referrals:create', { deal: newDeal({ name: 'Private, no customer contact' }) });
    const id = created.referral.id;
    const before = snapshot(id);
    const err = await t.fail('referrals:act', { id, action: { type: 'requestHelp', helpType: 'QuotesAndLicensing', notes: 'Pricing' } });
    expect(err).toMatchObject({
      code: 'CO_SELL_NEEDS_CONTACT',
      message: "A customer contact is required when you ask for Microsoft's help",
      key: 'errors:coSell.customerContact',
      fields: {
        'action.customerContact': 'errors:coSell.customerContact',
        'action.consentToShareCustomerContact': 'errors:coSell.consent',
      },
    });
    expect(snapshot(id)).toEqual(before);
    const up = await t.call('referrals:act', {
      id,
      action: {
        type: 'requestHelp',
        helpType: 'QuotesAndLicensing',
        notes: 'Pricing',
        customerContact,
        consentToShareCustomerContact: true,
      },
    });
    expect([up.dealType, up.referral.customerProfile.team]).toEqual(['coSell', [customerContact]]);
  });

  it('a new deal whose close date is already past is refused at its field; an edit to a past date is kept', async () => {
    const err = await t.fail('referrals:create', { deal: newDeal({ closingDateTime: '2024-11-24T00:00:00.000Z' }) });
    expect(err).toMatchObject({
      code: 'BAD_INPUT',
      message: 'The close date is in the past: choose today or a later date',
      fields: { 'deal.closingDateTime': 'errors:date.pastClose' },
    });
    const zero = await t.fail('referrals:create', { deal: newDeal({ dealValue: '0' }) });
    expect(zero.message).toBe('Estimated value must be more than 0 — deal.dealValue');
    expect(Object.keys(zero.fields ?? {})).toEqual(['deal.dealValue']);
    expect(inEnglish(zero.fields?.['deal.dealValue'] ?? '')).toBe('Estimated value must be more than 0');
    const created = await t.call('referrals:create', { deal: newDeal() });
    const edited = await t.call('referrals:act', {
      id: created.referral.id,
      action: { type: 'edit', edits: { closingDateTime: '2024-11-24T00:00:00.000Z' } },
    });
    expect(edited.referral.details.closingDateTime).toBe('2024-11-24T00:00:00.000Z');
  });
});
