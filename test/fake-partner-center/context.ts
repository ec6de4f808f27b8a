import type { IncomingHttpHeaders } from 'node:http';
import { ApiError, badRequest, type Reply } from './errors';

export type RequestContext = {
  method: string;
  url: URL;
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** http://127.0.0.1:<port>: nextLink and Location are absolute, as in Partner Center. */
  baseUrl: string;
};

/** A list reply, marked so list-only faults (bad record, repeated page) know where to act. */
export type ListReply = Reply & { list: true; body: { value: unknown[]; '@odata.nextLink'?: string } };

export const header = (ctx: RequestContext, name: string): string | undefined => {
  const v = ctx.headers[name];
  return Array.isArray(v) ? v.join(',') : v;
};

/** The body as JSON, after checking it was sent as JSON (application/json, or json-patch+json for PATCH). */
export function jsonBody(ctx: RequestContext, allowed: readonly string[] = ['application/json']): unknown {
  const type = (header(ctx, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!allowed.includes(type)) {
    throw new ApiError(415, 'UnsupportedMediaType', `Send the body as ${allowed.join(' or ')}${type ? `, not ${type}` : ''}.`);
  }
  try {
    return JSON.parse(ctx.rawBody) as unknown;
  } catch (e) {
    throw badRequest('InvalidJson', `The body is not valid JSON: ${(e as Error).message}`);
  }
}

/** Writes must carry a request-id: it is what makes a retried write apply once. */
export function requireRequestId(ctx: RequestContext): string {
  const id = header(ctx, 'request-id')?.trim();
  if (!id) throw badRequest('MissingRequestId', 'Every write needs a request-id header (a new UUID per write, the same one on retries).');
  if (id.length > 200) throw badRequest('InvalidRequestId', 'The request-id header is longer than 200 characters.');
  return id;
}

/** Only the query parameters a route knows; an unknown $-option is an error rather than silently ignored. */
export function checkQueryOptions(ctx: RequestContext, known: readonly string[]): void {
  for (const name of ctx.url.searchParams.keys()) {
    if (name.startsWith('$') && !known.includes(name)) {
      throw badRequest('InvalidQuery', `The query option ${name} is not supported here (supported: ${known.join(', ')}).`);
    }
  }
}
