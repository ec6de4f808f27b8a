import { describe, expect, it } from 'vitest';
import { referralSchema, type Referral } from '../../shared/domain';
import type { ErrorBody } from './index';
import { newRequestId, REFERRALS, START, startFake } from './testHelpers';

type Fake = Awaited<ReturnType<typeof startFake>>;

const contact = { firstName: 'Alice', lastName: 'Ng', phoneNumber: '+1 425 555 0100', email: 'alice@contoso-partner.example' };
/** A create body as Microsoft documents it (create-referral-request.json), with members the fake does not model. */
const outboundBody = () => ({
  name: 'Fabrikam – landing zone',
  type: 'Independent',
  qualification: 'SalesQualified',
  customerProfile: {
    name: 'Fabrikam Ltd',
    address: { city: 'Seattle', country: 'US' },
    size: '10to50employees',
    ids: [{ profileType: 'Duns', id: '123456789' }],
  },
  consent: { consentToShareReferralWithMicrosoftSellers: false, consentToContact: true },
  details: {
    dealValue: 120000,
    currency: 'USD',
    closingDateTime: '2027-03-31T00:00:00.000Z',
    requirements: { solutions: [], industries: [{ id: 'Retail' }] },
  },
  team: [contact],
});
type Wire = Record<string, unknown> & { id: string; eTag: string; status: string; substatus: string; statusReason: string | null };

const post = (fake: Fake, body: unknown, requestId = newRequestId()) =>
  fake.call<Wire & ErrorBody>(REFERRALS, { method: 'POST', body, headers: { 'request-id': requestId } });
const patch = (
  fake: Fake,
  r: Pick<Referral, 'id' | 'eTag'> | string,
  ops: unknown,
  o: { ifMatch?: string | null; requestId?: string } = {},
) => {
  const id = typeof r === 'string' ? r : r.id;
  const ifMatch = o.ifMatch === undefined && typeof r !== 'string' ? r.eTag : o.ifMatch;
  return fake.call<Wire & ErrorBody>(`${REFERRALS}/${id}`, {
    method: 'PATCH',
    body: ops,
    headers: { 'request-id': o.requestId ?? newRequestId(), ...(ifMatch ? { 'if-match': ifMatch } : {}) },
  });
};
const firstWith = (fake: Fake, test: (r: Referral) => boolean) => {
  const r = fake.state().referrals.find(test);
  if (!r) throw new Error('no such referral in the seeded data');
  return r;
};
const received = (fake: Fake) => firstWith(fake, (r) => r.status === 'New' && r.direction === 'inbound');
const active = (fake: Fake) => firstWith(fake, (r) => r.status === 'Active');
const replace = (path: string, value: unknown) => ({ op: 'replace', path, value });

describe('POST referrals', () => {
  it('creates an outbound referral: 201, server-assigned id, eTag, timestamps, Location', async () => {
    const fake = await startFake();
    const res = await post(fake, outboundBody());
    expect(res.status).toBe(201);
    // Microsoft's shape: Active/Accepted, Outgoing, ids in the list form, and what we sent but the domain does not model kept.
    expect(res.body).toMatchObject({
      createdDateTime: START,
      updatedDateTime: START,
      status: 'Active',
      substatus: 'Accepted',
      direction: 'Outgoing',
      qualification: 'SalesQualified',
      customerProfile: { size: '10to50employees', ids: [{ profileType: 'Duns', id: '123456789' }] },
      details: { dealValue: 120000, requirements: { industries: [{ id: 'Retail' }] } },
    });
    expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.eTag).not.toBe('');
    expect(res.headers.get('etag')).toBe(res.body.eTag);
    expect(res.headers.get('location')).toBe(`${fake.url}${REFERRALS}/${res.body.id}`);
    expect(referralSchema.parse(fake.referral(res.body.id))).toMatchObject({
      name: outboundBody().name,
      customerProfile: { ids: { duns: '123456789' } },
    });
  });

  it('refuses server-owned fields, invalid fields (with details), inbound and non-Active referrals', async () => {
    const fake = await startFake();
    const withId = await post(fake, { ...outboundBody(), id: 'mine', eTag: '' });
    expect(withId.status).toBe(400);
    expect(withId.body.error).toMatchObject({ code: 'ServiceOwnedField', message: expect.stringMatching(/id, eTag/) });
    const bad = await post(fake, { ...outboundBody(), details: { ...outboundBody().details, dealValue: 'lots' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'ValidationFailed', details: [{ target: 'details.dealValue' }] });
    const noCity = await post(fake, { ...outboundBody(), customerProfile: { name: 'X', address: { country: 'US' } } });
    expect(noCity.body.error).toMatchObject({ code: 'ValidationFailed', details: [{ target: 'customerProfile.address.city' }] });
    // The documented request sends New/Pending; the service answers Active/Accepted.
    expect((await post(fake, { ...outboundBody(), status: 'New', substatus: 'Pending' })).body).toMatchObject({
      status: 'Active',
      substatus: 'Accepted',
    });
    const noJson = await fake.call<ErrorBody>(REFERRALS, {
      method: 'POST',
      body: 'x',
      headers: { 'request-id': newRequestId(), 'content-type': 'text/plain' },
    });
    expect(noJson.status).toBe(415);
  });

  it('needs a request-id on every write', async () => {
    const fake = await startFake();
    const res = await fake.call<ErrorBody>(REFERRALS, { method: 'POST', body: outboundBody() });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('MissingRequestId');
  });
});

describe('PATCH referrals: preconditions and paths', () => {
  it('412 on a missing or stale If-Match, and nothing changes', async () => {
    const fake = await startFake();
    const r = active(fake);
    const missing = await patch(fake, r, [replace('/details/notes', 'x')], { ifMatch: null });
    expect(missing.status).toBe(412);
    expect(missing.body.error.code).toBe('PreconditionFailed');
    const ok = await patch(fake, r, [replace('/details/notes', 'first')]);
    expect(ok.status === 200 || ok.status === 204).toBe(true);
    const stale = await patch(fake, r, [replace('/details/notes', 'second')]);
    expect(stale.status).toBe(412);
    expect(stale.body.error.message).toMatch(/stale/);
    expect(fake.referral(r.id)!.details.notes).toBe('first');
  });

  it('400 for paths and operations outside the contract', async () => {
    const fake = await startFake();
    const r = active(fake);
    const cases: [unknown, string][] = [
      [[replace('/id', 'x')], 'PathNotPatchable'],
      [[replace('/eTag', 'x')], 'PathNotPatchable'],
      [[replace('/details', {})], 'PathNotPatchable'],
      [[replace('/team/0', contact)], 'PathNotPatchable'],
      [[{ op: 'remove', path: '/salesStage' }], 'UnsupportedPatchOperation'],
      [[{ op: 'move', from: '/name', path: '/campaignId' }], 'UnsupportedPatchOperation'],
      [[], 'InvalidPatch'],
      [{ status: 'Closed' }, 'InvalidPatch'],
      [[replace('/details/dealValue', 'lots')], 'ValidationFailed'],
      // Not in the V3 path list.
      [[replace('/name', 'Renamed')], 'PathNotPatchable'],
      [[replace('/favorite', true)], 'PathNotPatchable'],
      [[replace('/inviteContext', { notes: 'help' })], 'PathNotPatchable'],
      [[replace('/statusReasonNotes', 'why')], 'PathNotPatchable'],
    ];
    for (const [ops, code] of cases) {
      const res = await patch(fake, r, ops);
      expect(res.status, JSON.stringify(ops)).toBe(400);
      expect(res.body.error.code, JSON.stringify(ops)).toBe(code);
    }
    expect(fake.referral(r.id)!.eTag).toBe(r.eTag);
  });
});

describe('PATCH referrals: the status machine', () => {
  it('accepts and declines an inbound referral, wins and loses an active one; each gets a new eTag', async () => {
    const fake = await startFake({ patchResponse: 'body' });
    const [a, b] = fake.state().referrals.filter((r) => r.status === 'New' && r.direction === 'inbound');
    const accepted = await patch(fake, a!, [
      replace('/status', 'Active'),
      replace('/substatus', 'Accepted'),
      replace('/details/dealValue', '10000'),
    ]);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'Active', substatus: 'Accepted', details: { dealValue: 10000 }, updatedDateTime: START });
    expect(accepted.body.eTag).not.toBe(a!.eTag);
    const declined = await patch(fake, b!, [
      replace('/status', 'Closed'),
      replace('/substatus', 'Declined'),
      replace('/statusReason', 'Not a customer'),
    ]);
    // statusReason is free text on the wire; the label of one of the reasons is that reason.
    expect(declined.body).toMatchObject({ status: 'Closed', substatus: 'Declined', statusReason: 'Not a customer' });
    expect(fake.referral(b!.id)).toMatchObject({ statusReason: 'NotACustomer' });
    const won = await patch(fake, accepted.body, [replace('/status', 'Closed'), replace('/substatus', 'Won')]);
    expect(won.body.substatus).toBe('Won');
    expect(won.body.eTag).not.toBe(accepted.body.eTag);
    const other = active(fake);
    const lost = await patch(fake, other, [
      { op: 'add', path: '/statusReason', value: 'Went with a local reseller' },
      replace('/status', 'Closed'),
      replace('/substatus', 'Lost'),
    ]);
    expect(lost.body).toMatchObject({ substatus: 'Lost', statusReason: 'Others: Went with a local reseller' });
    expect(fake.referral(other.id)).toMatchObject({ statusReason: 'Others', statusReasonNotes: 'Went with a local reseller' });
  });

  it('refuses illegal moves with a message naming the problem', async () => {
    const fake = await startFake();
    const closed = firstWith(fake, (r) => r.status === 'Closed');
    const reopen = await patch(fake, closed, [replace('/status', 'Active'), replace('/substatus', 'Accepted')]);
    expect(reopen.status).toBe(400);
    expect(reopen.body.error).toMatchObject({ code: 'ReferralClosed', message: expect.stringMatching(/Closed/) });
    const noReason = await patch(fake, active(fake), [replace('/status', 'Closed'), replace('/substatus', 'Lost')]);
    expect(noReason.body.error).toMatchObject({ code: 'IllegalTransition', message: expect.stringMatching(/statusReason/) });
    const skip = await patch(fake, received(fake), [replace('/status', 'Closed'), replace('/substatus', 'Won')]);
    expect(skip.body.error.message).toMatch(/New\/Received to Closed\/Won/);
    const mismatch = await patch(fake, received(fake), [replace('/status', 'Active')]);
    expect(mismatch.body.error.message).toMatch(/substatus/);
    const expire = await patch(fake, received(fake), [replace('/status', 'Closed'), replace('/substatus', 'Expired')]);
    expect(expire.body.error.message).toMatch(/Only the service expires/);
    const declineNoReason = await patch(fake, received(fake), [replace('/status', 'Closed'), replace('/substatus', 'Declined')]);
    expect(declineNoReason.status).toBe(400);
    const others = await patch(fake, received(fake), [
      replace('/status', 'Closed'),
      replace('/substatus', 'Declined'),
      replace('/statusReason', 'Others'),
    ]);
    expect(others.body.error.message).toMatch(/Others: <why>/);
  });

  it('never downgrades a co-sell referral', async () => {
    const fake = await startFake();
    const coSell = firstWith(fake, (r) => r.status === 'Active' && r.consent.consentToShareReferralWithMicrosoftSellers);
    const res = await patch(fake, coSell, [replace('/consent/consentToShareReferralWithMicrosoftSellers', false)]);
    expect(res.body.error.code).toBe('CoSellDowngrade');
  });
});

describe('PATCH referrals: replies and idempotency', () => {
  it('answers 200 with the referral or 204 without a body (seeded), always with the new ETag', async () => {
    const fake = await startFake({ initialReferrals: 100 });
    const statuses = new Set<number>();
    for (const r of fake
      .state()
      .referrals.filter((x) => x.status === 'Active')
      .slice(0, 12)) {
      const res = await patch(fake, r, [replace('/details/notes', 'ping')]);
      statuses.add(res.status);
      expect(res.headers.get('etag')).toBe(fake.referral(r.id)!.eTag);
      if (res.status === 204) expect(res.text).toBe('');
      else expect(res.body.eTag).toBe(res.headers.get('etag'));
    }
    expect([...statuses].sort()).toEqual([200, 204]);
  });

  it('applies a replayed request-id once and answers it the same way', async () => {
    const fake = await startFake({ patchResponse: 'body' });
    const r = active(fake);
    const requestId = newRequestId();
    const ops = [replace('/details/notes', 'once')];
    const first = await patch(fake, r, ops, { requestId });
    const second = await patch(fake, r, ops, { requestId });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(fake.referral(r.id)!.eTag).toBe(first.body.eTag); // one change, not two
    const postId = newRequestId();
    const created = await post(fake, outboundBody(), postId);
    const again = await post(fake, outboundBody(), postId);
    expect(again.text).toBe(created.text);
    expect(fake.state().referrals.filter((x) => x.name === outboundBody().name)).toHaveLength(1);
  });

  it('refuses a request-id reused for another request, and forgets refused writes', async () => {
    const fake = await startFake();
    const r = active(fake);
    const requestId = newRequestId();
    expect((await patch(fake, r, [replace('/details/notes', 'a')], { requestId })).status).toBeLessThan(300);
    const reuse = await patch(fake, r, [replace('/details/notes', 'b')], { requestId });
    expect(reuse.status).toBe(422);
    expect(reuse.body.error.code).toBe('RequestIdReused');
    // A 412 is not remembered: the same request-id with a fresh If-Match goes through.
    const other = firstWith(fake, (x) => x.status === 'Active' && x.id !== r.id);
    const retryId = newRequestId();
    expect((await patch(fake, other, [replace('/details/notes', 'c')], { requestId: retryId, ifMatch: '"stale"' })).status).toBe(412);
    expect((await patch(fake, other, [replace('/details/notes', 'c')], { requestId: retryId })).status).toBeLessThan(300);
  });
});
