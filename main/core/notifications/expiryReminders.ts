import type { Clock, Logger, Notifier, Timers } from '../ports';
import type { ExpiringReferral } from '../store/referralStore';
import { planExpiryNotifications, type SentKey } from './expiryPolicy';
import type { QuietHours } from './quietHours';
import type { Words } from '../i18n/mainWords';

/** What the reminders need from the store: Received referrals and which keys were shown (persisted). */
export type ExpiryReminderStore = {
  receivedReferrals(): ExpiringReferral[];
  sentKeys(): Set<SentKey>;
  markSent(keys: SentKey[], at: string): void;
};

export type ExpiryRemindersOptions = {
  clock: Clock;
  timers: Timers;
  store: ExpiryReminderStore;
  notifier: Notifier;
  logger: Logger;
  /** Read on every run, so a settings change applies at the next reschedule. */
  config(): { enabled: boolean; thresholdsMs: number[]; quietHours: QuietHours; timeZone: string; words?: Words };
};

export type ExpiryReminders = {
  /** First run: what came due while the app was closed is summed up in one notification. */
  start(): void;
  /** Run now and re-arm: call on data changes, settings changes, clock jumps and resume from sleep. */
  reschedule(): void;
  stop(): void;
  /** When the reminders wake next (null when nothing is pending or they are stopped). */
  nextWakeAt(): Date | null;
};

// setTimeout cannot wait longer than 2^31-1 ms; a longer sleep is split, it is not a polling loop.
const MAX_SLEEP_MS = 2 ** 31 - 1;

/**
 * The expiry reminders (SPEC F5): "Referral expires in 3 days", 1 day, 4 hours, each shown once per
 * referral and threshold. Sleeps until the next one is due. Expiring the referral itself is the
 * lifecycle's expiry timer (expiry/expiryTimer.ts), not this.
 */
export function createExpiryReminders(o: ExpiryRemindersOptions): ExpiryReminders {
  let handle: unknown = null;
  let wakeAt: Date | null = null;
  let running = false;

  const arm = (at: Date | null) => {
    if (handle !== null) o.timers.clearTimeout(handle);
    handle = null;
    wakeAt = at;
    if (!at || !running) return;
    const ms = Math.min(MAX_SLEEP_MS, Math.max(0, at.getTime() - o.clock.now().getTime()));
    handle = o.timers.setTimeout(() => run(false), ms);
  };

  const run = (startup: boolean) => {
    if (!running) return;
    const cfg = o.config();
    if (!cfg.enabled) {
      arm(null);
      return;
    }
    try {
      const now = o.clock.now();
      const plan = planExpiryNotifications({
        referrals: o.store.receivedReferrals(),
        sent: o.store.sentKeys(),
        now,
        thresholdsMs: cfg.thresholdsMs,
        quietHours: cfg.quietHours,
        timeZone: cfg.timeZone,
        startup,
        words: cfg.words,
      });
      for (const n of plan.notifications) {
        // Recorded before showing: a crash between the two loses one notification rather than repeating it forever.
        o.store.markSent(n.keys, now.toISOString());
        o.notifier.show(n);
      }
      arm(plan.nextWakeAt);
    } catch (err) {
      o.logger.error('expiry notifications failed; retrying in a minute', err);
      arm(new Date(o.clock.now().getTime() + 60_000));
    }
  };

  return {
    start() {
      running = true;
      run(true);
    },
    reschedule() {
      run(false);
    },
    stop() {
      running = false;
      arm(null);
    },
    nextWakeAt: () => wakeAt,
  };
}
