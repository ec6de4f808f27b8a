import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Referral } from '../../../shared/domain';
import { contract } from '../../../shared/ipc';
import { HOUR_MS } from '../../../shared/domain';
import { sampleReferral } from '../sync/testReferral';
import { tempDirs } from '../testing/tempDirs';
import { openDatabase } from '../store/database';
import { createReferralStore } from '../store/referralStore';
import { deferListIndexes } from '../store/deferredIndexes';
import { createInsightsQuery, durationsSql, filterOf, groupsSql, minorToMoney, nearestRank } from './insightsQuery';

const tempDir = tempDirs('cosell-insights-');
const at = (hoursAfterStart: number) => new Date(Date.parse('2026-10-01T00:00:00.000Z') + hoursAfterStart * HOUR_MS).toISOString();

let n = 0;
function deal(o: Partial<Referral> & { value?: string; currency?: string }): Referral {
  n += 1;
  const base = sampleReferral({ id: `d-${String(n)}`, createdDateTime: at(0) });
  return {
    ...base,
    ...o,
    details: { ...base.details, dealValue: o.value ?? base.details.dealValue, currency: o.currency ?? base.details.currency },
  };
}
const inbound = (o: Partial<Referral> & { value?: string; currency?: string }) => deal({ direction: 'inbound', ...o });
const coSell = { consent: { consentToShareReferralWithMicrosoftSellers: true, consentToShareCustomerContact: false } };

/**
 * Twelve deals whose numbers are worked out by hand:
 * inbound: 1 received, 3 accepted (answered after 2, 10, 30 h), 2 declined (after 4, 50 h), 1 expired, 1 won (answered after 6 h);
 * outbound: 1 accepted, 2 won, 1 lost. Values in USD, EUR and one in JPY.
 */
function fixture(): Referral[] {
  n = 0;
  return [
    inbound({ status: 'New', substatus: 'Received', value: '100', campaignId: 'SPRING' }),
    inbound({ status: 'Active', substatus: 'Accepted', acceptedDateTime: at(2), value: '1000.50', campaignId: 'SPRING', ...coSell }),
    inbound({ status: 'Active', substatus: 'Accepted', acceptedDateTime: at(10), value: '2000', currency: 'EUR' }),
    inbound({ status: 'Active', substatus: 'Accepted', acceptedDateTime: at(30), value: '300', campaignId: 'SPRING' }),
    inbound({ status: 'Closed', substatus: 'Declined', closedDateTime: at(4), statusReason: 'NotACustomer', value: '50' }),
    inbound({ status: 'Closed', substatus: 'Declined', closedDateTime: at(50), statusReason: 'NotACustomer', value: '60' }),
    inbound({ status: 'Closed', substatus: 'Expired', closedDateTime: at(336), value: '70' }),
    inbound({ status: 'Closed', substatus: 'Won', acceptedDateTime: at(6), closedDateTime: at(900), value: '5000', campaignId: 'SPRING' }),
    deal({ status: 'Active', substatus: 'Accepted', value: '700', currency: 'EUR', createdDateTime: at(2000) }),
    deal({ status: 'Closed', substatus: 'Won', value: '800', campaignId: 'FALL', ...coSell }),
    deal({ status: 'Closed', substatus: 'Won', value: '1000000', currency: 'JPY', campaignId: 'FALL' }),
    deal({ status: 'Closed', substatus: 'Lost', statusReason: 'CustomerChoseAnotherVendor', value: '900', campaignId: 'FALL' }),
  ];
}

function insightsOver(referrals: Referral[]) {
  const db = openDatabase(join(tempDir(), 'cosell.db'));
  const store = createReferralStore(db);
  db.transaction(() => {
    for (const r of referrals) store.insert(r);
  })();
  return { db, insights: createInsightsQuery(db) };
}

describe('insights:get numbers (SQL over the insights index)', () => {
  it('pipeline by stage per currency, win rate, reasons, response time and campaigns match the hand-worked fixture', () => {
    const { db, insights } = insightsOver(fixture());
    const all = insights.get({});
    expect(all.total).toBe(12);
    expect(all.pipeline).toEqual([
      { stage: 'received', currency: 'USD', count: 1, value: '100.00' },
      { stage: 'accepted', currency: 'EUR', count: 2, value: '2700.00' },
      { stage: 'accepted', currency: 'USD', count: 2, value: '1300.50' },
      { stage: 'won', currency: 'JPY', count: 1, value: '1000000.00' },
      { stage: 'won', currency: 'USD', count: 2, value: '5800.00' },
      { stage: 'lost', currency: 'USD', count: 1, value: '900.00' },
      { stage: 'declined', currency: 'USD', count: 2, value: '110.00' },
      { stage: 'expired', currency: 'USD', count: 1, value: '70.00' },
    ]);
    expect(all.winRate).toEqual({ won: 3, lost: 1, rate: 0.75 });
    expect(all.declinedReasons).toEqual([{ reason: 'NotACustomer', count: 2 }]);
    expect(all.lostReasons).toEqual([{ reason: 'CustomerChoseAnotherVendor', count: 1 }]);
    // Answered: 2, 4, 6, 10, 30, 50 hours. Nearest rank: median = 3rd (6 h), p90 = 6th (50 h).
    expect(all.responseTime).toEqual({ answered: 6, medianMs: 6 * HOUR_MS, p90Ms: 50 * HOUR_MS });
    expect(all.campaigns).toEqual([
      {
        campaignId: '',
        count: 5,
        won: 0,
        lost: 0,
        winRate: null,
        values: [
          { currency: 'EUR', value: '2700.00' },
          { currency: 'USD', value: '180.00' },
        ],
        wonValues: [],
      },
      {
        campaignId: 'SPRING',
        count: 4,
        won: 1,
        lost: 0,
        winRate: 1,
        values: [{ currency: 'USD', value: '6400.50' }],
        wonValues: [{ currency: 'USD', value: '5000.00' }],
      },
      {
        campaignId: 'FALL',
        count: 3,
        won: 2,
        lost: 1,
        winRate: 2 / 3,
        values: [
          { currency: 'JPY', value: '1000000.00' },
          { currency: 'USD', value: '1700.00' },
        ],
        wonValues: [
          { currency: 'JPY', value: '1000000.00' },
          { currency: 'USD', value: '800.00' },
        ],
      },
    ]);
    db.close();
  });

  it('filters by direction, deal type and period', () => {
    const { db, insights } = insightsOver(fixture());
    const outbound = insights.get({ direction: 'outbound' });
    expect(outbound.total).toBe(4);
    expect(outbound.winRate).toEqual({ won: 2, lost: 1, rate: 2 / 3 });
    expect(outbound.responseTime).toEqual({ answered: 0, medianMs: null, p90Ms: null });

    const coSellOnly = insights.get({ dealType: 'coSell' });
    expect(coSellOnly.total).toBe(2);
    expect(coSellOnly.campaigns.map((c) => c.campaignId).sort()).toEqual(['FALL', 'SPRING']);

    // Only the outbound EUR deal was created after 1000 hours.
    const late = insights.get({ from: at(1000) });
    expect(late.pipeline).toEqual([{ stage: 'accepted', currency: 'EUR', count: 1, value: '700.00' }]);
    expect(insights.get({ to: at(1000) }).total).toBe(11);
    // Another offset, the same instant: the period is compared in UTC.
    expect(insights.get({ from: '2026-10-01T02:00:00+02:00', to: '2026-10-01T00:00:00Z' }).total).toBe(11);
    db.close();
  });

  it('every statement reads the covering index only, with no sort for the grouping', () => {
    const { db } = insightsOver(fixture());
    for (const q of [{}, { direction: 'inbound' as const, from: at(0) }, { dealType: 'coSell' as const, to: at(5000) }]) {
      const f = filterOf(q);
      for (const sql of [groupsSql(f.where), durationsSql(f.where)]) {
        const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...f.params) as { detail: string }[]).map((p) => p.detail);
        expect(plan).toEqual([expect.stringContaining('USING COVERING INDEX referrals_insights')]);
      }
    }
    db.close();
  });

  it('still answers while a first sync has the indexes dropped', () => {
    const { db, insights } = insightsOver(fixture());
    db.transaction(() => deferListIndexes(db)).immediate();
    expect(insights.get({}).winRate).toEqual({ won: 3, lost: 1, rate: 0.75 });
    db.close();
  });

  it('refuses a period that ends before it starts, and unknown filters', () => {
    const schema = contract['insights:get'].input;
    expect(schema.safeParse({ from: '2026-03-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }).success).toBe(false);
    expect(schema.safeParse({ currency: 'USD' }).success).toBe(false);
    expect(schema.parse(undefined)).toEqual({});
  });

  it('money sums stay exact decimals; ranks are nearest-rank', () => {
    expect(minorToMoney(130050)).toBe('1300.50');
    expect(minorToMoney(5)).toBe('0.05');
    expect(minorToMoney(123456789012345)).toBe('1234567890123.45');
    expect([nearestRank(0.5, 6), nearestRank(0.9, 6), nearestRank(0.5, 1), nearestRank(0.9, 10)]).toEqual([3, 6, 1, 9]);
  });
});
