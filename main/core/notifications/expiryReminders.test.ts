import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '../../../shared/domain';
import { silentLogger } from '../logger';
import type { AppNotification } from '../ports';
import type { ExpiringReferral } from '../store/referralStore';
import { fakeTime } from '../testing/fakeTime';
import { createExpiryReminders } from './expiryReminders';

const T0 = Date.parse('2026-11-24T12:00:00.000Z');

function setup(referrals: ExpiringReferral[], persisted = new Set<string>()) {
  const time = fakeTime(T0);
  const shown: Array<{ at: number; n: AppNotification }> = [];
  const store = {
    receivedReferrals: () => referrals,
    sentKeys: () => new Set(persisted),
    markSent: (keys: string[]) => keys.forEach((k) => persisted.add(k)),
  };
  const config = { enabled: true, thresholdsMs: [3 * DAY_MS, DAY_MS, 4 * HOUR_MS], quietHours: null, timeZone: 'UTC' };
  const reminders = createExpiryReminders({
    clock: time.clock,
    timers: time.timers,
    store,
    logger: silentLogger,
    config: () => config,
    notifier: { show: (n) => shown.push({ at: time.clock.now().getTime() - T0, n }) },
  });
  return { time, shown, reminders, persisted, config };
}

const ref = (id: string, inMs: number): ExpiringReferral => ({
  id,
  name: id,
  customerName: 'C',
  expiresAt: new Date(T0 + inMs).toISOString(),
});

describe('expiry reminders', () => {
  it('sleeps until each threshold and holds a single timer', () => {
    const { time, shown, reminders } = setup([ref('a', 4 * DAY_MS)]);
    reminders.start();
    expect(shown).toHaveLength(0);
    expect(time.pending()).toBe(1);
    expect(reminders.nextWakeAt()?.getTime()).toBe(T0 + DAY_MS);
    time.advance(5 * DAY_MS);
    expect(shown.map((s) => s.at)).toEqual([DAY_MS, 3 * DAY_MS, 4 * DAY_MS - 4 * HOUR_MS]);
    expect(time.pending()).toBe(0);
  });

  it('a restart does not repeat what was shown before', () => {
    const first = setup([ref('a', 2 * DAY_MS)]);
    first.reminders.start();
    expect(first.shown).toHaveLength(1);
    first.reminders.stop();
    const second = setup([ref('a', 2 * DAY_MS)], first.persisted);
    second.reminders.start();
    expect(second.shown).toHaveLength(0);
  });

  it('a clock jump forward is caught by reschedule (e.g. after resume from sleep)', () => {
    const { time, shown, reminders } = setup([ref('a', 4 * DAY_MS)]);
    reminders.start();
    time.jump(3 * DAY_MS + HOUR_MS); // the laptop slept; the timer did not fire
    reminders.reschedule();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.n.title).toBe('Referral expires in 23 hours');
  });

  it('start-up sums missed thresholds into one notification', () => {
    const { shown, reminders } = setup([ref('a', HOUR_MS), ref('b', 2 * HOUR_MS)]);
    reminders.start();
    expect(shown).toHaveLength(1);
    expect(shown[0]?.n.kind).toBe('expirySummary');
  });

  it('turned off: shows nothing and arms no timer; turned on again: catches up', () => {
    const { time, shown, reminders, config } = setup([ref('a', 2 * DAY_MS)]);
    config.enabled = false;
    reminders.start();
    expect([shown.length, time.pending()]).toEqual([0, 0]);
    config.enabled = true;
    reminders.reschedule();
    expect(shown).toHaveLength(1);
  });

  it('a failing store is retried a minute later, not lost', () => {
    const { time, shown, reminders } = setup([]);
    let fail = true;
    const s = createExpiryReminders({
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
    reminders.stop();
  });
});
