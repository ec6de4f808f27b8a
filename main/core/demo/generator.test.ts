import { describe, expect, it } from 'vitest';
import {
  closeReasonSchema,
  customerSchema,
  dealTypeOf,
  expiryOf,
  HOUR_MS,
  referralSchema,
  solutionSchema,
  stageOf,
} from '../../../shared/domain';
import { generateDemo } from './generator';

const now = '2026-11-24T10:00:00.000Z';
const data = generateDemo({ count: 3000, seed: 2026, now });
const nowMs = Date.parse(now);

describe('demo data', () => {
  it('is the same for the same seed and now, and different for another seed', () => {
    expect(generateDemo({ count: 300, seed: 5, now })).toEqual(generateDemo({ count: 300, seed: 5, now }));
    expect(generateDemo({ count: 300, seed: 6, now }).referrals[0]).not.toEqual(generateDemo({ count: 300, seed: 5, now }).referrals[0]);
  });

  it('every referral, customer and solution passes its schema, with unique ids', () => {
    for (const r of data.referrals) expect(referralSchema.parse(r)).toEqual(r);
    for (const c of data.customers) customerSchema.parse(c);
    for (const s of data.solutions) solutionSchema.parse(s);
    expect(new Set(data.referrals.map((r) => r.id)).size).toBe(data.referrals.length);
  });

  it('has about 55% inbound, every stage and substatus, and reasons for declined and lost deals', () => {
    const inbound = data.referrals.filter((r) => r.direction === 'inbound').length / data.referrals.length;
    expect(inbound).toBeGreaterThan(0.5);
    expect(inbound).toBeLessThan(0.6);
    expect(new Set(data.referrals.map((r) => r.substatus))).toEqual(
      new Set(['Pending', 'Received', 'Accepted', 'Won', 'Lost', 'Declined', 'Expired']),
    );
    expect(new Set(data.referrals.map((r) => `${r.direction}/${stageOf(r.status)}`))).toEqual(
      new Set(['inbound/received', 'inbound/accepted', 'inbound/archived', 'outbound/accepted', 'outbound/archived']),
    );
    for (const r of data.referrals.filter((x) => x.substatus === 'Declined' || x.substatus === 'Lost')) {
      // Declined and lost deals show a reason from the SPEC's list.
      expect(closeReasonSchema.options).toContain(r.statusReason);
      if (r.statusReason === 'Others') expect(r.statusReasonNotes).not.toBe('');
    }
  });

  it('has Received referrals already expired and expiring within 4 hours, 1 day and 3 days', () => {
    const left = data.referrals.filter((r) => r.status === 'New').map((r) => Date.parse(expiryOf(r)) - nowMs);
    expect(left.some((ms) => ms <= 0)).toBe(true);
    expect(left.some((ms) => ms > 0 && ms <= 4 * HOUR_MS)).toBe(true);
    expect(left.some((ms) => ms > 4 * HOUR_MS && ms <= 24 * HOUR_MS)).toBe(true);
    expect(left.some((ms) => ms > 24 * HOUR_MS && ms <= 72 * HOUR_MS)).toBe(true);
    expect(data.referrals.some((r) => r.status === 'New' && r.expirationDateTime === undefined)).toBe(true);
  });

  it('covers the currencies, a dozen countries, co-sell and private pipeline, teams and favorites', () => {
    expect(new Set(data.referrals.map((r) => r.details.currency))).toEqual(
      new Set(['USD', 'EUR', 'GBP', 'JPY', 'AUD', 'CAD', 'INR', 'BRL', 'CHF']),
    );
    expect(new Set(data.referrals.map((r) => r.customerProfile.address.country)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(data.referrals.map(dealTypeOf))).toEqual(new Set(['coSell', 'privatePipeline']));
    expect(data.referrals.some((r) => r.team.length >= 2)).toBe(true);
    expect(data.referrals.some((r) => r.inviteContext?.microsoftResponse === 'engaged')).toBe(true);
    expect(data.referrals.some((r) => r.registration)).toBe(true);
    expect(data.favorites.length).toBeGreaterThan(10);
    expect(data.referrals.some((r) => /^Azure migration for /.test(r.name))).toBe(true);
    expect(data.referrals.some((r) => /^Copilot rollout/.test(r.name))).toBe(true);
  });

  it('has customers sharing a name and a city, told apart by address and 9-digit D-U-N-S', () => {
    const byNameCity = new Map<string, typeof data.customers>();
    for (const c of data.customers) {
      const key = `${c.name}|${c.address.city}`;
      byNameCity.set(key, [...(byNameCity.get(key) ?? []), c]);
    }
    const shared = [...byNameCity.values()].filter((g) => g.length > 1);
    expect(shared.length).toBeGreaterThan(3);
    const duns = data.customers.flatMap((c) => (c.duns ? [c.duns] : []));
    expect(duns.every((d) => /^\d{9}$/.test(d))).toBe(true);
    expect(new Set(duns).size).toBe(duns.length);
  });

  it('has a catalog of own, Microsoft and third-party solutions, some eligible for registration', () => {
    expect(new Set(data.solutions.map((s) => s.kind))).toEqual(new Set(['own', 'microsoft', 'thirdParty']));
    expect(data.solutions.some((s) => s.registrationEligible)).toBe(true);
  });
});
