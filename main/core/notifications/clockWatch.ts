import { every, type Clock, type Timers } from '../ports';

/**
 * Did the wall clock move differently from the monotonic clock between two checks? That is a clock
 * change (manual, NTP, a time zone trip) or a sleep the monotonic clock did not count. Pure.
 */
export function clockJumped(
  previous: { wallMs: number; monoMs: number },
  current: { wallMs: number; monoMs: number },
  toleranceMs: number,
): boolean {
  const drift = current.wallMs - previous.wallMs - (current.monoMs - previous.monoMs);
  return Math.abs(drift) > toleranceMs;
}

export type ClockWatchOptions = {
  clock: Clock;
  /** Milliseconds from a clock that never jumps (performance.now). */
  monotonic(): number;
  timers: Timers;
  onJump(): void;
  intervalMs?: number;
  toleranceMs?: number;
};

/**
 * Checks once a minute whether the wall clock jumped, and calls `onJump`: the notification timer
 * waits on the monotonic clock, so without this a clock set forward would fire hours late.
 */
export function createClockWatch(o: ClockWatchOptions): { start(): void; stop(): void } {
  const interval = o.intervalMs ?? 60_000;
  const tolerance = o.toleranceMs ?? 5_000;
  let stopWatching: (() => void) | null = null;
  let last = { wallMs: 0, monoMs: 0 };
  const sample = () => ({ wallMs: o.clock.now().getTime(), monoMs: o.monotonic() });
  const tick = () => {
    const now = sample();
    const jumped = clockJumped(last, now, tolerance);
    last = now;
    if (jumped) o.onJump();
  };
  return {
    start() {
      if (stopWatching) return;
      last = sample();
      stopWatching = every(o.timers, interval, tick);
    },
    stop() {
      stopWatching?.();
      stopWatching = null;
    },
  };
}
