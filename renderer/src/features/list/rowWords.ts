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

/** Most answers one remembered word function keeps; past it, it starts over (a fling passes thousands of rows). */
const REMEMBERED = 4000;

/** `fn` answering each key once: a row rendered again while scrolling asks i18next and Intl nothing new. */
function remembered<A extends unknown[], V>(key: (...args: A) => string, fn: (...args: A) => V): (...args: A) => V {
  const answers = new Map<string, V>();
  return (...args) => {
    const k = key(...args);
    let v = answers.get(k);
    if (v === undefined) {
      if (answers.size >= REMEMBERED) answers.clear();
      v = fn(...args);
      answers.set(k, v);
    }
    return v;
  };
}

export function useRowWords(): RowWords {
  const { t } = useTranslation();
  const fmt = useFormat();
  return useMemo(
    () => ({
      fmt,
      addFavorite: t('favorite.add'),
      removeFavorite: t('favorite.remove'),
      notSynced: t('syncState.pending'),
      dealType: remembered(
        (type) => type,
        (type: DealType) => t(`dealTypeShort.${type}`),
      ),
      direction: remembered(
        (direction) => direction,
        (direction: 'inbound' | 'outbound') => t(`direction.${direction}`),
      ),
      usdEquivalent: remembered(
        (valueUsd) => valueUsd,
        (valueUsd: string) => t('usdEquivalent', { amount: fmt.money(valueUsd, 'USD') }),
      ),
      stage: remembered(
        (stage, substatus) => `${stage}|${substatus}`,
        (stage: Stage, substatus: ReferralSubstatus) => stageText(t, stage, substatus),
      ),
      countdown: remembered(
        (expiresAt, now) => `${expiresAt}|${now}`,
        (expiresAt: string, now: number) => expiryCountdown(expiresAt, now, t, fmt),
      ),
      expiryTitle: remembered(
        (expiresAt, expired) => `${expiresAt}|${expired}`,
        (expiresAt: string, expired: boolean) => t(expired ? 'expiredAt' : 'expiresAt', { date: fmt.dateTime(expiresAt) }),
      ),
    }),
    [t, fmt],
  );
}
