import { backoffDelay, type BackoffPolicy } from './backoff';
import { RemoteError } from './remoteApi';

export type RetryOptions = {
  policy: BackoffPolicy;
  /** Tries per call within one pass, the first included. */
  maxAttempts: number;
  /** A wait longer than this ends the pass for this work instead of holding it (a later pass retries). */
  maxInlineDelayMs: number;
  random: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
};

/** A retryable failure that outlasted this pass's tries: try again after `delayMs`. */
export class RetryLater extends Error {
  constructor(
    readonly failure: RemoteError,
    readonly delayMs: number,
  ) {
    super(failure.message);
    this.name = 'RetryLater';
  }

  /** The network or the whole service is the problem (not one deal): stop sending for now. */
  get serviceWide(): boolean {
    return this.failure.kind === 'network' || this.failure.kind === 'timeout' || this.failure.status === 429 || this.failure.status === 503;
  }
}

/**
 * Runs a call, retrying retryable failures (network, timeout, malformed reply, 408/429/5xx) with full
 * jitter and Retry-After. A write is safe to repeat because it carries the same request-id each time.
 * Other failures are thrown as they are.
 */
export async function withRetry<T>(call: () => Promise<T>, o: RetryOptions, onFailure?: (e: RemoteError) => void): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      if (!(e instanceof RemoteError) || !e.retryable) throw e;
      onFailure?.(e);
      const delay = backoffDelay(attempt, o.random, o.policy, e.retryAfterMs);
      if (attempt + 1 >= o.maxAttempts || delay > o.maxInlineDelayMs) throw new RetryLater(e, delay);
      try {
        await o.sleep(delay, o.signal);
      } catch {
        throw new RemoteError('aborted', 'The sync was stopped.');
      }
    }
  }
}
