import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../store/database';
import { RemoteError } from './remoteApi';
import { RetryLater, withRetry, type RetryOptions } from './retry';
import { withoutFsync } from './syncDeps';

const options = (sleeps: number[], o: Partial<RetryOptions> = {}): RetryOptions => ({
  policy: { baseMs: 100, capMs: 1000 },
  maxAttempts: 3,
  maxInlineDelayMs: 5000,
  random: () => 0.5,
  sleep: async (ms) => void sleeps.push(ms),
  ...o,
});

describe('withRetry', () => {
  it('retries retryable failures with backoff and Retry-After, then succeeds', async () => {
    const sleeps: number[] = [];
    const failures = [new RemoteError('network', 'down'), new RemoteError('http', 'busy', 429, 'TooManyRequests', 2000)];
    const seen: string[] = [];
    const result = await withRetry(
      async () => {
        const f = failures.shift();
        if (f) throw f;
        return 'ok';
      },
      options(sleeps),
      (e) => seen.push(e.kind),
    );
    expect(result).toBe('ok');
    expect(sleeps).toEqual([50, 2000]);
    expect(seen).toEqual(['network', 'http']);
  });

  it('gives up after maxAttempts, or at once when the wait is longer than a pass should hold, as RetryLater', async () => {
    const always = (e: RemoteError) => () => Promise.reject(e);
    const later = await withRetry(always(new RemoteError('http', 'x', 500)), options([])).catch((e: unknown) => e);
    expect(later).toBeInstanceOf(RetryLater);
    expect((later as RetryLater).serviceWide).toBe(false);
    const sleeps: number[] = [];
    const long = await withRetry(always(new RemoteError('http', 'wait', 503, 'ServiceUnavailable', 60_000)), options(sleeps)).catch(
      (e: unknown) => e,
    );
    expect(sleeps).toEqual([]);
    expect(long).toMatchObject({ delayMs: 60_000, serviceWide: true });
  });

  it('does not retry refusals (4xx) or a stopped sync', async () => {
    const calls: number[] = [];
    const refusal = new RemoteError('http', 'bad', 400, 'ValidationFailed');
    await expect(withRetry(() => (calls.push(1), Promise.reject(refusal)), options([]))).rejects.toBe(refusal);
    expect(calls).toHaveLength(1);
    const stop = new AbortController();
    stop.abort();
    await expect(
      withRetry(
        () => Promise.reject(new RemoteError('network', 'x')),
        options([], { sleep: () => Promise.reject(new Error('aborted')), signal: stop.signal }),
      ),
    ).rejects.toMatchObject({ kind: 'aborted' });
  });
});

describe('withoutFsync', () => {
  it('relaxes synchronous only for the work, and restores FULL even when the work throws', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cosell-fsync-'));
    const db = openDatabase(join(dir, 'x.db'));
    try {
      expect(withoutFsync(db, () => db.pragma('synchronous', { simple: true }))).toBe(1);
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(() =>
        withoutFsync(db, () => {
          throw new Error('boom');
        }),
      ).toThrow('boom');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
