import { afterEach, describe, expect, it, vi } from 'vitest';
import { newDeal } from '../../main/core/testing/fixtures';
import { customerContact } from '../fixtures/referrals';
import { AUTH_MESSAGE, type RemoteApi } from '../../main/core/sync/remoteApi';
import { localFieldsOf, serviceReferrals, startRig, type Rig } from './syncRig';
import { createI18n, sayMessage, type Translate } from '../../shared/i18n';

const ru = createI18n({ language: 'ru' }).getFixedT('ru') as unknown as Translate;

const rigs: Rig[] = [];
const rig = async (...args: Parameters<typeof startRig>) => {
  const r = await startRig(...args);
  rigs.push(r);
  return r;
};
afterEach(async () => {
  await Promise.all(rigs.splice(0).map((r) => r.close()));
});

/** Local view equals the service for every referral the service has (plus what only this computer keeps), and nothing is pending. */
function expectInStep(r: Rig): void {
  const service = serviceReferrals(r.fake);
  for (const s of service) expect(r.local(s.id), s.id).toEqual({ ...s, ...localFieldsOf(r.raw(), s.id) });
  expect(r.localIds().sort()).toEqual(service.map((s) => s.id).sort());
  expect(r.engine.status().pendingChanges).toBe(0);
}

const firstWhere = (r: Rig, test: (x: ReturnType<typeof serviceReferrals>[number]) => boolean) => {
  const hit = serviceReferrals(r.fake).find(test);
  if (!hit) throw new Error('no referral matches');
  return hit;
};

/**
 * For the tests that sync a few hundred referrals into an empty list (three pages and their engagements):
 * about 1 s on an idle 2-core machine (the file's first test the most: modules and zod warm up on it), over
 * vitest's default 5 s with the machine loaded (load 5 to 13, as when several suites share CI's two cores).
 * The profile shows no waste to cut: mapping and validating the service's records, the page transactions,
 * reading the engagements. Still a bound on a pass that hangs.
 */
const firstSync = { timeout: 30_000 };

describe('sync engine against the fake Partner Center', () => {
  it('first sync brings every referral, records the cursor and the time, and fills directory and catalog', firstSync, async () => {
    const r = await rig({ fake: { initialReferrals: 230 }, sync: { catalogEveryMs: 3_600_000, engagementsPerPass: 50 } });
    const status = await r.engine.syncNow();
    expect(status).toMatchObject({
      online: true,
      serviceConfigured: true,
      syncing: false,
      lastError: null,
      lastSyncAt: r.clock.now().toISOString(),
    });
    expect(r.localIds().sort()).toEqual(
      serviceReferrals(r.fake)
        .map((s) => s.id)
        .sort(),
    );
    // Microsoft's answers come with the engagements, read 50 a pass: the shared deals of 230 need a few passes.
    const due = () =>
      (r.raw().prepare("SELECT count(*) AS n FROM sync_engagements WHERE answer IS NULL OR answer = 'pending'").get() as { n: number }).n;
    expect(due()).toBeGreaterThan(0);
    for (let pass = 0; pass < 5 && due() > 0; pass++) await r.engine.syncNow();
    expectInStep(r);
    expect((r.raw().prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n).toBe(30);
    expect((await r.call('catalog:listSolutions', {})).length).toBeGreaterThan(3);
    expect(r.raw().prepare("SELECT value FROM meta WHERE key = 'sync.cursor'").get()).toBeTruthy();
    // Nothing new: a second pass changes nothing.
    const before = r.changed.length;
    await r.engine.syncNow();
    expect(r.changed.length).toBe(before);
  });

  it('an accept made offline reaches the service once, with its edits, and history says synced', async () => {
    const r = await rig({ fake: { patchResponse: 'noContent' } });
    await r.engine.syncNow();
    const inbound = firstWhere(r, (x) => x.direction === 'inbound' && x.status === 'New');
    await r.call('referrals:act', {
      id: inbound.id,
      action: { type: 'accept', edits: { name: 'Renamed on accept', notes: 'Call booked' } },
    });
    await r.call('referrals:act', { id: inbound.id, action: { type: 'setSalesStage', salesStage: 'Develop' } });
    await r.engine.syncNow();
    expect(r.fake.referral(inbound.id)).toMatchObject({
      status: 'Active',
      substatus: 'Accepted',
      name: inbound.name, // the contract has no PATCH path for the name: it stays on this computer
      salesStage: 'Develop',
      details: { notes: 'Call booked' },
    });
    expect(r.local(inbound.id)?.name).toBe('Renamed on accept');
    // The 204 answers carried no body: the next pull confirms the copy we kept.
    await r.engine.syncNow();
    expectInStep(r);
    const detail = await r.call('referrals:get', { id: inbound.id });
    expect(detail.history.filter((h) => h.action === 'accept' || h.action === 'setSalesStage').every((h) => h.synced)).toBe(true);
    expect(r.raw().prepare("SELECT count(*) AS n FROM outbox WHERE state = 'sent'").get()).toEqual({ n: 2 });
  });

  it('a deal created offline gets the service id; favorite and history follow; a lost reply does not create it twice', async () => {
    const r = await rig();
    await r.engine.syncNow();
    const created = await r.call('referrals:create', { deal: newDeal({ name: 'Offline created deal' }) });
    const localId = created.referral.id;
    await r.call('favorites:set', { id: localId, favorite: true });
    await r.call('referrals:act', { id: localId, action: { type: 'edit', edits: { notes: 'edited before sync' } } });
    r.fake.faults.add({ kind: 'drop', phase: 'after', methods: ['POST'], count: 1 });
    await r.engine.syncNow();
    const onService = serviceReferrals(r.fake).filter((x) => x.name === 'Offline created deal');
    expect(onService).toHaveLength(1);
    expect(onService[0]!.details.notes).toBe('edited before sync');
    expect(r.local(localId)).toBeUndefined();
    const detail = await r.call('referrals:get', { id: onService[0]!.id });
    expect(detail).toMatchObject({ favorite: true, pendingChanges: 0 });
    expect(detail.history.map((h) => h.action)).toEqual(expect.arrayContaining(['create', 'edit', 'favorite']));
    expect(r.raw().prepare('SELECT server_id FROM referral_ids WHERE local_id = ?').get(localId)).toEqual({ server_id: onService[0]!.id });
    expect(r.changed.some((c) => c.ids.includes(localId) && c.ids.includes(onService[0]!.id))).toBe(true);
    expectInStep(r);
    // A window still showing the deal under its old id keeps working: reads and actions reach the new id.
    expect((await r.call('referrals:get', { id: localId })).referral.id).toBe(onService[0]!.id);
    const edited = await r.call('referrals:act', { id: localId, action: { type: 'edit', edits: { notes: 'edited after sync' } } });
    expect(edited.referral).toMatchObject({ id: onService[0]!.id, details: { notes: 'edited after sync' } });
    expect((await r.call('favorites:set', { id: localId, favorite: false })).favorite).toBe(false);
    await r.engine.syncNow();
    expect(r.fake.referral(onService[0]!.id)?.details.notes).toBe('edited after sync');
  });

  it('412 on disjoint fields: our change is rebased on the new eTag and both survive', async () => {
    const r = await rig();
    await r.engine.syncNow();
    const inbound = firstWhere(r, (x) => x.direction === 'inbound' && x.status === 'New');
    await r.call('referrals:act', { id: inbound.id, action: { type: 'accept', edits: { name: 'Ours' } } });
    r.fake.simulate.updateReferral(inbound.id, { details: { notes: 'Microsoft added a note' } });
    // Push before the pull sees the change: skip the pull by pushing through a pass whose list fails once.
    r.fake.faults.add({ kind: 'error500', methods: ['GET'], path: '/engagements/referrals', count: 4 });
    await r.engine.syncNow();
    expect(r.fake.referral(inbound.id)).toMatchObject({ status: 'Active', details: { notes: 'Microsoft added a note' } });
    expect(r.local(inbound.id)?.name).toBe('Ours');
    await r.engine.syncNow();
    expectInStep(r);
    expect(r.engine.listConflicts()).toEqual([]);
  });

  it('412 on the same field: a conflict waits for the seller; "local" sends ours, "server" keeps theirs', async () => {
    const r = await rig();
    await r.engine.syncNow();
    const [a, b] = serviceReferrals(r.fake).filter((x) => x.status === 'Active');
    for (const x of [a!, b!]) {
      await r.call('referrals:act', { id: x.id, action: { type: 'edit', edits: { notes: `ours ${x.id}`, campaignId: 'OURS' } } });
      r.fake.simulate.updateReferral(x.id, { details: { notes: `theirs ${x.id}` } });
    }
    r.fake.faults.add({ kind: 'error500', methods: ['GET'], path: '/engagements/referrals', count: 4 });
    const status = await r.engine.syncNow();
    expect(status.lastError?.details).toMatch(/choose which values to keep/);
    const conflicts = r.engine.listConflicts();
    expect(conflicts.map((c) => c.referralId).sort()).toEqual([a!.id, b!.id].sort());
    expect(conflicts[0]!.fields).toEqual([
      { field: 'details.notes', local: expect.stringMatching(/^ours/), server: expect.stringMatching(/^theirs/) },
    ]);
    expect((await r.call('referrals:get', { id: a!.id })).syncState).toBe('conflict');
    // Waiting deals are not sent again.
    await r.engine.syncNow();
    expect(r.fake.referral(a!.id)!.details.notes).toBe(`theirs ${a!.id}`);

    r.engine.resolveConflict(a!.id, { 'details.notes': 'local' });
    r.engine.resolveConflict(b!.id, { 'details.notes': 'server' });
    await r.engine.syncNow();
    expect(r.fake.referral(a!.id)).toMatchObject({ campaignId: 'OURS', details: { notes: `ours ${a!.id}` } });
    expect(r.fake.referral(b!.id)).toMatchObject({ campaignId: 'OURS', details: { notes: `theirs ${b!.id}` } });
    expect(r.engine.listConflicts()).toEqual([]);
    expect((await r.call('referrals:get', { id: a!.id })).syncState).toBe('synced');
    expectInStep(r);
    expect(() => r.engine.resolveConflict(a!.id, { 'details.notes': 'local' })).toThrow(/no conflict/);
  });

  it('the service closed the deal first: the service wins, the change is dropped and the seller is told why', async () => {
    const r = await rig();
    await r.engine.syncNow();
    const active = firstWhere(r, (x) => x.status === 'Active');
    const notices: string[] = [];
    r.engine.subscribe((e) => e.type === 'notice' && notices.push(e.notice.message));
    await r.call('referrals:act', { id: active.id, action: { type: 'edit', edits: { notes: 'too late' } } });
    r.fake.simulate.updateReferral(active.id, { status: 'Closed', substatus: 'Lost', statusReason: 'NotACustomer' });
    await r.engine.syncNow();
    expect(notices).toEqual([expect.stringMatching(/already closed on the service \(Lost\), so your edits could not be sent/)]);
    expect(r.engine.listNotices()[0]).toMatchObject({ referralId: active.id, kind: 'serviceClosed' });
    const detail = await r.call('referrals:get', { id: active.id });
    expect(detail.history[0]).toMatchObject({ action: 'notSent', synced: true });
    // The history keeps the reason as words, so the deal's history says it in the language shown (issue 13).
    const reason = detail.history[0]!.changes.find((c) => c.field === 'reason');
    expect(sayMessage(ru, String(reason?.to))).toBe(
      `Сделка «${active.name}» в сервисе уже закрыта (Проиграно), поэтому не удалось отправить: ваши правки; оставлена версия сервиса.`,
    );
    expect(sayMessage(ru, String(reason?.from))).toBe('ваши правки');
    expect(r.raw().prepare('SELECT state, last_error FROM outbox').get()).toMatchObject({
      state: 'failed',
      last_error: expect.stringMatching(/already closed on the service \(Lost\)/),
    });
    expectInStep(r);
  });

  it('a bad record is skipped and reported without blocking the page, then read again until it heals', async () => {
    const r = await rig();
    r.fake.faults.add({ kind: 'badRecord', count: 1 });
    const status = await r.engine.syncNow();
    expect(status.lastError?.message).toMatch(/1 referral from the service could not be read/);
    expect(status.lastError?.details).toMatch(/substatus: Unknown/);
    expect(r.engine.listIssues()).toHaveLength(1);
    // Every other record of the page is in.
    expect(r.localIds()).toHaveLength(serviceReferrals(r.fake).length - 1);
    expect((await r.engine.syncNow()).lastError).toBeNull();
    expect(r.engine.listIssues()).toEqual([]);
    expectInStep(r);
  });

  it('a refused sign-in token is a sync error in plain words; changes stay queued', async () => {
    const r = await rig({ sync: {} });
    await r.engine.syncNow();
    const active = firstWhere(r, (x) => x.status === 'Active');
    await r.call('referrals:act', { id: active.id, action: { type: 'setSalesStage', salesStage: 'Propose' } });
    const bad = await rig({
      shared: { fake: r.fake, clock: r.clock },
      fetch: (url, init) =>
        fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: 'Bearer wrong' } }),
    });
    const status = await bad.engine.syncNow();
    expect(status.lastError).toMatchObject({ message: AUTH_MESSAGE });
    expect(status.lastError?.details).toMatch(/bearer token is not valid/);
  });

  it('429 and 503 with Retry-After: waits at least that long, with the same request-id, and gets through', async () => {
    const r = await rig();
    await r.engine.syncNow();
    const active = firstWhere(r, (x) => x.status === 'Active');
    await r.call('referrals:act', { id: active.id, action: { type: 'edit', edits: { notes: 'after the storm' } } });
    r.fake.faults.add({ kind: 'rateLimit', retryAfterSeconds: 3, count: 1, methods: ['PATCH'] });
    r.fake.faults.add({ kind: 'error503', retryAfterSeconds: 2, count: 1, methods: ['PATCH'] });
    await r.engine.syncNow();
    expect(r.sleeps.filter((ms) => ms >= 2000)).toHaveLength(2);
    expect(r.sleeps).toContain(3000);
    expect(r.fake.referral(active.id)!.details.notes).toBe('after the storm');
    expectInStep(r);
  });

  it('a repeated page and a malformed reply are harmless', firstSync, async () => {
    const r = await rig({ fake: { initialReferrals: 250 } });
    r.fake.faults.add({ kind: 'repeatPage', count: 2 });
    r.fake.faults.add({ kind: 'malformedJson', methods: ['GET'], count: 1 });
    expect((await r.engine.syncNow()).lastError).toBeNull();
    expectInStep(r);
  });

  it('never runs two passes at once; a request during a pass runs one more pass after it', async () => {
    let inFlight = 0;
    let most = 0;
    let lists = 0;
    const wrap = (api: RemoteApi): RemoteApi => ({
      ...api,
      listReferrals: async (from, signal) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        lists += 1;
        try {
          await new Promise((res) => setTimeout(res, 5));
          return await api.listReferrals(from, signal);
        } finally {
          inFlight -= 1;
        }
      },
    });
    const r = await rig({ wrapApi: wrap });
    await Promise.all([r.engine.syncNow(), r.engine.syncNow(), r.engine.syncNow()]);
    expect(most).toBe(1);
    expect(lists).toBe(2);
  });

  it('runs when the network comes back and on the timer while online; offline stops the timer', async () => {
    const r = await rig({ sync: { online: false, intervalMs: 60_000 } });
    expect(r.engine.status().online).toBe(false);
    r.engine.setOnline(true);
    await r.engine.syncNow();
    expect(r.localIds().length).toBeGreaterThan(0);
    expect(r.timers.pending()).toEqual([60_000]);
    r.engine.setOnline(false);
    expect(r.timers.pending()).toEqual([]);
  });

  it("sync:status and sync:now go through the engine; a pass tells notifications about new inbound referrals and Microsoft's answers", async () => {
    // Enough deals that one is a private outbound deal, the kind a seller asks Microsoft's help on.
    const r = await rig({ fake: { initialReferrals: 60 } });
    const spy = vi.fn();
    r.ws.notifications.notifySyncOutcome = spy;
    const first = await r.call('sync:now', {});
    expect(first).toMatchObject({ serviceConfigured: true, online: true, pendingChanges: 0 });
    expect(spy).not.toHaveBeenCalled(); // the first download is not news
    const active = firstWhere(r, (x) => x.status === 'Active' && !x.inviteContext && x.direction === 'outbound');
    await r.call('referrals:act', {
      id: active.id,
      action: {
        type: 'requestHelp',
        helpType: 'ProofOfConcept',
        notes: 'PoC please',
        customerContact,
        consentToShareCustomerContact: true,
      },
    });
    expect((await r.call('sync:status', {})).pendingChanges).toBe(1);
    await r.call('sync:now', {});
    // On the service: our referral is shared now (consent by PATCH), and Microsoft's connected referral carries the
    // contact given with the request and the customer's consent.
    expect(r.fake.referral(active.id)?.consent.consentToShareReferralWithMicrosoftSellers).toBe(true);
    const microsofts = r.fake.engagementWire(active.engagementId).filter((w) => w.id !== active.id);
    expect(microsofts).toHaveLength(1);
    expect(microsofts[0]).toMatchObject({
      consent: { consentToShareReferralWithMicrosoftSellers: true, consentToContact: true },
      customerProfile: {
        team: (r.fake.referral(active.id)?.customerProfile.team ?? []).map((c): unknown => expect.objectContaining({ email: c.email })),
      },
      inviteContext: { assistanceRequestCode: 'ProofOfConceptOrDemo', notes: 'PoC please' },
    });
    const inbound = r.fake.simulate.newInboundReferral();
    r.fake.simulate.answerHelpRequest(active.engagementId, 'engaged');
    await r.call('sync:now', {});
    expect(spy).toHaveBeenCalledWith({
      newInbound: [expect.objectContaining({ id: inbound.id, name: inbound.name })],
      helpAnswers: [expect.objectContaining({ referralId: active.id, answer: 'engaged' })],
      conflicts: [],
    });
    const detail = await r.call('referrals:get', { id: active.id });
    expect(detail.history[0]).toMatchObject({ action: 'serviceUpdate', actor: 'Partner Center', synced: true });
    expectInStep(r);
  });

  it('an unreachable service: passes back off with growing waits (never under Retry-After); the network coming back tries at once', async () => {
    let down = true;
    const r = await rig({
      random: () => 0.99,
      sync: { intervalMs: 600_000 },
      fetch: (url, init) => (down ? Promise.reject(new TypeError('fetch failed')) : fetch(url, init)),
    });
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      await r.engine.syncNow();
      waits.push(r.timers.pending()[0]!);
    }
    expect(r.engine.status().lastError?.message).toMatch(/cannot be reached/);
    expect(waits[0]).toBeLessThan(waits[1]!);
    expect(waits[1]).toBeLessThan(waits[2]!);
    expect(Math.max(...waits)).toBeLessThanOrEqual(600_000);
    // A timer pass inside the wait does not call the service.
    down = false;
    r.timers.fire();
    await new Promise((res) => setTimeout(res, 20));
    expect(r.localIds()).toEqual([]);
    r.engine.setOnline(false);
    r.engine.setOnline(true);
    await r.engine.syncNow();
    expect(r.localIds().length).toBeGreaterThan(0);
    expect(r.engine.status().lastError).toBeNull();

    r.fake.faults.add({ kind: 'error503', retryAfterSeconds: 900, count: 8 });
    await r.engine.syncNow();
    expect(r.timers.pending()[0]).toBeGreaterThanOrEqual(900_000);
  });

  it('a write whose answer was lost is sent again as is; its replayed (older) answer never hides a newer pulled copy', async () => {
    const r = await rig({ sync: { overlapMs: 1 } });
    await r.engine.syncNow();
    const active = firstWhere(r, (x) => x.status === 'Active');
    await r.call('referrals:act', { id: active.id, action: { type: 'setSalesStage', salesStage: 'Close' } });
    r.fake.faults.add({ kind: 'drop', phase: 'after', methods: ['PATCH'], count: 4 });
    await r.engine.syncNow();
    expect(r.fake.referral(active.id)!.salesStage).toBe('Close'); // applied, never acknowledged
    const flight = r.raw().prepare('SELECT request_id FROM sync_flights').get() as { request_id: string };
    r.clock.advance(60_000);
    r.fake.simulate.updateReferral(active.id, { details: { notes: 'changed after our write' } });
    await r.engine.syncNow();
    expect(r.raw().prepare('SELECT count(*) AS n FROM sync_flights').get()).toEqual({ n: 0 });
    expect(r.raw().prepare('SELECT state FROM outbox WHERE request_id = ?').get(flight.request_id)).toEqual({ state: 'sent' });
    expectInStep(r);
  });

  it('a local expiry is never sent: the service expires referrals itself', async () => {
    const r = await rig();
    await r.engine.syncNow();
    const inbound = firstWhere(r, (x) => x.direction === 'inbound' && x.status === 'New');
    r.raw()
      .prepare(
        "INSERT INTO outbox (request_id, referral_id, kind, payload, created) VALUES ('expire-1', ?, 'action', '{\"type\":\"expire\"}', ?)",
      )
      .run(inbound.id, r.clock.now().toISOString());
    // A zero-latency rule counts the PATCHes that reach the service.
    r.fake.faults.add({ kind: 'latency', latencyMs: 0, methods: ['PATCH'] });
    await r.engine.syncNow();
    expect(r.raw().prepare("SELECT state FROM outbox WHERE request_id = 'expire-1'").get()).toEqual({ state: 'sent' });
    expect(r.fake.faults.list()[0]!.hits).toBe(0);
    expect(r.fake.referral(inbound.id)!.status).toBe('New');
  });
});
