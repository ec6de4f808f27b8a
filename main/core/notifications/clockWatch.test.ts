import { describe, expect, it } from 'vitest';
import { clockJumped, createClockWatch } from './clockWatch';
import type { Timers } from '../ports';

describe('clock jump', () => {
  it('is a difference between wall and monotonic time beyond the tolerance, either way', () => {
    const a = { wallMs: 1_000_000, monoMs: 500 };
    expect(clockJumped(a, { wallMs: 1_060_000, monoMs: 60_500 }, 5_000)).toBe(false);
    expect(clockJumped(a, { wallMs: 1_063_000, monoMs: 60_500 }, 5_000)).toBe(false);
    expect(clockJumped(a, { wallMs: 1_000_000 + 2 * 3_600_000, monoMs: 60_500 }, 5_000)).toBe(true);
    expect(clockJumped(a, { wallMs: 1_000_000 - 3_600_000, monoMs: 60_500 }, 5_000)).toBe(true);
  });

  it('the watch calls onJump once per jump and keeps one timer', () => {
    let wall = 0;
    let mono = 0;
    const pending = new Map<number, () => void>();
    let seq = 0;
    const timers: Timers = { setTimeout: (fn) => (pending.set(++seq, fn), seq), clearTimeout: (h) => pending.delete(h as number) };
    const fire = () => {
      const [[h, fn]] = [...pending.entries()] as [[number, () => void]];
      pending.delete(h);
      fn();
    };
    let jumps = 0;
    const watch = createClockWatch({ clock: { now: () => new Date(wall) }, monotonic: () => mono, timers, onJump: () => jumps++ });
    watch.start();
    wall += 60_000;
    mono += 60_000;
    fire();
    expect(jumps).toBe(0);
    wall += 60_000 + 86_400_000;
    mono += 60_000;
    fire();
    expect(jumps).toBe(1);
    wall += 60_000;
    mono += 60_000;
    fire();
    expect([jumps, pending.size]).toEqual([1, 1]);
    watch.stop();
    expect(pending.size).toBe(0);
  });
});
