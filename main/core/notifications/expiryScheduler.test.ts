import { describe, expect, it } from 'vitest';
import { silentLogger } from '../logger';
import { DAY_MS, HOUR_MS, type ExpiringReferral, type PlannedNotification } from './expiryPolicy';
import { createExpiryScheduler, type Timers } from './expiryScheduler';

const T0 = Date.parse('2026-11-24T12:00:00.000Z');

/** A fake clock with timers: advancing time fires due timers in order. */
function fakeTime() {
  let now = T0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const api: Timers = {
    setTimeout: (fn, ms) => {
      timers.set(++seq, { at: now + ms, fn });
      return seq;
    },
    clearTimeout: (h) => {
      timers.delete(h as number);
    },
  };
  return {
    clock: { now: () => new Date(now) },
    timers: api,
    pending: () => timers.size,
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const next = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!next || next[1].at > end) break;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].fn();
      }
      now = end;
    },
    jump(ms: number) {
      now += ms;
    },
  };
}

function setup(referrals: ExpiringReferral[], persisted = new Set<string>()) {
  const time = fakeTime();
  const shown: Array<{ at: number; n: PlannedNotification }> = [];
  const store = {
    receivedReferrals: () => referrals,
    sentKeys: () => new Set(persisted),
    markSent: (keys: string[]) => keys.forEach((k) => persisted.add(k)),
  };
  const config = { enabled: true, thresholdsMs: [3 * DAY_MS, DAY_MS, 4 * HOUR_MS], quietHours: null, timeZone: 'UTC' };
  const scheduler = createExpiryScheduler({
    clock: time.clock,
    timers: time.timers,
    store,
    logger: silentLogger,
    config: () => config,
    notifier: { show: (n) => shown.push({ at: time.clock.now().getTime() - T0, n }) },
  });
  return { time, shown, scheduler, persisted, config };
}

const ref = (id: string, inMs: number): ExpiringReferral => ({
  id,
  name: id,
  customerName: 'C',
  expiresAt: new Date(T0 + inMs).toISOString(),
});

describe('expiry scheduler', () => {
  it('sleeps until each threshold and holds a single timer', () => {
    const { time, shown, scheduler } = setup([ref('a', 4 * DAY_MS)]);
    scheduler.start();
    expect(shown).toHaveLength(0);
    expect(time.pending()).toBe(1);
    expect(scheduler.nextWakeAt()?.getTime()).toBe(T0 + DAY_MS);
    time.advance(5 * DAY_MS);
    expect(shown.map((s) => s.at)).toEqual([DAY_MS, 3 * DAY_MS, 4 * DAY_MS - 4 * HOUR_MS]);
    expect(time.pending()).toBe(0);
  });

  it('a restart does not repeat what was shown before', () => {
    const first = setup([ref('a', 2 * DAY_MS)]);
    first.scheduler.start();
    expect(first.shown).toHaveLength(1);
    first.scheduler.stop();
    const second = setup([ref('a', 2 * DAY_MS)], first.persisted);
    second.scheduler.start();
    expect(second.shown).toHaveLength(0);
  });

  it('a clock jump forward is caught by reschedule (e.g. after resume from sleep)', () => {
    const { time, shown, scheduler } = setup([ref('a', 4 * DAY_MS)]);
    scheduler.start();
    time.jump(3 * DAY_MS + HOUR_MS); // the laptop slept; the timer did not fire
    scheduler.reschedule();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.n.title).toBe('Referral expires in 23 h 0 min');
  });

  it('start-up sums missed thresholds into one notification', () => {
    const { shown, scheduler } = setup([ref('a', HOUR_MS), ref('b', 2 * HOUR_MS)]);
    scheduler.start();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.n.kind).toBe('expirySummary');
  });

  it('turned off: shows nothing and arms no timer; turned on again: catches up', () => {
    const { time, shown, scheduler, config } = setup([ref('a', 2 * DAY_MS)]);
    config.enabled = false;
    scheduler.start();
    expect([shown.length, time.pending()]).toEqual([0, 0]);
    config.enabled = true;
    scheduler.reschedule();
    expect(shown).toHaveLength(1);
  });

  it('a failing store is retried a minute later, not lost', () => {
    const { time, shown, scheduler } = setup([]);
    let fail = true;
    const s = createExpiryScheduler({
      clock: time.clock,
      timers: time.timers,
      logger: silentLogger,
      config: () => ({ enabled: true, thresholdsMs: [DAY_MS], quietHours: null, timeZone: 'UTC' }),
      notifier: { show: (n) => shown.push({ at: 0, n }) },
      store: {
        receivedReferrals: () => {
          if (fail) throw new Error('disk busy');
          return [ref('a', HOUR_MS)];
        },
        sentKeys: () => new Set(),
        markSent: () => {},
      },
    });
    s.start();
    expect(shown).toHaveLength(0);
    fail = false;
    time.advance(60_000);
    expect(shown).toHaveLength(1);
    scheduler.stop();
  });
});
