import { toDomain } from '../../main/core/sync/wire/toDomain';
import { describe, expect, it } from 'vitest';
import type { Referral } from '../../shared/domain';
import type { ErrorBody, FaultRule } from './index';
import { newRequestId, REFERRALS, startFake, type ListBody } from './testHelpers';

const notesPatch = (notes: string) => [{ op: 'replace', path: '/details/notes', value: notes }];

describe('fault injection', () => {
  it('429 with Retry-After, then normal service once the budget is spent', async () => {
    const fake = await startFake();
    fake.faults.add({ kind: 'rateLimit', count: 2, retryAfterSeconds: 7 });
    for (let i = 0; i < 2; i++) {
      const res = await fake.call<ErrorBody>(REFERRALS);
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('7');
      expect(res.body.error.code).toBe('TooManyRequests');
    }
    expect((await fake.call(REFERRALS)).status).toBe(200);
    expect(fake.faults.list()).toEqual([]);
  });

  it('500 and 503 (with Retry-After when asked), limited to the matching method and path', async () => {
    const fake = await startFake();
    fake.faults.add({ kind: 'error503', retryAfterSeconds: 3, methods: ['GET'], path: '/engagements/referrals', count: 1 });
    fake.faults.add({ kind: 'error500', methods: ['POST'], count: 1 });
    expect((await fake.call('/v1.0/catalog/solutions')).status).toBe(200); // path does not match: untouched
    const unavailable = await fake.call(REFERRALS);
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('3');
    const failed = await fake.call<ErrorBody>(REFERRALS, { method: 'POST', body: {}, headers: { 'request-id': newRequestId() } });
    expect(failed.status).toBe(500);
    expect(failed.body.error.code).toBe('InternalServerError');
  });

  it('drops the connection before handling (nothing applied) or after (applied; the retry replays)', async () => {
    const fake = await startFake();
    const r = fake.state().referrals.find((x) => x.status === 'Active')!;
    const write = (requestId: string, ifMatch: string) =>
      fake.call<Referral>(`${REFERRALS}/${r.id}`, {
        method: 'PATCH',
        body: notesPatch('dropped?'),
        headers: { 'request-id': requestId, 'if-match': ifMatch },
      });

    fake.faults.add({ kind: 'drop', phase: 'before', count: 1 });
    await expect(write(newRequestId(), r.eTag)).rejects.toThrow();
    expect(fake.referral(r.id)!.eTag).toBe(r.eTag);

    fake.faults.add({ kind: 'drop', phase: 'after', count: 1 });
    const requestId = newRequestId();
    await expect(write(requestId, r.eTag)).rejects.toThrow();
    const changed = fake.referral(r.id)!;
    expect(changed.details.notes).toBe('dropped?');
    const retry = await write(requestId, r.eTag); // the old If-Match: a replay, not a new write
    expect(retry.status === 200 || retry.status === 204).toBe(true);
    expect(retry.headers.get('etag')).toBe(changed.eTag);
    expect(fake.referral(r.id)!.eTag).toBe(changed.eTag);
  });

  it('cuts a reply in the middle of its body', async () => {
    const fake = await startFake();
    fake.faults.add({ kind: 'drop', phase: 'midResponse', count: 1 });
    await expect(fake.call(REFERRALS)).rejects.toThrow();
    expect((await fake.call(REFERRALS)).status).toBe(200);
  });

  it('sends malformed JSON with a 200', async () => {
    const fake = await startFake();
    fake.faults.add({ kind: 'malformedJson', count: 1 });
    const res = await fetch(`${fake.url}${REFERRALS}`, { headers: { authorization: `Bearer ${fake.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/json/);
    await expect(res.json()).rejects.toThrow(SyntaxError);
  });

  it('puts a record no client can map in a list page (a substatus nobody knows), keeping its id', async () => {
    const fake = await startFake();
    fake.faults.add({ kind: 'badRecord', count: 1 });
    const res = await fake.call<ListBody<Referral>>(`${REFERRALS}?$top=10`);
    const failures = res.body.value.filter((r) => !toDomain(r).ok);
    expect(failures).toHaveLength(1);
    expect(fake.referral(failures[0]!.id)).toBeDefined();
    expect(res.body.value.filter((r) => toDomain(r).ok)).toHaveLength(9);
  });

  it('repeats a page: nextLink points back at the page just served', async () => {
    const fake = await startFake();
    const first = await fake.call<ListBody<Referral>>(`${REFERRALS}?$top=10`);
    fake.faults.add({ kind: 'repeatPage', count: 1 });
    const second = await fake.call<ListBody<Referral>>(first.body['@odata.nextLink']!);
    expect(second.body['@odata.nextLink']).toBe(first.body['@odata.nextLink']);
    const again = await fake.call<ListBody<Referral>>(second.body['@odata.nextLink']!);
    expect(again.body.value).toEqual(second.body.value);
    expect(again.body['@odata.nextLink']).not.toBe(first.body['@odata.nextLink']);
  });

  it('adds latency', async () => {
    const fake = await startFake();
    fake.faults.add({ kind: 'latency', latencyMs: 150, count: 1 });
    const t0 = performance.now();
    await fake.call(REFERRALS);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it('hits by seeded probability: the same seed hits the same requests', async () => {
    const run = async () => {
      const fake = await startFake({ seed: 9 });
      fake.faults.add({ kind: 'error500', probability: 0.3 });
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) statuses.push((await fake.call('/v1.0/catalog/solutions')).status);
      return statuses;
    };
    const a = await run();
    expect(a).toContain(500);
    expect(a).toContain(200);
    expect(await run()).toEqual(a);
  });

  it('is driven over HTTP by /__admin/faults, which faults never touch', async () => {
    const fake = await startFake();
    const added = await fake.call<{ value: FaultRule[] }>('/__admin/faults', {
      method: 'POST',
      body: [{ kind: 'error503' }, { kind: 'latency', latencyMs: 5 }],
      headers: { 'content-type': 'application/json' },
    });
    expect(added.status).toBe(201);
    expect(added.body.value.map((f) => f.kind)).toEqual(['error503', 'latency']);
    expect((await fake.call(REFERRALS)).status).toBe(503);
    expect((await fake.call('/__admin/state')).status).toBe(200);
    expect((await fake.call<{ value: FaultRule[] }>('/__admin/faults')).body.value).toHaveLength(2);
    expect((await fake.call(`/__admin/faults/${added.body.value[0]!.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await fake.call(REFERRALS)).status).toBe(200);
    expect((await fake.call('/__admin/faults', { method: 'DELETE' })).status).toBe(204);
    const bad = await fake.call<ErrorBody>('/__admin/faults', { method: 'POST', body: { kind: 'earthquake' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.[0]?.target).toBe('0.kind'); // the rule's index in the posted list, then the field
  });
});
