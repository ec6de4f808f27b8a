import type { Clock, Timers } from '../ports';

/**
 * Wall clock, monotonic clock and timers moved by a test. Timers run on the monotonic clock, as real ones
 * do: `advance` moves both clocks and fires what comes due in order; `jump` moves only the wall clock (a
 * clock change, or a sleep the timers did not see).
 */
export type FakeTime = {
  clock: Clock;
  timers: Timers;
  monotonic(): number;
  /** Timers armed and not yet fired or cleared. */
  pending(): number;
  advance(ms: number): void;
  jump(ms: number): void;
};

export function fakeTime(startMs: number): FakeTime {
  let wall = startMs;
  let mono = 0;
  let seq = 0;
  const armed = new Map<number, { at: number; fn: () => void }>();
  return {
    clock: { now: () => new Date(wall) },
    timers: {
      setTimeout: (fn, ms) => {
        armed.set(++seq, { at: mono + ms, fn });
        return seq;
      },
      clearTimeout: (handle) => void armed.delete(handle as number),
    },
    monotonic: () => mono,
    pending: () => armed.size,
    advance(ms) {
      const end = mono + ms;
      for (;;) {
        const next = [...armed.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!next || next[1].at > end) break;
        armed.delete(next[0]);
        wall += next[1].at - mono;
        mono = next[1].at;
        next[1].fn();
      }
      wall += end - mono;
      mono = end;
    },
    jump(ms) {
      wall += ms;
    },
  };
}
