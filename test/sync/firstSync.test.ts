import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../main/core/store/database';
import { DEFERRED_INDEXES_KEY } from '../../main/core/store/deferredIndexes';
import { RemoteError, type RemoteApi } from '../../main/core/sync/remoteApi';
import { newDeal } from '../../main/core/testing/fixtures';
import { serviceReferrals, startRig, type Rig } from './syncRig';

/**
 * The first download into an empty list loads without the list's nine indexes and builds them once
 * after the last page (pull.ts, store/deferredIndexes.ts). What must hold: the list answers during
 * the load, every page is sound on its own (integrity, search index in step), and however the pass
 * ends the indexes are back.
 */
const rigs: Rig[] = [];
afterEach(async () => {
  await Promise.all(rigs.splice(0).map((r) => r.close()));
});

const listIndexes = (r: Rig): string[] =>
  (
    r
      .raw()
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'referrals' AND sql IS NOT NULL ORDER BY name")
      .all() as { name: string }[]
  ).map((x) => x.name);
const deferred = (r: Rig) => r.raw().prepare('SELECT value FROM meta WHERE key = ?').get(DEFERRED_INDEXES_KEY);
const count = (r: Rig) => (r.raw().prepare('SELECT count(*) AS n FROM referrals').get() as { n: number }).n;

/**
 * integrity_check and the search index's own check, on a connection of its own: a long-lived second
 * connection's integrity_check can read FTS5 structure it cached before the engine's last commit.
 */
function expectSound(r: Rig): void {
  const db = new Sqlite(join(r.dir, DB_FILE_NAME));
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.exec("INSERT INTO referrals_fts (referrals_fts, rank) VALUES ('integrity-check', 1)");
  } finally {
    db.close();
  }
}

/** Calls `during(n)` before the n-th list request (1-based) goes out; page n-2 is written by then (the engine goes on meanwhile). */
function spyOnList(during: (call: number) => Promise<void> | void, fail?: (call: number) => boolean) {
  let calls = 0;
  return (api: RemoteApi): RemoteApi => ({
    ...api,
    async listReferrals(from, signal) {
      calls += 1;
      await during(calls);
      if (fail?.(calls)) throw new RemoteError('http', 'The service refused the page.', 400);
      return api.listReferrals(from, signal);
    },
  });
}

/**
 * Each test is a first sync of 250 to 450 referrals, with the list read and checked between pages: 0.5 to
 * 1.4 s on an idle 2-core machine, over vitest's default 5 s with the machine loaded (load 5 to 13, as when
 * several suites share CI's two cores). Still a bound on a pass that hangs.
 */
const firstSync = { timeout: 30_000 };

describe('first sync into an empty list', firstSync, () => {
  it('loads without the list indexes while the list stays usable, then builds them once', async () => {
    const seen: { call: number; indexes: number; flagged: boolean; rows: number; listed: number; found: number }[] = [];
    const r: Rig = await startRig({
      fake: { initialReferrals: 450 },
      wrapApi: spyOnList(async (call) => {
        if (call < 3) return;
        const page = await r.call('referrals:list', {
          tab: 'inbound',
          stages: ['received', 'accepted'],
          sort: { column: 'closingDateTime', direction: 'asc' },
          limit: 50,
        });
        const stored = r.raw().prepare('SELECT direction, customer_name FROM referrals LIMIT 1').get() as {
          direction: 'inbound' | 'outbound';
          customer_name: string;
        };
        const search = await r.call('referrals:list', { tab: stored.direction, search: stored.customer_name.split(' ')[0]!, limit: 50 });
        expectSound(r);
        seen.push({
          call,
          indexes: listIndexes(r).length,
          flagged: deferred(r) !== undefined,
          rows: count(r),
          listed: page.items.length,
          found: search.total,
        });
      }),
    });
    rigs.push(r);
    const names = listIndexes(r);
    expect(names).toHaveLength(11); // one per sort column (migration 0005), counts, expiry, insights (0008)

    const status = await r.engine.syncNow();
    expect(status.lastError).toBeNull();
    expect(seen.length).toBeGreaterThanOrEqual(3);
    for (const s of seen) {
      expect(s, `before list request ${s.call}`).toMatchObject({ indexes: 0, flagged: true });
      // Whole pages only: each one commits on its own.
      expect(s.rows % 100).toBe(0);
      expect(s.rows).toBeGreaterThanOrEqual((s.call - 2) * 100);
      expect(s.listed).toBeGreaterThan(0);
      expect(s.found).toBeGreaterThan(0);
    }
    expect(listIndexes(r)).toEqual(names);
    expect(deferred(r)).toBeUndefined();
    expectSound(r);
    const service = serviceReferrals(r.fake);
    expect(count(r)).toBe(service.length);
    for (const s of service) expect(r.local(s.id), s.id).toEqual(s);
  });

  it('a pass cut short gets the indexes back at once; the next pass finishes the download with them', async () => {
    const r = await startRig({
      fake: { initialReferrals: 450 },
      wrapApi: spyOnList(
        () => {},
        (call) => call === 4,
      ),
    });
    rigs.push(r);
    const names = listIndexes(r);
    const first = await r.engine.syncNow();
    expect(first.lastError).not.toBeNull();
    expect(count(r)).toBeGreaterThan(0);
    expect(listIndexes(r)).toEqual(names);
    expect(deferred(r)).toBeUndefined();
    expectSound(r);

    await r.engine.syncNow();
    expect(listIndexes(r)).toEqual(names);
    for (const s of serviceReferrals(r.fake)) expect(r.local(s.id), s.id).toEqual(s);
  });

  it('keeps the indexes when the list is not empty, and on every later pass', async () => {
    const indexesDuring: number[] = [];
    const r: Rig = await startRig({
      fake: { initialReferrals: 250 },
      wrapApi: spyOnList((call) => {
        if (call >= 3) indexesDuring.push(listIndexes(r).length);
      }),
    });
    rigs.push(r);
    // A deal created offline before the first sync: the list is not empty.
    await r.call('referrals:create', { deal: newDeal({ name: 'Made before the first sync' }) });
    await r.engine.syncNow();
    expect(indexesDuring.length).toBeGreaterThan(0);
    expect(indexesDuring.every((n) => n === 11)).toBe(true);
    await r.engine.syncNow();
    expect(listIndexes(r)).toHaveLength(11);
    expect(deferred(r)).toBeUndefined();
    expectSound(r);
  });
});
