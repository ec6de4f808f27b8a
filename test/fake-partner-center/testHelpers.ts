import { afterEach } from 'vitest';
import { manualClock, startFakePartnerCenter, type FakePartnerCenter, type FakePartnerCenterOptions } from './index';

export const START = '2026-11-24T12:00:00.000Z';
export const REFERRALS = '/v1.0/engagements/referrals';

export type ApiResponse<T = unknown> = { status: number; headers: Headers; body: T; text: string };
export type CallOptions = { method?: string; body?: unknown; headers?: Record<string, string>; token?: string | null };

const running: FakePartnerCenter[] = [];

/** A fake on a free port with a manual clock at START, closed after the test. */
export async function startFake(
  options: FakePartnerCenterOptions = {},
): Promise<FakePartnerCenter & { call: <T = unknown>(path: string, o?: CallOptions) => Promise<ApiResponse<T>> }> {
  const fake = await startFakePartnerCenter({ seed: 42, initialReferrals: 50, examples: false, clock: manualClock(START), ...options });
  running.push(fake);
  const call = async <T = unknown>(path: string, o: CallOptions = {}): Promise<ApiResponse<T>> => {
    const headers: Record<string, string> = {
      ...(o.token === null ? {} : { authorization: `Bearer ${o.token ?? fake.token}` }),
      ...o.headers,
    };
    if (o.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
      headers['content-type'] = Array.isArray(o.body) ? 'application/json-patch+json' : 'application/json';
    }
    const res = await fetch(path.startsWith('http') ? path : `${fake.url}${path}`, {
      method: o.method ?? 'GET',
      headers,
      body: o.body === undefined ? undefined : JSON.stringify(o.body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, body: (text ? JSON.parse(text) : undefined) as T };
  };
  return Object.assign(fake, { call });
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((f) => f.close()));
});

export type ListBody<T> = { value: T[]; '@odata.nextLink'?: string };

/** Follows nextLink to the end; returns every page. */
export async function listAll<T>(call: (p: string) => Promise<ApiResponse<ListBody<T>>>, first: string): Promise<ListBody<T>[]> {
  const pages: ListBody<T>[] = [];
  for (let next: string | undefined = first; next;) {
    const res = await call(next);
    if (res.status !== 200) throw new Error(`list page ${next} answered ${res.status}: ${res.text}`);
    pages.push(res.body);
    next = res.body['@odata.nextLink'];
  }
  return pages;
}

let requestCounter = 0;
export const newRequestId = () => `test-${Date.now()}-${++requestCounter}`;
