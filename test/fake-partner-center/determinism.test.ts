import { describe, expect, it } from 'vitest';
import { customerSchema, referralSchema, solutionSchema, type Customer, type Solution } from '../../shared/domain';
import type { ErrorBody } from './index';
import { newRequestId, REFERRALS, startFake, type ListBody } from './testHelpers';

describe('seeded data', () => {
  it('is the same for the same seed (data, ids, eTags, later writes) and differs for another seed', async () => {
    const run = async (seed: number) => {
      const fake = await startFake({ seed, initialReferrals: 300 });
      const inbound = fake.simulate.newInboundReferral();
      const r = fake.state().referrals.find((x) => x.status === 'Active')!;
      await fake.call(`${REFERRALS}/${r.id}`, {
        method: 'PATCH',
        headers: { 'if-match': r.eTag, 'request-id': newRequestId() },
        body: [{ op: 'replace', path: '/details/notes', value: 'x' }],
      });
      return { state: fake.state(), inbound };
    };
    const a = await run(7);
    const b = await run(7);
    expect(b).toEqual(a);
    const c = await run(8);
    expect(c.state.referrals.map((r) => r.id)).not.toEqual(a.state.referrals.map((r) => r.id));
  });

  it('holds referrals that pass the shared schema, in every stage and direction', async () => {
    const fake = await startFake({ initialReferrals: 500 });
    const { referrals, microsoftReferrals } = fake.state();
    for (const r of [...referrals, ...microsoftReferrals]) expect(referralSchema.parse(r)).toEqual(r);
    const kinds = new Set(referrals.map((r) => `${r.direction} ${r.status}/${r.substatus}`));
    expect([...kinds].sort()).toEqual([
      'inbound Active/Accepted',
      'inbound Closed/Declined',
      'inbound Closed/Expired',
      'inbound New/Received',
      'outbound Active/Accepted',
      'outbound Closed/Lost',
      'outbound Closed/Won',
    ]);
    // Open help requests have Microsoft's referral waiting and an answer planned.
    const pending = referrals.filter((r) => r.inviteContext?.microsoftResponse === 'pending');
    expect(pending.length).toBeGreaterThan(0);
    for (const r of pending) expect(microsoftReferrals.some((m) => m.engagementId === r.engagementId && m.status === 'New')).toBe(true);
    expect(fake.state().scheduled.filter((e) => e.kind === 'answer')).toHaveLength(pending.length);
  });
});

describe('extension endpoints (not Partner Center)', () => {
  it('searches the customer directory by name or D-U-N-S and country, paged', async () => {
    const fake = await startFake();
    const all = await fake.call<ListBody<Customer>>('/v1.0/directory/customers?$top=100');
    expect(all.body.value).toHaveLength(100);
    for (const c of all.body.value) customerSchema.parse(c);
    const second = await fake.call<ListBody<Customer>>(all.body['@odata.nextLink']!);
    expect(second.body.value[0]!.id).not.toBe(all.body.value[0]!.id);
    const byName = await fake.call<ListBody<Customer>>('/v1.0/directory/customers?search=contoso&country=us');
    expect(byName.body.value.length).toBeGreaterThan(0);
    expect(byName.body.value.every((c) => /contoso/i.test(c.name) && c.address.country === 'US')).toBe(true);
    const duns = all.body.value[0]!.duns!;
    expect((await fake.call<ListBody<Customer>>(`/v1.0/directory/customers?search=${duns}`)).body.value.map((c) => c.duns)).toContain(duns);
    // Same name, same city: the wizard has to show address and D-U-N-S to tell them apart.
    const twins = all.body.value.filter((c, i, list) =>
      list.some((d, j) => j !== i && d.name === c.name && d.address.city === c.address.city),
    );
    expect(twins.length).toBeGreaterThan(0);
    expect((await fake.call<ErrorBody>('/v1.0/directory/customers?country=USA')).status).toBe(400);
  });

  it('lists the solution catalog by kind', async () => {
    const fake = await startFake();
    const all = await fake.call<ListBody<Solution>>('/v1.0/catalog/solutions');
    for (const s of all.body.value) solutionSchema.parse(s);
    expect(new Set(all.body.value.map((s) => s.kind))).toEqual(new Set(['own', 'microsoft', 'thirdParty']));
    const own = await fake.call<ListBody<Solution>>('/v1.0/catalog/solutions?kind=own');
    expect(own.body.value.length).toBeGreaterThan(0);
    expect(own.body.value.every((s) => s.kind === 'own')).toBe(true);
    expect((await fake.call<ErrorBody>('/v1.0/catalog/solutions?kind=partner')).body.error.code).toBe('InvalidQuery');
  });
});
