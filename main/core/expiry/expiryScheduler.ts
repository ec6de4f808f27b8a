import type { Clock, Logger } from '../ports';

/** Longest wait between checks, so a clock jump (sleep, manual change, time zone trip) is caught within an hour. */
export const MAX_EXPIRY_WAIT_MS = 60 * 60 * 1000;
/** Shortest wait, so a referral the lifecycle refuses to expire can never spin the timer. */
export const MIN_EXPIRY_WAIT_MS = 1000;

/** How long to wait before the next expiry check. Pure, for the scheduler and its test. */
export function expiryDelayMs(nextAt: string | null, nowMs: number): number {
  if (nextAt === null) return MAX_EXPIRY_WAIT_MS;
  const delta = Date.parse(nextAt) - nowMs;
  return Math.min(MAX_EXPIRY_WAIT_MS, Math.max(MIN_EXPIRY_WAIT_MS, delta));
}

export type TimerApi = {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
};

const nodeTimers: TimerApi = {
  set: (fn, ms) => setTimeout(fn, ms).unref(),
  clear: (h) => clearTimeout(h as NodeJS.Timeout),
};

/**
 * One timer for the next expiry. `arm()` is called at open and after every change; it replaces the
 * pending timer. The timer is unref'd: it never keeps a process (a test, the CLI host) alive.
 */
export function createExpiryScheduler(deps: { run(): void; nextAt(): string | null; clock: Clock; logger: Logger; timers?: TimerApi }) {
  const timers = deps.timers ?? nodeTimers;
  let handle: unknown = null;
  let stopped = false;
  const arm = () => {
    if (stopped) return;
    if (handle !== null) timers.clear(handle);
    handle = timers.set(
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
      if (handle !== null) timers.clear(handle);
      handle = null;
    },
  };
}
