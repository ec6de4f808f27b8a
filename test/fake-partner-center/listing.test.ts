import { describe, expect, it } from 'vitest';
import type { Referral } from '../../shared/domain';
import type { ErrorBody } from './index';
import { listAll, newRequestId, REFERRALS, START, startFake, type ListBody } from './testHelpers';

describe('GET referrals: paging', () => {
  it('follows nextLink over every record exactly once, in updatedDateTime order, no nextLink on the last page', async () => {
    const fake = await startFake({ initialReferrals: 1234 });
    const pages = await listAll<Referral>(fake.call, `${REFERRALS}?$top=100`);
    const all = pages.flatMap((p) => p.value);
    expect(pages).toHaveLength(13);
    expect(pages.slice(0, -1).every((p) => p.value.length === 100 && p['@odata.nextLink']?.startsWith(`${fake.url}${REFERRALS}?`))).toBe(
      true,
    );
    expect(pages.at(-1)!['@odata.nextLink']).toBeUndefined();
    expect(new Set(all.map((r) => r.id)).size).toBe(1234);
    const times = all.map((r) => r.updatedDateTime);
    expect([...times].sort()).toEqual(times);
  });

  it('defaults to pages of 100 and walks desc order too', async () => {
    const fake = await startFake({ initialReferrals: 150 });
    const first = await fake.call<ListBody<Referral>>(REFERRALS);
    expect(first.body.value).toHaveLength(100);
    const desc = (await listAll<Referral>(fake.call, `${REFERRALS}?$orderby=updatedDateTime desc&$top=40`)).flatMap((p) => p.value);
    expect(desc).toHaveLength(150);
    expect(desc.map((r) => r.updatedDateTime)).toEqual(
      desc
        .map((r) => r.updatedDateTime)
        .sort()
        .reverse(),
    );
  });

  it('never skips a record that changes while a client pages (asc): it comes again, newer', async () => {
    const fake = await startFake({ initialReferrals: 300 });
    const seen = new Map<string, string[]>();
    const changed: string[] = [];
    let next: string | undefined = `${REFERRALS}?$top=50`;
    let page = 0;
    while (next) {
      const res: { body: ListBody<Referral> } = await fake.call<ListBody<Referral>>(next);
      for (const r of res.body.value) seen.set(r.id, [...(seen.get(r.id) ?? []), r.eTag]);
      next = res.body['@odata.nextLink'];
      if (page++ === 1) {
        // Someone else changes one record already sent and one not yet sent, and a new one arrives.
        const state = fake.state().referrals;
        for (const i of [10, 200])
          changed.push(fake.simulate.updateReferral(state[i]!.id, { details: { notes: 'changed while paging' } }).id);
        changed.push(fake.simulate.newInboundReferral().id);
      }
    }
    expect(seen.size).toBe(301);
    expect(seen.get(changed[0]!)).toHaveLength(2); // sent before the change, and again after it
    expect(seen.get(changed[1]!)).toHaveLength(1);
    expect(seen.get(changed[2]!)).toHaveLength(1);
    for (const r of fake.state().referrals) expect(seen.get(r.id)?.at(-1)).toBe(r.eTag); // the last version seen is the current one
  });

  it('refuses a $skiptoken it did not issue, or one mixed with new options', async () => {
    const fake = await startFake();
    const first = await fake.call<ListBody<Referral>>(`${REFERRALS}?$top=10`);
    const link = new URL(first.body['@odata.nextLink']!);
    const token = link.searchParams.get('$skiptoken')!;
    const tampered = await fake.call<ErrorBody>(
      `${REFERRALS}?$skiptoken=${encodeURIComponent(token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')))}`,
    );
    expect(tampered.status).toBe(400);
    expect(tampered.body.error.code).toBe('InvalidSkipToken');
    const mixed = await fake.call<ErrorBody>(`${link.pathname}${link.search}&$top=5`);
    expect(mixed.status).toBe(400);
  });
});

describe('GET referrals: query options', () => {
  it('$filter on updatedDateTime gt/ge returns exactly the newer records', async () => {
    const fake = await startFake({ initialReferrals: 200 });
    const state = fake.state().referrals;
    const pivot = state[120]!.updatedDateTime;
    const gt = (await listAll<Referral>(fake.call, `${REFERRALS}?$filter=${encodeURIComponent(`updatedDateTime gt ${pivot}`)}`)).flatMap(
      (p) => p.value,
    );
    const ge = (await listAll<Referral>(fake.call, `${REFERRALS}?$filter=updatedDateTime ge ${pivot}&$top=7`)).flatMap((p) => p.value);
    expect(gt.map((r) => r.id)).toEqual(state.filter((r) => r.updatedDateTime > pivot).map((r) => r.id));
    expect(ge.map((r) => r.id)).toEqual(state.filter((r) => r.updatedDateTime >= pivot).map((r) => r.id));
  });

  it("combines clauses with and; enum values match regardless of case ('Inbound')", async () => {
    const fake = await startFake({ initialReferrals: 200 });
    const res = await fake.call<ListBody<Referral>>(
      `${REFERRALS}?$filter=${encodeURIComponent("status eq 'New' and direction eq 'Inbound' and updatedDateTime ge 2020-01-01T00:00:00Z")}`,
    );
    expect(res.status).toBe(200);
    const expected = fake.state().referrals.filter((r) => r.status === 'New' && r.direction === 'inbound');
    expect(expected.length).toBeGreaterThan(0);
    expect(res.body.value.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  });

  it.each([
    ["status eq 'New' or status eq 'Active'", 'InvalidFilter'],
    ["(status eq 'New')", 'InvalidFilter'],
    ["startswith(name, 'A')", 'InvalidFilter'],
    ["updatedDateTime gt '2026-01-01T00:00:00Z'", 'InvalidFilter'],
    ['updatedDateTime gt yesterday', 'InvalidFilter'],
    ["dealValue eq '5'", 'InvalidFilter'],
    ["status eq 'Open'", 'InvalidFilter'],
    ["status gt 'New'", 'InvalidFilter'],
  ])('400 with an error body for $filter=%s', async (filter, code) => {
    const fake = await startFake();
    const res = await fake.call<ErrorBody>(`${REFERRALS}?$filter=${encodeURIComponent(filter)}`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message).toMatch(/\$filter/);
  });

  it('$top must be 1..100', async () => {
    const fake = await startFake();
    for (const top of ['101', '0', '-1', 'ten', '1.5']) {
      const res = await fake.call<ErrorBody>(`${REFERRALS}?$top=${top}`);
      expect(res.status, top).toBe(400);
      expect(res.body.error.code).toBe('InvalidTop');
    }
    expect((await fake.call<ListBody<Referral>>(`${REFERRALS}?$top=100`)).body.value).toHaveLength(50);
  });

  it('refuses unknown query options and $orderby fields', async () => {
    const fake = await startFake();
    expect((await fake.call(`${REFERRALS}?$skip=10`)).status).toBe(400);
    expect((await fake.call(`${REFERRALS}?$orderby=name`)).status).toBe(400);
  });
});

describe('GET one referral, auth and routing', () => {
  it('returns a referral with its ETag, 404 with an error body when missing', async () => {
    const fake = await startFake();
    const r = fake.state().referrals[3]!;
    const one = await fake.call<Referral>(`${REFERRALS}/${r.id}`);
    expect(one.status).toBe(200);
    // Microsoft's shape of the same referral.
    expect(one.body).toMatchObject({
      id: r.id,
      engagementId: r.engagementId,
      name: r.name,
      status: r.status,
      substatus: r.substatus,
      eTag: r.eTag,
    });
    expect(one.body).toHaveProperty('organizationId');
    expect(one.headers.get('etag')).toBe(r.eTag);
    const missing = await fake.call<ErrorBody>(`${REFERRALS}/nope`);
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'NotFound', message: expect.stringContaining('nope') });
  });

  it('401 without a token or with a wrong one, on reads, writes, extensions and admin', async () => {
    const fake = await startFake();
    for (const path of [REFERRALS, `${REFERRALS}/x`, '/v1.0/catalog/solutions', '/__admin/state']) {
      const none = await fake.call<ErrorBody>(path, { token: null });
      expect(none.status, path).toBe(401);
      expect(none.headers.get('www-authenticate')).toBe('Bearer');
      expect(none.body.error.code).toBe('Unauthorized');
      expect((await fake.call(path, { token: 'wrong' })).status).toBe(401);
    }
    const write = await fake.call(REFERRALS, { method: 'POST', token: null, body: {}, headers: { 'request-id': newRequestId() } });
    expect(write.status).toBe(401);
  });

  it('answers unknown paths with 404 and wrong methods with 405, in the error shape', async () => {
    const fake = await startFake();
    expect((await fake.call<ErrorBody>('/v1.0/nothing')).body.error.code).toBe('NotFound');
    const res = await fake.call<ErrorBody>(REFERRALS, { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST');
  });

  it('reports the service time it started from', async () => {
    const fake = await startFake();
    expect(fake.now()).toBe(START);
  });
});
