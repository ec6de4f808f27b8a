import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter } from './backoff';

const policy = { baseMs: 500, capMs: 60_000 };

describe('backoffDelay (full jitter)', () => {
  it('stays in [0, min(cap, base·2^attempt)) and spans it with the random draw', () => {
    expect(backoffDelay(0, () => 0, policy)).toBe(0);
    expect(backoffDelay(0, () => 0.999, policy)).toBe(499);
    expect(backoffDelay(3, () => 0.5, policy)).toBe(2000);
    expect(backoffDelay(20, () => 0.5, policy)).toBe(30_000);
    fc.assert(
      fc.property(fc.nat(100), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, r) => {
        const d = backoffDelay(attempt, () => r, policy);
        return d >= 0 && d < Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(attempt, 30)) + 1;
      }),
    );
  });

  it('never retries before Retry-After, even when the jitter draws lower', () => {
    expect(backoffDelay(0, () => 0, policy, 3000)).toBe(3000);
    expect(backoffDelay(10, () => 0.9, policy, 3000)).toBe(54_000);
    fc.assert(fc.property(fc.nat(40), fc.nat(600_000), (attempt, after) => backoffDelay(attempt, Math.random, policy, after) >= after));
  });

  it('tolerates odd inputs (negative attempt, a random outside [0,1))', () => {
    expect(backoffDelay(-3, () => 0.5, policy)).toBe(250);
    expect(backoffDelay(1, () => 7, policy)).toBe(1000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-24T12:00:00Z');
  it('reads delta-seconds and HTTP dates; anything else is null', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Tue, 24 Nov 2026 12:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
  });
});
