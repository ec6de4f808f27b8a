import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../testing/tempWorkspace';
import { expiryDelayMs, MAX_EXPIRY_WAIT_MS, MIN_EXPIRY_WAIT_MS } from './expiryTimer';

let t: TestWorkspace | null = null;
afterEach(() => {
  t?.close();
  t = null;
  vi.useRealTimers();
});

async function nextToExpire(w: TestWorkspace) {
  const page = await w.call('referrals:list', {
    tab: 'inbound',
    stages: ['received'],
    sort: { column: 'expirationDateTime', direction: 'asc' },
    limit: 1,
  });
  return page.items[0]!;
}

describe('local expiry', () => {
  it('at open, expires the Received referrals already past their time, offline, without queuing anything', async () => {
    t = tempWorkspace({ demoCount: 400, seed: 8 });
    const expired = t
      .raw()
      .prepare("SELECT id FROM referrals WHERE substatus = 'Expired' AND id IN (SELECT referral_id FROM history WHERE actor = 'system')")
      .all() as { id: string }[];
    expect(expired.length).toBeGreaterThan(0);
    const d = await t.call('referrals:get', { id: expired[0]!.id });
    expect(d).toMatchObject({ stage: 'archived', syncState: 'synced', pendingChanges: 0 });
    expect(d.referral.substatus).toBe('Expired');
    expect(d.history[0]).toMatchObject({
      action: 'expire',
      actor: 'system',
      synced: false,
      changes: expect.arrayContaining([{ field: 'substatus', from: expect.any(String), to: 'Expired' }]),
    });
    expect(t.raw().prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 0 });
    expect((await t.call('sync:status', {})).online).toBe(false);
    // Nothing still Received is past its time.
    expect(Date.parse((await nextToExpire(t)).expirationDateTime!)).toBeGreaterThan(t.clock.now().getTime());
  });

  it('leaves a referral alone one minute before its time and expires it once the time has passed', async () => {
    t = tempWorkspace({ demoCount: 300, seed: 9 });
    const next = await nextToExpire(t);
    const at = Date.parse(next.expirationDateTime!);
    t.clock.set(new Date(at - 60_000));
    expect(t.ws.applyExpiry()).toBe(0);
    expect((await t.call('referrals:get', { id: next.id })).stage).toBe('received');

    t.clock.set(new Date(at + 1));
    t.changed.length = 0;
    expect(t.ws.applyExpiry()).toBeGreaterThanOrEqual(1);
    const d = await t.call('referrals:get', { id: next.id });
    expect(d.referral.substatus).toBe('Expired');
    expect(t.changed[0]!.ids).toContain(next.id);
    const archived = (
      await t.call('referrals:list', {
        tab: 'inbound',
        stages: ['archived'],
        limit: 500,
        sort: { column: 'updatedDateTime', direction: 'desc' },
      })
    ).items;
    expect(archived.find((r) => r.id === next.id)).toMatchObject({ stage: 'archived', substatus: 'Expired', expirationDateTime: null });
    expect(t.ws.applyExpiry()).toBe(0);
    t.raw().exec("INSERT INTO referrals_fts (referrals_fts, rank) VALUES ('integrity-check', 1)");
  });

  it('the timer expires a referral when its time comes, and close() stops it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    t = tempWorkspace({ demoCount: 300, seed: 10 });
    const next = await nextToExpire(t);
    const wait = Date.parse(next.expirationDateTime!) - t.clock.now().getTime();
    expect(vi.getTimerCount()).toBe(1);
    t.clock.advance(Math.min(wait, MAX_EXPIRY_WAIT_MS) + 1);
    vi.advanceTimersByTime(Math.min(wait, MAX_EXPIRY_WAIT_MS) + 1);
    if (wait > MAX_EXPIRY_WAIT_MS) {
      // Woken early by the one-hour cap: re-armed for the rest.
      t.clock.set(new Date(Date.parse(next.expirationDateTime!) + 1));
      vi.advanceTimersByTime(MAX_EXPIRY_WAIT_MS);
    }
    expect((await t.call('referrals:get', { id: next.id })).referral.substatus).toBe('Expired');
    t.ws.close();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('expiryDelayMs', () => {
  const now = Date.parse('2026-11-24T10:00:00Z');
  it('waits until the next expiry, at least a second and at most an hour', () => {
    expect(expiryDelayMs('2026-11-24T10:05:00.000Z', now)).toBe(5 * 60_000);
    expect(expiryDelayMs('2026-11-25T10:00:00.000Z', now)).toBe(MAX_EXPIRY_WAIT_MS);
    expect(expiryDelayMs('2026-11-24T09:00:00.000Z', now)).toBe(MIN_EXPIRY_WAIT_MS);
    expect(expiryDelayMs(null, now)).toBe(MAX_EXPIRY_WAIT_MS);
  });
});
