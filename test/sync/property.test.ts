import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeReasonSchema, helpTypeSchema, type LifecycleAction, type Referral } from '../../shared/domain';
import { newDeal } from '../../main/core/testing/fixtures';
import { customerContact } from '../fixtures/referrals';
import { manualClock, startFakePartnerCenter } from '../fake-partner-center';
import { mulberry32, stepArb, type Step } from './propertyModel';
import { localFieldsOf, serviceReferrals, START, startRig, type Rig } from './syncRig';

/**
 * Offline-first sync as a property (SPEC F4): random interleavings of the seller's actions, the
 * service's own changes and network faults, then faults off and a clean sync (conflicts resolved by a
 * random pick). Afterwards the app and the service agree on every referral, no deal was created twice,
 * and every action the app acknowledged reached the service or was dropped with a reason.
 * SYNC_PROPERTY_RUNS (default 500) and SYNC_PROPERTY_SEED reproduce or widen a run.
 */
const RUNS = Number(process.env.SYNC_PROPERTY_RUNS ?? 500);
const SEED = Number(process.env.SYNC_PROPERTY_SEED ?? 20261124);

type Acked = { seqCount: number; created: string[]; favorites: Map<string, boolean> };

const pickFrom = <T>(items: readonly T[], n: number): T | undefined => (items.length === 0 ? undefined : items[n % items.length]);

function localRows(r: Rig): Referral[] {
  return (r.raw().prepare('SELECT json FROM referrals ORDER BY id').all() as { json: string }[]).map((x) => JSON.parse(x.json) as Referral);
}

function actionFor(step: Extract<Step, { kind: 'local' }>, i: number): LifecycleAction | null {
  const reason = closeReasonSchema.options[step.variant % 7]!;
  switch (step.action) {
    case 'accept':
      return { type: 'accept', edits: step.variant % 2 ? { notes: `accepted ${i}` } : { name: `Accepted deal ${i}` }, addTeam: [] };
    case 'decline':
      return { type: 'decline', reason, notes: `declined ${i}` };
    case 'edit':
      return {
        type: 'edit',
        edits: [{ notes: `local notes ${i}` }, { name: `Local name ${i}` }, { dealValue: `${1000 + i}` }, { campaignId: `C${i}` }][
          step.variant % 4
        ]!,
      };
    case 'requestHelp':
      return {
        type: 'requestHelp',
        helpType: helpTypeSchema.options[step.variant % 6]!,
        notes: `help ${i}`,
        customerContact,
        consentToShareCustomerContact: true,
      };
    case 'win':
      return { type: 'win' };
    case 'lose':
      return { type: 'lose', reason, notes: `lost ${i}` };
    default:
      return null;
  }
}

async function doLocal(r: Rig, step: Extract<Step, { kind: 'local' }>, i: number, acked: Acked): Promise<void> {
  const rows = localRows(r);
  if (step.action === 'create') {
    // The customer's name marks the deal on the service: no local action renames a customer.
    const customer = `PT customer ${i}`;
    const help = step.variant % 3 === 0;
    const base = newDeal();
    const res = await r.ws.dispatch('referrals:create', {
      deal: newDeal({
        name: `PT deal ${i}`,
        notes: `created ${i}`,
        wantsMicrosoftHelp: help,
        customer: { ...base.customer, name: customer },
        ...(help
          ? {
              helpType: 'ProofOfConcept',
              consentToShareCustomerContact: true,
              customerContact: { firstName: 'Cu', lastName: 'Stomer', phoneNumber: '+1 555 0199', email: 'cu@example.com' },
            }
          : {}),
      }),
    });
    if (res.ok) {
      acked.seqCount += 1;
      acked.created.push(customer);
    }
    return;
  }
  if (step.action === 'favorite') {
    const target = pickFrom(rows, step.pick);
    if (!target) return;
    const on = !(acked.favorites.get(target.id) ?? false);
    if ((await r.ws.dispatch('favorites:set', { id: target.id, favorite: on })).ok) acked.favorites.set(target.id, on);
    return;
  }
  const wantsReceived = step.action === 'accept' || step.action === 'decline';
  const candidates = rows.filter((x) => (wantsReceived ? x.status === 'New' && x.direction === 'inbound' : x.status === 'Active'));
  const target = pickFrom(candidates, step.pick);
  const action = actionFor(step, i);
  if (!target || !action) return;
  if ((await r.ws.dispatch('referrals:act', { id: target.id, action })).ok) acked.seqCount += 1;
}

function doService(r: Rig, step: Extract<Step, { kind: 'service' }>, i: number): void {
  const open = serviceReferrals(r.fake).filter((x) => x.status !== 'Closed');
  const target = pickFrom(open, step.pick);
  if (step.change === 'newInbound') {
    r.fake.simulate.newInboundReferral();
  } else if (step.change === 'edit' && target) {
    // Half the time the service changes a deal the seller has unsent changes on, in the fields sellers edit most:
    // that is where 412s, merges and conflicts come from.
    const pending = new Set(
      (r.raw().prepare("SELECT referral_id FROM outbox WHERE state = 'pending'").all() as { referral_id: string }[]).map(
        (x) => x.referral_id,
      ),
    );
    const contested = pickFrom(
      open.filter((x) => pending.has(x.id)),
      step.pick,
    );
    if (contested && step.variant % 2 === 0) {
      r.fake.simulate.updateReferral(contested.id, { name: `Service name ${i}`, details: { notes: `service notes ${i}` } });
      return;
    }
    const patch = [
      { details: { notes: `service notes ${i}` } },
      { name: `Service name ${i}` },
      { campaignId: `S${i}` },
      { details: { dealValue: `${5000 + i}` } },
    ][step.variant % 4]!;
    r.fake.simulate.updateReferral(target.id, patch);
  } else if (step.change === 'close' && target) {
    const closed =
      target.status === 'New'
        ? { status: 'Closed', substatus: 'Expired' }
        : {
            status: 'Closed',
            substatus: step.variant % 2 ? 'Won' : 'Lost',
            ...(step.variant % 2 ? {} : { statusReason: 'CustomerDidNotRespond' }),
          };
    r.fake.simulate.updateReferral(target.id, closed);
  } else if (step.change === 'answer') {
    const asked = open.filter((x) => x.inviteContext?.microsoftResponse === 'pending');
    const t = pickFrom(asked, step.pick);
    if (!t) return;
    try {
      r.fake.simulate.answerHelpRequest(t.engagementId, (['engaged', 'declined', 'noAnswer'] as const)[step.variant % 3]!);
    } catch {
      // No Microsoft side in this engagement (seeded data without one): nothing to answer.
    }
  }
}

/** SYNC_PROPERTY_STATS=1 prints how often each path was taken, to see the runs exercise what they claim. */
const stats = new Map<string, number>();
const count = (key: string, n = 1) => stats.set(key, (stats.get(key) ?? 0) + n);

function tally(r: Rig): void {
  const q = (sql: string) => (r.raw().prepare(sql).get() as { n: number }).n;
  count('outbox sent', q("SELECT count(*) AS n FROM outbox WHERE state = 'sent'"));
  count('outbox dropped', q("SELECT count(*) AS n FROM outbox WHERE state = 'failed'"));
  count('outbox retried (attempts > 0)', q('SELECT count(*) AS n FROM outbox WHERE attempts > 0'));
  count('creates re-keyed', q('SELECT count(*) AS n FROM referral_ids'));
  count('notices: service closed', q("SELECT count(*) AS n FROM sync_notices WHERE kind = 'serviceClosed'"));
  count('notices: refused', q("SELECT count(*) AS n FROM sync_notices WHERE kind = 'refused'"));
  count('history: service updates', q("SELECT count(*) AS n FROM history WHERE action = 'serviceUpdate'"));
  count('conflict resolutions in history', q("SELECT count(*) AS n FROM history WHERE action = 'conflictResolved'"));
}

async function doRace(r: Rig, step: Extract<Step, { kind: 'race' }>, i: number, acked: Acked): Promise<void> {
  const target = pickFrom(
    localRows(r).filter((x) => x.status === 'Active' && !x.id.startsWith('local-')),
    step.pick,
  );
  if (!target || !r.fake.referral(target.id) || r.fake.referral(target.id)!.status === 'Closed') return;
  if ((await r.ws.dispatch('referrals:act', { id: target.id, action: { type: 'edit', edits: { notes: `race local ${i}` } } })).ok)
    acked.seqCount += 1;
  r.fake.simulate.updateReferral(target.id, step.sameField ? { details: { notes: `race service ${i}` } } : { campaignId: `RACE${i}` });
}

async function cleanSync(r: Rig, random: () => number): Promise<void> {
  r.fake.faults.clear();
  for (let pass = 0; pass < 8; pass++) {
    await r.engine.syncNow();
    const conflicts = r.engine.listConflicts();
    count('conflicts resolved', conflicts.length);
    for (const c of conflicts) {
      r.engine.resolveConflict(c.referralId, Object.fromEntries(c.fields.map((f) => [f.field, random() < 0.5 ? 'local' : 'server'])));
    }
    if (conflicts.length === 0 && r.engine.status().pendingChanges === 0) break;
  }
  // One more pass pulls whatever the last pushes and Microsoft's side changed.
  await r.engine.syncNow();
}

function checkInvariants(r: Rig, acked: Acked): void {
  const service = serviceReferrals(r.fake);
  // 1. The app shows exactly what the service has.
  expect(r.localIds().sort()).toEqual(service.map((s) => s.id).sort());
  for (const s of service) expect(r.local(s.id), s.id).toEqual({ ...s, ...localFieldsOf(r.raw(), s.id) });
  expect(r.engine.status()).toMatchObject({ pendingChanges: 0, lastError: null });
  expect(r.engine.listConflicts()).toEqual([]);
  // 2. No create applied twice.
  for (const customer of acked.created)
    expect(
      service.filter((s) => s.customerProfile.name === customer),
      customer,
    ).toHaveLength(1);
  // 3. Every acknowledged action is in the outbox, and each one was sent or dropped with a reason the seller can read.
  const outbox = r.raw().prepare('SELECT seq, referral_id, state, last_error FROM outbox').all() as {
    seq: number;
    referral_id: string;
    state: string;
    last_error: string | null;
  }[];
  expect(outbox).toHaveLength(acked.seqCount);
  for (const o of outbox) {
    expect(['sent', 'failed'], `outbox ${o.seq}`).toContain(o.state);
    if (o.state === 'failed') {
      expect(o.last_error).toBeTruthy();
      const notSent = r
        .raw()
        .prepare("SELECT count(*) AS n FROM history WHERE referral_id = ? AND action = 'notSent'")
        .get(o.referral_id) as { n: number };
      expect(notSent.n, `a reason in the history of ${o.referral_id}`).toBeGreaterThan(0);
    }
  }
  expect((r.raw().prepare('SELECT count(*) AS n FROM history WHERE synced = 0 AND outbox_seq IS NOT NULL').get() as { n: number }).n).toBe(
    0,
  );
  // Favorites are the seller's own: they survive sync, also across the local → service id change.
  const ids = new Map(
    (r.raw().prepare('SELECT local_id, server_id FROM referral_ids').all() as { local_id: string; server_id: string }[]).map((m) => [
      m.local_id,
      m.server_id,
    ]),
  );
  const favorites = new Set(
    (r.raw().prepare('SELECT referral_id FROM favorites').all() as { referral_id: string }[]).map((f) => f.referral_id),
  );
  for (const [id, on] of acked.favorites) expect(favorites.has(ids.get(id) ?? id), `favorite ${id}`).toBe(on);
  // 4. The counts the tabs show (tables kept by triggers, migrations 0010 and 0011) equal counting the deals.
  const rowsOf = (sql: string) => (r.raw().prepare(sql).all() as { k: string; n: number }[]).filter((x) => x.n !== 0);
  expect(rowsOf("SELECT direction || '/' || stage AS k, n FROM referral_counts ORDER BY 1")).toEqual(
    rowsOf("SELECT direction || '/' || stage AS k, count(*) AS n FROM referrals GROUP BY 1 ORDER BY 1"),
  );
  expect(rowsOf('SELECT stage AS k, n FROM favorite_counts ORDER BY 1')).toEqual(
    rowsOf('SELECT r.stage AS k, count(*) AS n FROM favorites f JOIN referrals r ON r.id = f.referral_id GROUP BY 1 ORDER BY 1'),
  );
}

describe('sync property: local state converges to the service, nothing lost or duplicated', () => {
  it(`holds for ${RUNS} seeded runs of 3–8 steps with faults`, async () => {
    const clock = manualClock(START);
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.array(stepArb, { minLength: 3, maxLength: 8 }), async (seed, steps) => {
        runs += 1;
        const t0 = performance.now();
        clock.set(START);
        const random = mulberry32(seed);
        const fake = await startFakePartnerCenter({ seed, initialReferrals: 5, customers: 5, clock });
        // A 1 ms overlap (the fake never stamps backwards, but writes may share a millisecond) and a
        // clock that moves between steps: the delta cursor, not a wide re-read, has to find every change.
        const r = await startRig({ shared: { fake, clock }, random, sync: { overlapMs: 1 } });
        const acked: Acked = { seqCount: 0, created: [], favorites: new Map() };
        try {
          await r.engine.syncNow();
          for (const [i, step] of steps.entries()) {
            clock.advance(1000 + (seed % 7) * 250);
            if (step.kind === 'local') await doLocal(r, step, i, acked);
            else if (step.kind === 'service') doService(r, step, i);
            else if (step.kind === 'fault') r.fake.faults.add(step.rule);
            else if (step.kind === 'race') await doRace(r, step, i, acked);
            else await r.engine.syncNow();
          }
          await cleanSync(r, random);
          checkInvariants(r, acked);
          tally(r);
          count('runs with a fault', steps.some((x) => x.kind === 'fault') ? 1 : 0);
        } finally {
          await r.close();
          await fake.close();
          const ms = performance.now() - t0;
          if (process.env.SYNC_PROPERTY_TRACE && ms > 50) process.stderr.write(`slow run ${Math.round(ms)} ms: ${JSON.stringify(steps)}\n`);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect(runs).toBeGreaterThanOrEqual(RUNS);
    if (process.env.SYNC_PROPERTY_STATS) process.stderr.write(`${JSON.stringify(Object.fromEntries(stats), null, 1)}\n`);
  }, 300_000);
});
