import type { CloseReason, ReferralSubstatus } from '../../../shared/domain';
import type { Amount, Insights, InsightsStage } from '../../../shared/ipc';

/** One row of the Insights GROUP BY: deals of one status, currency, campaign and reason. Values in minor units. */
export type InsightsGroup = {
  substatus: ReferralSubstatus;
  currency: string;
  campaignId: string;
  reason: CloseReason | '';
  n: number;
  minor: number;
};

const stageOf: Record<ReferralSubstatus, InsightsStage> = {
  Pending: 'received',
  Received: 'received',
  Accepted: 'accepted',
  Won: 'won',
  Lost: 'lost',
  Declined: 'declined',
  Expired: 'expired',
};
const stageOrder: readonly InsightsStage[] = ['received', 'accepted', 'won', 'lost', 'declined', 'expired'];

/** Adds minor units per key, keeping first-seen order out of it: callers sort. */
function add(map: Map<string, number>, key: string, minor: number): void {
  map.set(key, (map.get(key) ?? 0) + minor);
}

const amounts = (byCurrency: Map<string, number>, money: (minor: number) => string): Amount[] =>
  [...byCurrency.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, minor]) => ({ currency, value: money(minor) }));

const reasonList = (counts: Map<string, number>) =>
  [...counts.entries()]
    .sort(([ra, a], [rb, b]) => b - a || ra.localeCompare(rb))
    .map(([reason, count]) => ({ reason: reason as CloseReason, count }));

/**
 * The Insights views from the grouped rows: count and value per stage and currency, win rate, reasons, and per
 * campaign count, win rate and value per currency (amounts never summed across currencies).
 */
export function foldGroups(groups: readonly InsightsGroup[], money: (minor: number) => string): Omit<Insights, 'responseTime'> {
  const pipeline = new Map<string, { stage: InsightsStage; currency: string; count: number; minor: number }>();
  const declined = new Map<string, number>();
  const lost = new Map<string, number>();
  type Campaign = { count: number; won: number; lost: number; values: Map<string, number>; wonValues: Map<string, number> };
  const campaigns = new Map<string, Campaign>();
  let total = 0;
  for (const g of groups) {
    total += g.n;
    const stage = stageOf[g.substatus];
    const key = `${stage}\u0000${g.currency}`;
    const p = pipeline.get(key) ?? { stage, currency: g.currency, count: 0, minor: 0 };
    p.count += g.n;
    p.minor += g.minor;
    pipeline.set(key, p);
    if (g.reason && stage === 'declined') add(declined, g.reason, g.n);
    if (g.reason && stage === 'lost') add(lost, g.reason, g.n);
    let c = campaigns.get(g.campaignId);
    if (!c) {
      c = { count: 0, won: 0, lost: 0, values: new Map(), wonValues: new Map() };
      campaigns.set(g.campaignId, c);
    }
    c.count += g.n;
    add(c.values, g.currency, g.minor);
    if (stage === 'won') {
      c.won += g.n;
      add(c.wonValues, g.currency, g.minor);
    }
    if (stage === 'lost') c.lost += g.n;
  }
  const rows = [...pipeline.values()].sort(
    (a, b) => stageOrder.indexOf(a.stage) - stageOrder.indexOf(b.stage) || a.currency.localeCompare(b.currency),
  );
  const won = rows.filter((r) => r.stage === 'won').reduce((s, r) => s + r.count, 0);
  const lostCount = rows.filter((r) => r.stage === 'lost').reduce((s, r) => s + r.count, 0);
  return {
    total,
    pipeline: rows.map((r) => ({ stage: r.stage, currency: r.currency, count: r.count, value: money(r.minor) })),
    winRate: { won, lost: lostCount, rate: won + lostCount > 0 ? won / (won + lostCount) : null },
    declinedReasons: reasonList(declined),
    lostReasons: reasonList(lost),
    campaigns: [...campaigns.entries()]
      .map(([campaignId, c]) => ({
        campaignId,
        count: c.count,
        won: c.won,
        lost: c.lost,
        winRate: c.won + c.lost > 0 ? c.won / (c.won + c.lost) : null,
        values: amounts(c.values, money),
        wonValues: amounts(c.wonValues, money),
      }))
      .sort((a, b) => b.count - a.count || a.campaignId.localeCompare(b.campaignId)),
  };
}
