import { createHash } from 'node:crypto';
import { ApiError, type Reply } from './errors';

/**
 * request-id → the first successful reply. Only 2xx replies are kept: a refused write changed nothing,
 * so a retry with the same request-id (say, after fixing If-Match following a 412) is judged afresh.
 * A request-id reused for a different request is refused, since replaying would hide a client bug.
 */
type Stored = { fingerprint: string; reply: Reply };

export type IdempotencyStore = {
  /** The stored reply for this request-id, or undefined when it is new. Throws 422 on reuse for another request. */
  lookup(requestId: string, method: string, path: string, body: string): Reply | undefined;
  remember(requestId: string, method: string, path: string, body: string, reply: Reply): void;
  size(): number;
};

const fingerprintOf = (method: string, path: string, body: string) =>
  createHash('sha256').update(`${method} ${path}\n${body}`).digest('base64url');

export function createIdempotencyStore(): IdempotencyStore {
  const seen = new Map<string, Stored>();
  return {
    lookup(requestId, method, path, body) {
      const hit = seen.get(requestId);
      if (!hit) return undefined;
      if (hit.fingerprint !== fingerprintOf(method, path, body)) {
        throw new ApiError(
          422,
          'RequestIdReused',
          `request-id ${requestId} was already used for a different request; use a new request-id for a new write.`,
        );
      }
      return hit.reply;
    },
    remember(requestId, method, path, body, reply) {
      if (reply.status >= 200 && reply.status < 300) seen.set(requestId, { fingerprint: fingerprintOf(method, path, body), reply });
    },
    size: () => seen.size,
  };
}
