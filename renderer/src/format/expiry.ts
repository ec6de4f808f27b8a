import type { TFunction } from 'i18next';
import { DAY_MS } from '../../../shared/domain';
import type { Formatter } from '../../../shared/i18n';
import { currentFormatter, i18n } from '../i18n/i18n';

export type ExpirySeverity = 'normal' | 'warning' | 'error';
export type ExpiryCountdown = { label: string; severity: ExpirySeverity; expired: boolean };

/** Under 3 days left a Received referral turns warning-coloured (SPEC F2); under 1 day, error-coloured. */
export const WARNING_UNDER_MS = 3 * DAY_MS;
export const ERROR_UNDER_MS = DAY_MS;

/**
 * "2d 4h left", "5h 12m left", "12m left", or "Expired" once the expiry has passed, in the language shown
 * («осталось 2 д. 4 ч»). Pure: the caller passes the clock (and, in components, its t and formatter).
 */
export function expiryCountdown(
  expiresAtIso: string,
  nowMs: number,
  t: TFunction = i18n.t,
  fmt: Formatter = currentFormatter(),
): ExpiryCountdown {
  const left = Date.parse(expiresAtIso) - nowMs;
  if (Number.isNaN(left)) return { label: t('unknownExpiry'), severity: 'normal', expired: false };
  if (left <= 0) return { label: t('expired'), severity: 'error', expired: true };
  const severity: ExpirySeverity = left < ERROR_UNDER_MS ? 'error' : left < WARNING_UNDER_MS ? 'warning' : 'normal';
  return { label: t('timeLeft', { time: fmt.duration(left) }), severity, expired: false };
}
