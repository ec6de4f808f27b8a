import { describe, expect, it } from 'vitest';
import { DAY_MS, type Referral } from '../../shared/domain';
import type { ErrorBody, FakeState } from './index';
import { newRequestId, REFERRALS, START, startFake, type ListBody } from './testHelpers';

type Fake = Awaited<ReturnType<typeof startFake>>;
const at = (ms: number) => new Date(Date.parse(START) + ms).toISOString();

/** Our co-sell deal as Microsoft's POST body. */
const coSellDeal = (name: string) => ({
  name,
  type: 'Shared',
  customerProfile: {
    name: 'Fabrikam Ltd',
    address: { city: 'Seattle', country: 'US' },
    team: [{ firstName: 'Cy', lastName: 'Lee', phoneNumber: '+1 206 555 0100', email: 'cy@fabrikam.example' }],
  },
  consent: { consentToShareReferralWithMicrosoftSellers: true, consentToContact: true },
  details: { dealValue: 90000, currency: 'EUR', closingDateTime: '2027-06-30T00:00:00Z', requirements: { solutions: [] } },
  team: [{ firstName: 'Alice', lastName: 'Ng', phoneNumber: '+1 425 555 0100', email: 'alice@contoso-partner.example' }],
});
/** The connected referral that asks Microsoft for help in our engagement (README "Creating and sharing"). */
const helpRequest = (engagementId: string) => ({
  ...coSellDeal('Help'),
  engagementId,
  target: [{ type: 'BusinessProfileLocation', id: 'msft' }],
  inviteContext: { notes: 'Need an architect', assistanceRequestCode: 'ProofOfConceptOrDemo' },
});

type Wire = Referral & { organizationId?: string; inviteContext?: { assistanceRequestCode?: string } };
const create = async (fake: Fake, body: unknown) => {
  const res = await fake.call<Wire>(REFERRALS, { method: 'POST', body, headers: { 'request-id': newRequestId() } });
  expect(res.status).toBe(201);
  return res.body;
};
const microsoftSide = (fake: Fake, engagementId: string) => fake.state().microsoftReferrals.filter((r) => r.engagementId === engagementId);

describe("Microsoft's side of an engagement", () => {
  it('answers every help request within 14 days of service time, and our referral shows the answer', async () => {
    const fake = await startFake({ initialReferrals: 0 });
    const ours = await Promise.all(Array.from({ length: 12 }, (_, i) => create(fake, coSellDeal(`Deal ${i}`))));
    for (const r of ours) {
      const connected = await create(fake, helpRequest(r.engagementId));
      expect(connected).toMatchObject({ organizationId: 'msft', status: 'New', engagementId: r.engagementId });
      expect(connected.inviteContext?.assistanceRequestCode).toBe('ProofOfConceptOrDemo');
      const [theirs] = microsoftSide(fake, r.engagementId);
      expect(theirs).toMatchObject({ id: connected.id, status: 'New', substatus: 'Received', engagementId: r.engagementId });
      expect(theirs!.id).not.toBe(r.id);
    }
    expect((await fake.call<ListBody<Referral>>(REFERRALS)).body.value).toHaveLength(12); // Microsoft's referrals are not ours to list
    const engagement = await fake.call<ListBody<Wire>>(
      `${REFERRALS}?$filter=${encodeURIComponent(`engagementId eq '${ours[0]!.engagementId}'`)}`,
    );
    expect(engagement.body.value.map((r) => r.organizationId).sort()).toEqual(['7d23e5ca-19dc-4eaa-aac8-5e6b559f0d1d', 'msft']);
    fake.advance(14 * DAY_MS);
    const answers = new Set<string>();
    for (const r of ours) {
      const [theirs] = microsoftSide(fake, r.engagementId);
      const now = fake.referral(r.id)!;
      const expected = { Accepted: 'engaged', Declined: 'declined', Expired: 'noAnswer' }[theirs!.substatus as 'Accepted'];
      expect(expected, `${theirs!.status}/${theirs!.substatus}`).toBeDefined();
      expect(now.inviteContext?.microsoftResponse).toBe(expected);
      expect(now.eTag).not.toBe(r.eTag);
      const listed = await fake.call<ListBody<Wire>>(`${REFERRALS}?$filter=${encodeURIComponent(`engagementId eq '${r.engagementId}'`)}`);
      expect(listed.body.value.find((x) => x.id === theirs!.id)).toMatchObject({ status: theirs!.status, substatus: theirs!.substatus });
      expect(Date.parse(now.updatedDateTime)).toBeLessThanOrEqual(Date.parse(at(14 * DAY_MS)));
      if (theirs!.substatus === 'Declined') expect(theirs!.statusReason).toBeDefined();
      answers.add(expected);
    }
    expect(answers.size).toBeGreaterThan(1);
  });

  it('starts when a private deal is upgraded to co-sell by PATCH, and the answer makes a stale If-Match fail', async () => {
    const fake = await startFake({ initialReferrals: 0, patchResponse: 'body' });
    const deal = await create(fake, {
      ...coSellDeal('Private first'),
      type: 'Independent',
      consent: { consentToShareReferralWithMicrosoftSellers: false },
    });
    expect(microsoftSide(fake, deal.engagementId)).toHaveLength(0);
    const upgraded = await fake.call<Referral>(`${REFERRALS}/${deal.id}`, {
      method: 'PATCH',
      headers: { 'if-match': deal.eTag, 'request-id': newRequestId() },
      body: [{ op: 'replace', path: '/consent/consentToShareReferralWithMicrosoftSellers', value: true }],
    });
    expect(upgraded.status).toBe(200);
    expect(microsoftSide(fake, deal.engagementId)).toHaveLength(0);
    await create(fake, helpRequest(deal.engagementId));
    expect(microsoftSide(fake, deal.engagementId)).toHaveLength(1);
    // Asked once per engagement.
    const twice = await fake.call<ErrorBody>(REFERRALS, {
      method: 'POST',
      body: helpRequest(deal.engagementId),
      headers: { 'request-id': newRequestId() },
    });
    expect(twice.body.error.code).toBe('HelpAlreadyRequested');
    fake.simulate.answerHelpRequest(deal.engagementId, 'engaged');
    expect(microsoftSide(fake, deal.engagementId)[0]).toMatchObject({ status: 'Active', substatus: 'Accepted' });
    const stale = await fake.call<ErrorBody>(`${REFERRALS}/${deal.id}`, {
      method: 'PATCH',
      headers: { 'if-match': upgraded.body.eTag, 'request-id': newRequestId() },
      body: [{ op: 'replace', path: '/salesStage', value: 'Propose' }],
    });
    expect(stale.status).toBe(412);
  });
});

describe('inbound referrals from Microsoft', () => {
  it('expire at expirationDateTime when the service clock passes it, and delta sync sees it', async () => {
    const fake = await startFake({ initialReferrals: 0 });
    const soon = fake.simulate.createReferral({ expirationDateTime: at(3_600_000) });
    const later = fake.simulate.newInboundReferral();
    expect(later.expirationDateTime).toBe(at(14 * DAY_MS));
    fake.advance(3_599_000);
    expect(fake.referral(soon.id)!.status).toBe('New');
    fake.advance(1_000);
    expect(fake.referral(soon.id)).toMatchObject({ status: 'Closed', substatus: 'Expired', updatedDateTime: at(3_600_000) });
    expect(fake.referral(later.id)!.status).toBe('New');
    const delta = await fake.call<ListBody<Referral>>(`${REFERRALS}?$filter=updatedDateTime gt ${START}`);
    expect(delta.body.value.map((r) => r.id)).toEqual([soon.id]);
    const accept = await fake.call<ErrorBody>(`${REFERRALS}/${soon.id}`, {
      method: 'PATCH',
      headers: { 'if-match': fake.referral(soon.id)!.eTag, 'request-id': newRequestId() },
      body: [
        { op: 'replace', path: '/status', value: 'Active' },
        { op: 'replace', path: '/substatus', value: 'Accepted' },
      ],
    });
    expect(accept.body.error.code).toBe('ReferralClosed');
    fake.advance(14 * DAY_MS);
    expect(fake.referral(later.id)!.substatus).toBe('Expired');
  });

  it('arrive over time when a generator is on', async () => {
    const fake = await startFake({ initialReferrals: 0, newInboundEveryMs: 3_600_000 });
    fake.advance(24 * 3_600_000);
    const inbound = fake.state().referrals;
    expect(inbound.length).toBeGreaterThanOrEqual(12);
    expect(inbound.length).toBeLessThanOrEqual(48);
    expect(inbound.every((r) => r.direction === 'inbound' && r.status === 'New' && r.createdDateTime === r.updatedDateTime)).toBe(true);
  });
});

describe('/__admin over HTTP', () => {
  it('creates and changes referrals as Microsoft (no If-Match), advances the clock, and shows the state', async () => {
    const fake = await startFake({ initialReferrals: 5 });
    const created = await fake.call<Referral>('/__admin/referrals', {
      method: 'POST',
      body: { name: 'From a Microsoft seller', details: { dealValue: '5000' } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'From a Microsoft seller',
      direction: 'inbound',
      status: 'New',
      details: { dealValue: '5000' },
    });
    const changed = await fake.call<Referral>(`/__admin/referrals/${created.body.id}`, {
      method: 'PATCH',
      body: { details: { notes: 'Microsoft edited this' } },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.eTag).not.toBe(created.body.eTag);
    const conflict = await fake.call(`${REFERRALS}/${created.body.id}`, {
      method: 'PATCH',
      headers: { 'if-match': created.body.eTag, 'request-id': newRequestId() },
      body: [{ op: 'replace', path: '/details/notes', value: 'ours' }],
    });
    expect(conflict.status).toBe(412);
    const invalid = await fake.call<ErrorBody>(`/__admin/referrals/${created.body.id}`, { method: 'PATCH', body: { status: 'Sideways' } });
    expect(invalid.status).toBe(400);
    const advanced = await fake.call<{ now: string }>('/__admin/clock/advance', { method: 'POST', body: { ms: 60_000 } });
    expect(advanced.body.now).toBe(at(60_000));
    const state = await fake.call<FakeState>('/__admin/state');
    expect(state.body.now).toBe(at(60_000));
    expect(state.body.referrals).toHaveLength(6);
    expect(state.body.referrals.at(-1)!.details.notes).toBe('Microsoft edited this');
    expect(state.body.scheduled.some((e) => e.kind === 'expire')).toBe(true);
  });

  it('answers a help request on demand and switches 200/204', async () => {
    const fake = await startFake({ initialReferrals: 0 });
    const deal = await create(fake, coSellDeal('Needs help'));
    await create(fake, helpRequest(deal.engagementId));
    const answered = await fake.call<Referral[]>('/__admin/simulate/answer', {
      method: 'POST',
      body: { engagementId: deal.engagementId, outcome: 'declined' },
    });
    expect(answered.body[0]!.inviteContext?.microsoftResponse).toBe('declined');
    expect(
      (await fake.call('/__admin/simulate/answer', { method: 'POST', body: { engagementId: 'none', outcome: 'engaged' } })).status,
    ).toBe(404);
    await fake.call('/__admin/config', { method: 'POST', body: { patchResponse: 'noContent' } });
    const res = await fake.call(`${REFERRALS}/${deal.id}`, {
      method: 'PATCH',
      headers: { 'if-match': fake.referral(deal.id)!.eTag, 'request-id': newRequestId() },
      body: [{ op: 'replace', path: '/salesStage', value: 'Develop' }],
    });
    expect(res.status).toBe(204);
    expect((await fake.call<Referral>('/__admin/simulate/inbound', { method: 'POST', body: {} })).body.status).toBe('New');
  });
});
