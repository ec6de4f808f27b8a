import { closeReasonLabels, type CloseReason } from '../../../../shared/domain';
import type { InsightsStage } from '../../../../shared/ipc';
import { DAY_MS, HOUR_MS } from '../../../../shared/domain';

export const stageWords: Record<InsightsStage, string> = {
  received: 'Received',
  accepted: 'Accepted',
  won: 'Won',
  lost: 'Lost',
  declined: 'Declined',
  expired: 'Expired',
};

export const reasonWords = (reason: CloseReason): string => closeReasonLabels[reason];

export const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

/** A response time people read: "5 h", "2.5 days". */
export function duration(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < DAY_MS) return `${(ms / HOUR_MS).toFixed(ms < 10 * HOUR_MS ? 1 : 0)} h`;
  return `${(ms / DAY_MS).toFixed(1)} days`;
}

export const money = (value: string, currency: string): string =>
  new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(Number(value));

export type Period = '30d' | '90d' | '365d' | 'all';
export const periodWords: Record<Period, string> = {
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  '365d': 'Last 12 months',
  all: 'All time',
};
const periodDays: Record<Exclude<Period, 'all'>, number> = { '30d': 30, '90d': 90, '365d': 365 };

/** The period as the query's `from`, counted back from now to the start of that day (stable within a day). */
export function periodFrom(period: Period, now: Date): string | undefined {
  if (period === 'all') return undefined;
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - periodDays[period] * DAY_MS);
  return start.toISOString();
}
