import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '../../../shared/domain';
import type { ExpiringReferral } from '../store/referralStore';
import { DEFAULT_THRESHOLDS_MS, planExpiryNotifications, sentKey, type ExpiryPlanInput } from './expiryPolicy';
import { isQuiet, quietEndsAt } from './quietHours';

const T0 = Date.parse('2026-11-24T12:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms);
const ref = (id: string, expiresInMs: number): ExpiringReferral => ({
  id,
  name: `Deal ${id}`,
  customerName: `Customer ${id}`,
  expiresAt: at(expiresInMs).toISOString(),
});

const plan = (over: Partial<ExpiryPlanInput>) =>
  planExpiryNotifications({
    referrals: [],
    sent: new Set(),
    now: at(0),
    thresholdsMs: DEFAULT_THRESHOLDS_MS,
    quietHours: null,
    timeZone: 'UTC',
    startup: false,
    ...over,
  });

/** Runs the policy as the scheduler would: wake at nextWakeAt, record what was shown. */
function simulate(referrals: ExpiringReferral[], untilMs: number, sent = new Set<string>()) {
  const shown: Array<{ at: number; title: string; keys: string[] }> = [];
  let now = 0;
  for (let guard = 0; guard < 10_000; guard++) {
    const p = plan({ referrals, sent, now: at(now) });
    for (const n of p.notifications) {
      shown.push({ at: now, title: n.title, keys: n.keys });
      n.keys.forEach((k) => sent.add(k));
    }
    if (!p.nextWakeAt || p.nextWakeAt.getTime() - T0 > untilMs) break;
    now = p.nextWakeAt.getTime() - T0;
  }
  return { shown, sent };
}

describe('expiry notifications', () => {
  it('fires at 3 days, 1 day and 4 hours before expiry, once each', () => {
    const { shown } = simulate([ref('a', 5 * DAY_MS)], 6 * DAY_MS);
    expect(shown.map((s) => s.at)).toEqual([2 * DAY_MS, 4 * DAY_MS, 5 * DAY_MS - 4 * HOUR_MS]);
    expect(shown.map((s) => s.title)).toEqual(['Referral expires in 3 days', 'Referral expires in 1 day', 'Referral expires in 4 hours']);
  });

  it('sleeps until the next due time instead of polling', () => {
    expect(plan({ referrals: [ref('a', 5 * DAY_MS)] }).nextWakeAt?.getTime()).toBe(T0 + 2 * DAY_MS);
    expect(plan({ referrals: [] }).nextWakeAt).toBeNull();
  });

  it('a restart with the remembered keys shows nothing twice', () => {
    const first = simulate([ref('a', 2 * DAY_MS)], 0);
    expect(first.shown).toHaveLength(1);
    const again = plan({ referrals: [ref('a', 2 * DAY_MS)], sent: first.sent, startup: true });
    expect(again.notifications).toEqual([]);
  });

  it('a clock jump past several thresholds shows one notification for that referral, naming the time left', () => {
    const p = plan({ referrals: [ref('a', 3 * HOUR_MS)] });
    expect(p.notifications).toHaveLength(1);
    expect(p.notifications[0]?.keys.sort()).toEqual([sentKey('a', 3 * DAY_MS), sentKey('a', DAY_MS), sentKey('a', 4 * HOUR_MS)].sort());
    expect(p.notifications[0]?.title).toBe('Referral expires in 3 hours');
    expect(p.notifications[0]?.body).toContain('Deal a — Customer a');
  });

  it('nothing is shown for a referral that has already expired', () => {
    expect(plan({ referrals: [ref('a', -1)] }).notifications).toEqual([]);
  });

  it('what came due while the app was closed is summed up in one notification at start', () => {
    const p = plan({
      referrals: [ref('a', 2 * HOUR_MS), ref('b', 20 * HOUR_MS), ref('c', 2 * DAY_MS), ref('d', 10 * DAY_MS)],
      startup: true,
    });
    expect(p.notifications).toHaveLength(1);
    expect(p.notifications[0]).toMatchObject({ kind: 'expirySummary', title: '3 referrals are about to expire', referralId: 'a' });
    expect(p.notifications[0]?.body).toBe('Deal a, Deal b, Deal c. The first expires in 2 hours.');
    // Once running, the same situation shows each referral on its own.
    expect(plan({ referrals: [ref('a', 2 * HOUR_MS), ref('b', 20 * HOUR_MS)] }).notifications).toHaveLength(2);
  });

  it('keeps quiet during quiet hours and wakes when they end', () => {
    // 23:30 in Berlin (UTC+1 in November): quiet 22:00–07:00 ends at 06:00Z.
    const now = new Date('2026-11-24T22:30:00.000Z');
    const p = planExpiryNotifications({
      referrals: [{ id: 'a', name: 'A', customerName: 'C', expiresAt: new Date(now.getTime() + 2 * HOUR_MS).toISOString() }],
      sent: new Set(),
      now,
      thresholdsMs: DEFAULT_THRESHOLDS_MS,
      quietHours: { start: '22:00', end: '07:00' },
      timeZone: 'Europe/Berlin',
      startup: false,
    });
    expect(p.notifications).toEqual([]);
    expect(p.nextWakeAt?.toISOString()).toBe('2026-11-25T06:00:00.000Z');
  });

  it('quiet hours follow the local clock across a DST change', () => {
    const quiet = { start: '22:00', end: '07:00' };
    // Night of 28–29 March 2026, Europe/Berlin springs forward at 02:00 → 03:00: 07:00 local is 05:00Z, not 06:00Z.
    expect(quietEndsAt(new Date('2026-03-28T22:00:00.000Z'), quiet, 'Europe/Berlin').toISOString()).toBe('2026-03-29T05:00:00.000Z');
    // Night of 24–25 October 2026 falls back: 07:00 local is 06:00Z.
    expect(quietEndsAt(new Date('2026-10-24T22:00:00.000Z'), quiet, 'Europe/Berlin').toISOString()).toBe('2026-10-25T06:00:00.000Z');
    expect(isQuiet(new Date('2026-11-24T12:00:00.000Z'), quiet, 'Europe/Berlin')).toBe(false);
    expect(isQuiet(new Date('2026-11-24T12:00:00.000Z'), { start: '09:00', end: '17:00' }, 'Europe/Berlin')).toBe(true);
    expect(isQuiet(new Date('2026-11-24T12:00:00.000Z'), null, 'UTC')).toBe(false);
  });

  it('handles 1,000 referrals: every threshold shown exactly once', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ref(`r${i}`, HOUR_MS + ((i * 7919) % (6 * DAY_MS))));
    const { shown, sent } = simulate(many, 7 * DAY_MS);
    const keys = shown.flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
    // Every (referral, threshold) whose due time was still ahead of expiry at start is covered.
    const expected = many.flatMap((r) => DEFAULT_THRESHOLDS_MS.filter(() => Date.parse(r.expiresAt) > T0).map((t) => sentKey(r.id, t)));
    expect([...sent].sort()).toEqual(expected.sort());
  });
});
