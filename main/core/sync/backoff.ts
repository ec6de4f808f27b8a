/**
 * Retry timing. Full jitter (a random delay between 0 and an exponentially growing ceiling) spreads
 * retries from many laptops coming back online at once; a Retry-After from the service is a floor,
 * never shortened by the jitter.
 */
export type BackoffPolicy = {
  /** Ceiling of the first retry's delay. */
  baseMs: number;
  /** The ceiling stops growing here. */
  capMs: number;
};

export const defaultBackoff: BackoffPolicy = { baseMs: 500, capMs: 60_000 };

/** Delay before retry number `attempt` (0 = the first retry). `random` returns [0, 1). */
export function backoffDelay(
  attempt: number,
  random: () => number,
  policy: BackoffPolicy = defaultBackoff,
  retryAfterMs: number | null = null,
): number {
  const exponent = Math.min(Math.max(0, Math.floor(attempt)), 30);
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  const jittered = Math.floor(Math.min(Math.max(random(), 0), 1) * ceiling);
  return retryAfterMs === null ? jittered : Math.max(Math.ceil(retryAfterMs), jittered);
}

/**
 * Retry-After is either delta-seconds or an HTTP date (RFC 9110). Returns milliseconds from `nowMs`,
 * or null when absent or unreadable (then the jittered delay alone applies).
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}
