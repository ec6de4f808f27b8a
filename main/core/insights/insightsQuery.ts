import type { Database } from 'better-sqlite3';
import { statementCache } from '../store/statementCache';
import type { Insights } from '../../../shared/ipc';
import { normalizeIso } from '../store/referralRow';
import { foldGroups, type InsightsGroup } from './insightsFold';

export type ParsedInsightsQuery = {
  from?: string;
  to?: string;
  direction?: 'inbound' | 'outbound';
  dealType?: 'coSell' | 'privatePipeline';
};

/** Integer minor units (cents) back to a decimal string: sums stay exact, never floats. */
export function minorToMoney(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${String(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`;
}

/** Nearest-rank percentile position (1-based) of p in n sorted values. */
export const nearestRank = (p: number, n: number): number => Math.max(1, Math.ceil(p * n));

/** The p-th percentile (nearest rank) of ascending values; null for none. */
export function percentileOf(sorted: Float64Array, p: number): number | null {
  return sorted.length === 0 ? null : (sorted[nearestRank(p, sorted.length) - 1] ?? null);
}

/**
 * Direction and type are always constrained (IN both values when not chosen), so the walk follows the index's order
 * and the GROUP BY needs no sort; the period is on `created` (when an inbound referral was received, an outbound
 * deal created), tested on the index entries.
 */
export function filterOf(q: ParsedInsightsQuery): { where: string; params: string[] } {
  const clauses = [q.direction ? 'r.direction = ?' : "r.direction IN ('inbound', 'outbound')"];
  const params: string[] = q.direction ? [q.direction] : [];
  clauses.push(q.dealType ? 'r.deal_type = ?' : "r.deal_type IN ('coSell', 'privatePipeline')");
  if (q.dealType) params.push(q.dealType);
  if (q.from) {
    clauses.push('r.created >= ?');
    params.push(normalizeIso(q.from));
  }
  if (q.to) {
    clauses.push('r.created <= ?');
    params.push(normalizeIso(q.to));
  }
  return { where: clauses.join(' AND '), params };
}

// No INDEXED BY: a first sync drops the list's indexes while it loads (store/deferredIndexes.ts), and Insights must
// still answer then. With every column it reads in referrals_insights, the planner takes that index (tested).
const from = 'FROM referrals r';
export const groupsSql = (where: string) =>
  `SELECT r.substatus AS substatus, r.currency AS currency, r.campaign_id AS campaignId, r.status_reason AS reason,
     count(*) AS n, sum(r.deal_value_minor) AS minor
   ${from} WHERE ${where}
   GROUP BY r.direction, r.deal_type, r.substatus, r.currency, r.campaign_id, r.status_reason`;
export const durationsSql = (where: string) =>
  `SELECT CAST(round((julianday(r.responded_at) - julianday(r.created)) * 86400000) AS INTEGER) AS ms
   ${from} WHERE ${where} AND r.responded_at IS NOT NULL`;

/**
 * Insights (SPEC F7) by SQL over the covering index `referrals_insights` (migration 0008): one GROUP BY gives count
 * and value for every (status, currency, campaign, reason), which insightsFold.ts adds up per view; one more
 * statement reads the response times. Both in one read transaction, so the numbers agree with each other.
 */
export function createInsightsQuery(db: Database) {
  const prepared = statementCache(db);

  const compute = db.transaction((q: ParsedInsightsQuery): Insights => {
    const f = filterOf(q);
    const groups = prepared(groupsSql(f.where)).all(...f.params) as InsightsGroup[];
    const durations = prepared(durationsSql(f.where))
      .raw()
      .all(...f.params) as [number][];
    const sorted = Float64Array.from(durations, (d) => d[0]).sort();
    return {
      ...foldGroups(groups, minorToMoney),
      responseTime: { answered: sorted.length, medianMs: percentileOf(sorted, 0.5), p90Ms: percentileOf(sorted, 0.9) },
    };
  });

  return { get: (q: ParsedInsightsQuery): Insights => compute(q) };
}

export type InsightsQueryService = ReturnType<typeof createInsightsQuery>;
