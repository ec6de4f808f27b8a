import { randomUUID } from 'node:crypto';
import { parseRetryAfter } from './backoff';
import {
  AUTH_MESSAGE,
  RemoteError,
  ROLE_MISSING_MESSAGE,
  type ListFrom,
  type PatchReply,
  type RemoteApi,
  type RemoteErrorDetail,
  type RemotePage,
} from './remoteApi';

export const REFERRALS_PATH = '/v1.0/engagements/referrals';
export const CUSTOMERS_PATH = '/v1.0/directory/customers';
export const SOLUTIONS_PATH = '/v1.0/catalog/solutions';
export const PAGE_SIZE = 100;

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * Where the bearer token comes from in the apps (main/core/auth): asked for the client's own origin before
 * every request, so a token is only ever sent to the service it was obtained for. It throws RemoteError 'auth'
 * when there is no credential for that origin: then nothing is sent at all.
 */
export type TokenProvider = {
  /** `renew`: the token the service just refused with 401; a renewed one is wanted. */
  accessToken(origin: string, options?: { renew?: string }): Promise<string>;
};

export type ReferralsClientOptions = {
  /** http(s)://host[:port], without /v1.0. */
  serviceUrl: string;
  /** A fixed token (tests, tools), or the apps' provider (renewed silently; one renewal and one retry after a 401). */
  token: string | TokenProvider;
  fetch?: FetchLike;
  /** Per request, headers to the end of the body. Default 30 s. */
  timeoutMs?: number;
  now?: () => number;
};

type Call = { method: 'GET' | 'POST' | 'PATCH'; url: string; body?: string; headers?: Record<string, string>; signal?: AbortSignal };
type Reply = { status: number; body: unknown; eTag: string | null };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The service's error envelope { error: { code, message, details? } }, tolerating anything else. */
function errorOf(status: number, text: string, retryAfterMs: number | null): RemoteError {
  let code = `Http${status}`;
  let message = `The service answered ${status}.`;
  let details: RemoteErrorDetail[] = [];
  try {
    const parsed: unknown = JSON.parse(text);
    const e = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : null;
    if (e) {
      if (typeof e.code === 'string') code = e.code;
      if (typeof e.message === 'string') message = e.message;
      else if (typeof e.description === 'string') message = e.description;
      if (Array.isArray(e.details)) {
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the service's JSON: any value, as text
        details = e.details.filter(isRecord).map((d) => ({ target: String(d.target ?? ''), message: String(d.message ?? '') }));
      }
    }
  } catch {
    // Not JSON: keep the generic words above.
  }
  if (status === 401) message = `${AUTH_MESSAGE} (${message})`;
  if (status === 403) message = `${ROLE_MISSING_MESSAGE} The service said: ${message}`;
  return new RemoteError('http', message, status, code, retryAfterMs, details);
}

/**
 * The Partner Center referrals REST client (and our directory/catalog extension): Bearer token,
 * request-id on every write (the caller's, identical on retries), If-Match on PATCH, typed errors,
 * timeouts through AbortSignal. It never retries by itself: the engine owns retry timing.
 */
export function createReferralsClient(options: ReferralsClientOptions): RemoteApi {
  const base = new URL(options.serviceUrl);
  const origin = base.origin;
  const root = options.serviceUrl.replace(/\/+$/, '');
  const doFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 30_000;
  const now = options.now ?? Date.now;
  const provider = typeof options.token === 'string' ? null : options.token;
  const correlationId = randomUUID();
  const fixed = typeof options.token === 'string' ? options.token : '';

  /** One round trip with `bearer`: the response and its text, or a typed transport error. */
  async function send(c: Call, bearer: string): Promise<{ res: Response; text: string }> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = c.signal ? AbortSignal.any([c.signal, timeout]) : timeout;
    // request-id on every call (a write's own, the same on each retry; MS-RequestId is its V3 spelling), and a correlation id.
    const requestId = c.headers?.['request-id'] ?? randomUUID();
    const headers: Record<string, string> = {
      accept: 'application/json',
      authorization: `Bearer ${bearer}`,
      'request-id': requestId,
      'ms-requestid': requestId,
      'ms-correlationid': correlationId,
      ...c.headers,
    };
    try {
      const res = await doFetch(c.url, { method: c.method, headers, body: c.body, signal });
      return { res, text: await res.text() };
    } catch (e) {
      if (c.signal?.aborted) throw new RemoteError('aborted', 'The sync was stopped.');
      if (timeout.aborted) throw new RemoteError('timeout', `The service did not answer within ${Math.round(timeoutMs / 1000)} s.`);
      throw new RemoteError(
        'network',
        `Could not reach the service (${e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e)}).`,
      );
    }
  }

  async function call(c: Call): Promise<Reply> {
    // Checked against the link's own origin, not just ours: a token never goes to a host it was not obtained for.
    if (new URL(c.url).origin !== origin) throw new RemoteError('malformed', `Refusing to send the sign-in to ${new URL(c.url).origin}.`);
    const bearer = provider ? await provider.accessToken(origin) : fixed;
    let { res, text } = await send(c, bearer);
    // 401: one silent renewal and one retry (a write keeps its request-id, so it still applies once).
    if (res.status === 401 && provider) ({ res, text } = await send(c, await provider.accessToken(origin, { renew: bearer })));
    if (!res.ok) throw errorOf(res.status, text, parseRetryAfter(res.headers.get('retry-after'), now()));
    const eTag = res.headers.get('etag');
    if (res.status === 204 || text === '') return { status: res.status, body: null, eTag };
    try {
      return { status: res.status, body: JSON.parse(text) as unknown, eTag };
    } catch {
      throw new RemoteError(
        'malformed',
        `The service sent a reply that is not valid JSON (${c.method} ${new URL(c.url).pathname}).`,
        res.status,
        'MalformedJson',
      );
    }
  }

  /** A continuation link must stay on the service we were given: the bearer token goes with it. */
  function checkedLink(link: string): string {
    const url = new URL(link, root);
    if (url.origin !== origin)
      throw new RemoteError('malformed', `The service sent a next-page link to another host (${url.origin}); not following it.`);
    return url.toString();
  }

  function pageOf(body: unknown, what: string): RemotePage {
    if (!isRecord(body) || !Array.isArray(body.value))
      throw new RemoteError('malformed', `The service sent a ${what} page without a value array.`);
    const next = body['@odata.nextLink'];
    return { value: body.value, nextLink: typeof next === 'string' && next !== '' ? checkedLink(next) : null };
  }

  const referralUrl = (id: string) => `${root}${REFERRALS_PATH}/${encodeURIComponent(id)}`;

  /** One referral; its ETag header fills in an eTag the body lacks (a list item may have none: read it here before a PATCH). */
  const getReferral = async (id: string, signal?: AbortSignal) => {
    const reply = await call({ method: 'GET', url: referralUrl(id), signal });
    return isRecord(reply.body) && !reply.body.eTag && reply.eTag ? { ...reply.body, eTag: reply.eTag } : reply.body;
  };

  return {
    async listReferrals(from: ListFrom, signal?: AbortSignal) {
      let url: string;
      if ('nextLink' in from) {
        url = checkedLink(from.nextLink);
      } else {
        const q = new URLSearchParams();
        if (from.updatedAfter) q.set('$filter', `updatedDateTime gt ${new Date(from.updatedAfter).toISOString()}`);
        q.set('$orderby', 'updatedDateTime asc');
        q.set('$top', String(PAGE_SIZE));
        url = `${root}${REFERRALS_PATH}?${q.toString()}`;
      }
      return pageOf((await call({ method: 'GET', url, signal })).body, 'referrals');
    },
    getReferral,
    async createReferral(body, requestId, signal) {
      const reply = await call({
        method: 'POST',
        url: `${root}${REFERRALS_PATH}`,
        body: JSON.stringify(body),
        signal,
        headers: { 'content-type': 'application/json', 'request-id': requestId },
      });
      return reply.body;
    },
    async patchReferral(id, ops, eTag, requestId, signal): Promise<PatchReply> {
      const reply = await call({
        method: 'PATCH',
        url: referralUrl(id),
        body: JSON.stringify(ops),
        signal,
        headers: { 'content-type': 'application/json-patch+json', 'if-match': eTag, 'request-id': requestId },
      });
      // 204: the change is in, the body is not; the caller keeps the new ETag and what it sent.
      return reply.body === null ? { noContent: true, eTag: reply.eTag } : { body: reply.body };
    },
    async listEngagement(engagementId, signal) {
      const q = new URLSearchParams({ $filter: `engagementId eq '${engagementId.replaceAll("'", "''")}'` });
      return pageOf((await call({ method: 'GET', url: `${root}${REFERRALS_PATH}?${q.toString()}`, signal })).body, 'engagement').value;
    },
    async listCustomers(nextLink, signal) {
      const url = nextLink ? checkedLink(nextLink) : `${root}${CUSTOMERS_PATH}?$top=${PAGE_SIZE}`;
      return pageOf((await call({ method: 'GET', url, signal })).body, 'customers');
    },
    async listSolutions(signal) {
      return pageOf((await call({ method: 'GET', url: `${root}${SOLUTIONS_PATH}`, signal })).body, 'solutions').value;
    },
  };
}
