import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../shared/domain';

export type ExpirySeverity = 'normal' | 'warning' | 'error';
export type ExpiryCountdown = { label: string; severity: ExpirySeverity; expired: boolean };

/** Under 3 days left a Received referral turns warning-coloured (SPEC F2); under 1 day, error-coloured. */
export const WARNING_UNDER_MS = 3 * DAY_MS;
export const ERROR_UNDER_MS = DAY_MS;

/** "2d 4h left", "5h 12m left", "12m left", or "Expired" once the expiry has passed. Pure: the caller passes the clock. */
export function expiryCountdown(expiresAtIso: string, nowMs: number): ExpiryCountdown {
  const left = Date.parse(expiresAtIso) - nowMs;
  if (Number.isNaN(left)) return { label: 'Unknown expiry', severity: 'normal', expired: false };
  if (left <= 0) return { label: 'Expired', severity: 'error', expired: true };
  const severity: ExpirySeverity = left < ERROR_UNDER_MS ? 'error' : left < WARNING_UNDER_MS ? 'warning' : 'normal';
  return { label: `${remaining(left)} left`, severity, expired: false };
}

function remaining(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  const hours = Math.floor((ms % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((ms % HOUR_MS) / MINUTE_MS);
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${minutes}m`;
  return `${Math.max(minutes, 1)}m`;
}
