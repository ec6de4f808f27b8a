import { createHash, timingSafeEqual } from 'node:crypto';
import type { Result } from '../../shared/ipc';

/**
 * The web host's request rules, pure so they are tested without sockets.
 * The host binds 127.0.0.1 only; these stop a web page on another origin (or a DNS-rebound name) from using it.
 */

/** On every response the host sends: files, API answers, errors and the event stream. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // The page URL carries the token on first load: never send it anywhere as a Referer.
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Host header must name the loopback address we listen on: a rebound DNS name fails here. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

/** No Origin (same-origin GET, curl, Node) is fine; an Origin must be our own page's. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  const o = origin.toLowerCase();
  return o === `http://127.0.0.1:${port}` || o === `http://localhost:${port}`;
}

/** Constant-time comparison (hashing first, so lengths leak nothing either). */
export function tokenMatches(given: string | null | undefined, expected: string): boolean {
  if (!given || !expected) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** `Authorization: Bearer <token>` → the token, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/** HTTP status for a dispatcher result; the body is always the Result itself. */
export function statusFor(result: Result<unknown>): number {
  if (result.ok) return 200;
  switch (result.error.code) {
    case 'BAD_INPUT':
      return 400;
    case 'UNKNOWN_CHANNEL':
      return 404;
    case 'INTERNAL':
      return 500;
    case 'UNAVAILABLE':
      return 503;
    default:
      return 422;
  }
}
