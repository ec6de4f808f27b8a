import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock, startFakePartnerCenter, type FakePartnerCenter } from '../../../test/fake-partner-center';
import { createReferralsClient, type TokenProvider } from './referralsClient';
import { AUTH_MESSAGE, RemoteError, type RemoteApi } from './remoteApi';

let fake: FakePartnerCenter;
let api: RemoteApi;
beforeAll(async () => {
  fake = await startFakePartnerCenter({
    seed: 3,
    initialReferrals: 150,
    customers: 120,
    examples: false,
    clock: manualClock('2026-11-24T12:00:00Z'),
  });
  api = createReferralsClient({ serviceUrl: fake.url, token: fake.token });
});
afterAll(() => fake.close());

const failure = async (p: Promise<unknown>): Promise<RemoteError> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof RemoteError) return e;
    throw e;
  }
  throw new Error('expected a RemoteError');
};
const idsOf = (v: unknown[]) => v.map((r) => (r as { id: string }).id);

describe('referrals client', () => {
  it('lists oldest change first in pages of 100, following nextLink; the delta filter narrows it', async () => {
    const first = await api.listReferrals({ updatedAfter: null });
    expect(first.value).toHaveLength(100);
    expect(first.nextLink).toMatch(/\$skiptoken=/);
    const second = await api.listReferrals({ nextLink: first.nextLink! });
    expect(second.value).toHaveLength(50);
    expect(second.nextLink).toBeNull();
    const all = [...first.value, ...second.value] as { updatedDateTime: string }[];
    const cut = all[120]!.updatedDateTime;
    const delta = await api.listReferrals({ updatedAfter: cut });
    expect(idsOf(delta.value)).toEqual(idsOf(all.filter((r) => r.updatedDateTime > cut)));
  });

  it('creates with request-id (a retry returns the same referral) and patches with If-Match, 200 or 204', async () => {
    const body = {
      name: 'Client test deal',
      type: 'Independent',
      customerProfile: { name: 'Contoso', address: { city: 'Seattle', country: 'US' }, ids: [] },
      consent: { consentToShareReferralWithMicrosoftSellers: false },
      details: { dealValue: 10, currency: 'USD', closingDateTime: '2027-01-01T00:00:00Z', requirements: { solutions: [] } },
      team: [],
    };
    const a = (await api.createReferral(body, 'req-create-1')) as { id: string; eTag: string; status: string };
    expect(a.status).toBe('Active');
    const again = (await api.createReferral(body, 'req-create-1')) as { id: string };
    expect(again.id).toBe(a.id);
    fake.config.patchResponse = 'noContent';
    const noContent = await api.patchReferral(a.id, [{ op: 'replace', path: '/details/notes', value: 'via 204' }], a.eTag, 'req-patch-1');
    // 204: no body, the new ETag header; the referral read by id shows the change and carries that ETag.
    expect('noContent' in noContent && noContent.eTag).toMatch(/^".+"$/);
    const patched = (await api.getReferral(a.id)) as { eTag: string; details: { notes: string } };
    expect(patched.details.notes).toBe('via 204');
    expect('noContent' in noContent && noContent.eTag).toBe(patched.eTag);
    fake.config.patchResponse = 'body';
    const stale = await failure(api.patchReferral(a.id, [{ op: 'replace', path: '/details/notes', value: 'x' }], a.eTag, 'req-patch-2'));
    expect(stale).toMatchObject({ kind: 'http', status: 412, code: 'PreconditionFailed', retryable: false });
    const ok = await api.patchReferral(a.id, [{ op: 'replace', path: '/details/notes', value: 'via 200' }], patched.eTag, 'req-patch-2');
    expect('body' in ok && (ok.body as { details: { notes: string } }).details.notes).toBe('via 200');
    // Not in the V3 path list: refused, whatever the value.
    const current = 'body' in ok ? (ok.body as { eTag: string }).eTag : '';
    const name = await failure(api.patchReferral(a.id, [{ op: 'replace', path: '/name', value: 'Renamed' }], current, 'req-patch-3'));
    expect(name).toMatchObject({ status: 400, code: 'PathNotPatchable' });
  });

  it('types failures: 400 with details, 401 in plain words, 429 with Retry-After, 404', async () => {
    const [r] = fake.state().referrals;
    const bad = await failure(api.patchReferral(r!.id, [{ op: 'replace', path: '/details/dealValue', value: 'lots' }], r!.eTag, 'req-bad'));
    expect(bad).toMatchObject({ status: 400, code: 'ValidationFailed', retryable: false });
    expect(bad.details[0]).toMatchObject({ target: 'details.dealValue' });
    const noAuth = await failure(createReferralsClient({ serviceUrl: fake.url, token: 'nope' }).getReferral(r!.id));
    expect(noAuth).toMatchObject({ status: 401, unauthorized: true });
    expect(noAuth.message).toContain(AUTH_MESSAGE);
    fake.faults.add({ kind: 'rateLimit', retryAfterSeconds: 4, count: 1 });
    expect(await failure(api.getReferral(r!.id))).toMatchObject({ status: 429, retryable: true, retryAfterMs: 4000 });
    expect(await failure(api.getReferral('missing'))).toMatchObject({ status: 404, code: 'NotFound' });
  });

  it('network errors, cut replies, malformed JSON and timeouts are retryable', async () => {
    const [r] = fake.state().referrals;
    fake.faults.add({ kind: 'drop', phase: 'before', count: 1 });
    expect(await failure(api.getReferral(r!.id))).toMatchObject({ kind: 'network', retryable: true });
    fake.faults.add({ kind: 'drop', phase: 'midResponse', count: 1 });
    expect((await failure(api.listReferrals({ updatedAfter: null }))).retryable).toBe(true);
    fake.faults.add({ kind: 'malformedJson', count: 1 });
    expect(await failure(api.getReferral(r!.id))).toMatchObject({ kind: 'malformed', retryable: true });
    fake.faults.add({ kind: 'latency', latencyMs: 300, count: 1 });
    const slow = createReferralsClient({ serviceUrl: fake.url, token: fake.token, timeoutMs: 50 });
    expect(await failure(slow.getReferral(r!.id))).toMatchObject({ kind: 'timeout', retryable: true });
    const closed = createReferralsClient({ serviceUrl: 'http://127.0.0.1:9', token: 't' });
    expect(await failure(closed.getReferral('x'))).toMatchObject({ kind: 'network' });
    const stop = new AbortController();
    stop.abort();
    expect(await failure(api.getReferral(r!.id, stop.signal))).toMatchObject({ kind: 'aborted', retryable: false });
  });

  it('never follows a next-page link to another host (the token would go with it)', async () => {
    expect(await failure(api.listReferrals({ nextLink: 'http://evil.example/v1.0/engagements/referrals' }))).toMatchObject({
      kind: 'malformed',
    });
  });

  it('asks the token provider for its own origin; a 401 renews once and retries once; no credential sends nothing', async () => {
    const [r] = fake.state().referrals;
    const asked: { origin: string; renew?: string }[] = [];
    let handedOut = 'stale-token';
    const provider: TokenProvider = {
      accessToken: (origin, options) => {
        asked.push({ origin, ...options });
        if (options?.renew) handedOut = fake.token;
        return Promise.resolve(handedOut);
      },
    };
    const client = createReferralsClient({ serviceUrl: `${fake.url}/`, token: provider });
    const seen = fake.auth.seen.length;
    expect(await client.getReferral(r!.id)).toMatchObject({ id: r!.id });
    expect(asked).toEqual([{ origin: fake.url }, { origin: fake.url, renew: 'stale-token' }]);
    expect(fake.auth.seen.slice(seen).map((s) => s.authorization)).toEqual(['Bearer stale-token', `Bearer ${fake.token}`]);

    // Refused again after the renewal: the 401 is the seller's to act on, not a loop.
    const refusing: TokenProvider = { accessToken: () => Promise.resolve('always-wrong') };
    const before = fake.auth.seen.length;
    expect(await failure(createReferralsClient({ serviceUrl: fake.url, token: refusing }).getReferral(r!.id))).toMatchObject({
      status: 401,
    });
    expect(fake.auth.seen.length - before).toBe(2);

    const none: TokenProvider = { accessToken: () => Promise.reject(new RemoteError('auth', 'Not signed in.')) };
    const nothing = fake.auth.seen.length;
    expect(await failure(createReferralsClient({ serviceUrl: fake.url, token: none }).getReferral(r!.id))).toMatchObject({
      kind: 'auth',
      unauthorized: true,
      retryable: false,
    });
    expect(fake.auth.seen.length).toBe(nothing);
  });

  it('reads the directory page by page and the solution catalog', async () => {
    let link: string | null = null;
    let customers = 0;
    do {
      const page = await api.listCustomers(link);
      customers += page.value.length;
      link = page.nextLink;
    } while (link);
    expect(customers).toBe(120);
    expect((await api.listSolutions()).length).toBeGreaterThan(3);
  });
});
