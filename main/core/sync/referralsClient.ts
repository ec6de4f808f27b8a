import { parseRetryAfter } from './backoff';
import {
  AUTH_MESSAGE,
  RemoteError,
  type JsonPatchOp,
  type ListFrom,
  type RemoteApi,
  type RemoteErrorDetail,
  type RemotePage,
} from './remoteApi';

export const REFERRALS_PATH = '/v1.0/engagements/referrals';
export const CUSTOMERS_PATH = '/v1.0/directory/customers';
export const SOLUTIONS_PATH = '/v1.0/catalog/solutions';
export const PAGE_SIZE = 100;

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type ReferralsClientOptions = {
  /** http(s)://host[:port], without /v1.0. */
  serviceUrl: string;
  /** The bearer token, read on every request so a renewed token is used at once. */
  token: string | (() => string);
  fetch?: FetchLike;
  /** Per request, headers to the end of the body. Default 30 s. */
  timeoutMs?: number;
  now?: () => number;
};

type Call = { method: 'GET' | 'POST' | 'PATCH'; url: string; body?: string; headers?: Record<string, string>; signal?: AbortSignal };
type Reply = { status: number; body: unknown };

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
  const token = () => (typeof options.token === 'function' ? options.token() : options.token);

  async function call(c: Call): Promise<Reply> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = c.signal ? AbortSignal.any([c.signal, timeout]) : timeout;
    const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${token()}`, ...c.headers };
    let res: Response;
    let text: string;
    try {
      res = await doFetch(c.url, { method: c.method, headers, body: c.body, signal });
      text = await res.text();
    } catch (e) {
      if (c.signal?.aborted) throw new RemoteError('aborted', 'The sync was stopped.');
      if (timeout.aborted) throw new RemoteError('timeout', `The service did not answer within ${Math.round(timeoutMs / 1000)} s.`);
      throw new RemoteError(
        'network',
        `Could not reach the service (${e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e)}).`,
      );
    }
    if (!res.ok) throw errorOf(res.status, text, parseRetryAfter(res.headers.get('retry-after'), now()));
    if (res.status === 204 || text === '') return { status: res.status, body: null };
    try {
      return { status: res.status, body: JSON.parse(text) as unknown };
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

  const getReferral = async (id: string, signal?: AbortSignal) => (await call({ method: 'GET', url: referralUrl(id), signal })).body;

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
    async patchReferral(id, ops: readonly JsonPatchOp[], eTag, requestId, signal) {
      const reply = await call({
        method: 'PATCH',
        url: referralUrl(id),
        body: JSON.stringify(ops),
        signal,
        headers: { 'content-type': 'application/json-patch+json', 'if-match': eTag, 'request-id': requestId },
      });
      // 204: the change is in, the body is not; read the referral as it is now.
      return reply.body === null ? getReferral(id, signal) : reply.body;
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
