import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealType, ReferralSubstatus, Stage } from '../../../../shared/domain';
import type { Formatter } from '../../../../shared/i18n';
import { expiryCountdown, type ExpiryCountdown } from '../../format/expiry';
import { stageText } from '../../format/labels';
import { useFormat } from '../../i18n';

/**
 * What a list row says, in the language shown: built once per language by the list and handed to every row,
 * so a memoized row subscribes to nothing and formats with formatters built once.
 */
export type RowWords = {
  fmt: Formatter;
  addFavorite: string;
  removeFavorite: string;
  notSynced: string;
  dealType(type: DealType): string;
  direction(direction: 'inbound' | 'outbound'): string;
  /** "≈ $1,234.00 in US dollars": the hover over a value in another currency. */
  usdEquivalent(valueUsd: string): string;
  stage(stage: Stage, substatus: ReferralSubstatus): string;
  countdown(expiresAt: string, now: number): ExpiryCountdown;
  /** "Expires 2 Dec 2026, 14:00" / "Expired …": the countdown's tooltip. */
  expiryTitle(expiresAt: string, expired: boolean): string;
};

export function useRowWords(): RowWords {
  const { t } = useTranslation();
  const fmt = useFormat();
  return useMemo(
    () => ({
      fmt,
      addFavorite: t('favorite.add'),
      removeFavorite: t('favorite.remove'),
      notSynced: t('syncState.pending'),
      dealType: (type) => t(`dealTypeShort.${type}`),
      direction: (direction) => t(`direction.${direction}`),
      usdEquivalent: (valueUsd) => t('usdEquivalent', { amount: fmt.money(valueUsd, 'USD') }),
      stage: (stage, substatus) => stageText(t, stage, substatus),
      countdown: (expiresAt, now) => expiryCountdown(expiresAt, now, t, fmt),
      expiryTitle: (expiresAt, expired) => t(expired ? 'expiredAt' : 'expiresAt', { date: fmt.dateTime(expiresAt) }),
    }),
    [t, fmt],
  );
}
