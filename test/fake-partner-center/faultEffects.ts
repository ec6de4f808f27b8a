import type { ListReply, RequestContext } from './context';
import { ApiError, errorReply, type Reply } from './errors';
import type { FaultRequest, Faults } from './faults';
import type { Service } from './service';

export type PreFault = { latencyMs: number; drop: boolean; reply?: Reply };

/** Faults decided before the request is handled: nothing is applied when these hit (latency aside). */
export function preFault(faults: Faults, req: FaultRequest): PreFault {
  const latencyMs = faults.take('latency', req)?.latencyMs ?? 0;
  if (faults.take('drop', req, (r) => r.phase === 'before')) return { latencyMs, drop: true };
  if (faults.take('error500', req)) {
    return { latencyMs, drop: false, reply: errorReply(new ApiError(500, 'InternalServerError', 'Injected fault: the service failed.')) };
  }
  const unavailable = faults.take('error503', req);
  if (unavailable) {
    const headers: Record<string, string> =
      unavailable.retryAfterSeconds === undefined ? {} : { 'retry-after': String(unavailable.retryAfterSeconds) };
    return {
      latencyMs,
      drop: false,
      reply: errorReply(new ApiError(503, 'ServiceUnavailable', 'Injected fault: the service is unavailable.', undefined, headers)),
    };
  }
  const limited = faults.take('rateLimit', req);
  if (limited) {
    const seconds = String(limited.retryAfterSeconds ?? 1);
    return {
      latencyMs,
      drop: false,
      reply: errorReply(
        new ApiError(429, 'TooManyRequests', `Injected fault: too many requests; retry after ${seconds} s.`, undefined, {
          'retry-after': seconds,
        }),
      ),
    };
  }
  return { latencyMs, drop: false };
}

export type PostFault = 'dropAfter' | 'midResponse' | 'malformedJson' | undefined;

/** Faults after handling: a write has been applied, and the client may never learn it (idempotency's case). */
export function postFault(faults: Faults, req: FaultRequest, hasBody: boolean): PostFault {
  const drop = faults.take('drop', req, (r) => r.phase !== 'before');
  if (drop) return drop.phase === 'midResponse' && hasBody ? 'midResponse' : 'dropAfter';
  if (hasBody && faults.take('malformedJson', req)) return 'malformedJson';
  return undefined;
}

/**
 * List-only faults. A bad record keeps its id (so the client can report which one) but breaks the
 * schema the way real services do: a money amount as a float and a substatus nobody knows.
 * A repeated page points nextLink back at the page just served.
 */
export function applyListFaults(svc: Service, reply: ListReply, ctx: RequestContext): ListReply {
  const req = { method: ctx.method, path: ctx.path };
  const body = { ...reply.body, value: [...reply.body.value] };
  if (body.value.length > 0 && svc.faults.take('badRecord', req)) {
    const i = Math.floor(body.value.length / 2);
    const r = body.value[i] as { details: Record<string, unknown> };
    body.value[i] = { ...r, substatus: 'Unknown', details: { ...r.details, dealValue: 250000.5 } };
  }
  if (svc.faults.take('repeatPage', req)) body['@odata.nextLink'] = `${ctx.baseUrl}${ctx.url.pathname}${ctx.url.search}`;
  return { ...reply, body };
}
