import { HOUR_MS } from '../../../shared/domain';
import type { Clock, Logger, Timers } from '../ports';

/** Longest wait between checks, so a clock jump (sleep, manual change, time zone trip) is caught within an hour. */
export const MAX_EXPIRY_WAIT_MS = HOUR_MS;
/** Shortest wait, so a referral the lifecycle refuses to expire can never spin the timer. */
export const MIN_EXPIRY_WAIT_MS = 1000;

/** How long to wait before the next expiry check. Pure, for the timer and its test. */
export function expiryDelayMs(nextAt: string | null, nowMs: number): number {
  if (nextAt === null) return MAX_EXPIRY_WAIT_MS;
  const delta = Date.parse(nextAt) - nowMs;
  return Math.min(MAX_EXPIRY_WAIT_MS, Math.max(MIN_EXPIRY_WAIT_MS, delta));
}

export type ExpiryTimerDeps = {
  /** Applies local expiry now (applyExpiry.ts). */
  run(): void;
  /** When the next Received referral expires, or null. */
  nextAt(): string | null;
  clock: Clock;
  logger: Logger;
  timers: Timers;
};

/**
 * The lifecycle's expiry timer (SPEC F1): one timer for the next referral to expire. `arm()` is called
 * at open and after every change; it replaces the pending timer. The expiry reminders (notifications)
 * are another scheduler: notifications/expiryReminders.ts.
 */
export function createExpiryTimer(deps: ExpiryTimerDeps) {
  const { timers } = deps;
  let handle: unknown = null;
  let stopped = false;
  const arm = () => {
    if (stopped) return;
    if (handle !== null) timers.clearTimeout(handle);
    handle = timers.setTimeout(
      () => {
        handle = null;
        try {
          deps.run();
        } catch (err) {
          deps.logger.error('expiry check failed', err);
        }
        arm();
      },
      expiryDelayMs(deps.nextAt(), deps.clock.now().getTime()),
    );
  };
  return {
    arm,
    stop() {
      stopped = true;
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
    },
  };
}

export type ExpiryTimer = ReturnType<typeof createExpiryTimer>;
