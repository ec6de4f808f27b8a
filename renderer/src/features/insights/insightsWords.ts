import type { TFunction } from 'i18next';
import type { InsightsStage } from '../../../../shared/ipc';
import { DAY_MS } from '../../../../shared/domain';
import type { Formatter } from '../../../../shared/i18n';

/** A stage of the Insights pipeline in the language shown: the list's stage and substatus words. */
export function stageWord(t: TFunction<['insights', 'common']>, stage: InsightsStage): string {
  switch (stage) {
    case 'received':
    case 'accepted':
      return t(`common:stage.${stage}`);
    case 'won':
      return t('common:substatus.Won');
    case 'lost':
      return t('common:substatus.Lost');
    case 'declined':
      return t('common:substatus.Declined');
    case 'expired':
      return t('common:substatus.Expired');
  }
}

/** A share, or a dash where nothing was decided yet. */
export const percentOrDash = (fmt: Formatter, rate: number | null): string => (rate === null ? '—' : fmt.percent(rate));

/** A response time people read: "5 hours 12 minutes", "2 дня 4 часа"; a dash when nothing was answered. */
export const responseTime = (fmt: Formatter, ms: number | null): string => (ms === null ? '—' : fmt.duration(ms, 'long'));

export const periods = ['30d', '90d', '365d', 'all'] as const;
export type Period = (typeof periods)[number];
const periodDays: Record<Exclude<Period, 'all'>, number> = { '30d': 30, '90d': 90, '365d': 365 };

/** The period as the query's `from`, counted back from now to the start of that day (stable within a day). */
export function periodFrom(period: Period, now: Date): string | undefined {
  if (period === 'all') return undefined;
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - periodDays[period] * DAY_MS);
  return start.toISOString();
}
