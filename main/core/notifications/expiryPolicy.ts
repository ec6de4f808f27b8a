import { DAY_MS, HOUR_MS } from '../../../shared/domain';
import type { AppNotification } from '../ports';
import type { ExpiringReferral } from '../store/referralStore';
import { isQuiet, quietEndsAt, type QuietHours } from './quietHours';

/** SPEC F5 defaults: 3 days, 1 day, 4 hours before expiry. */
export const DEFAULT_THRESHOLDS_MS = [3 * DAY_MS, DAY_MS, 4 * HOUR_MS] as const;

/** "referralId@thresholdMs": each is shown once, also across restarts (the caller persists them). */
export type SentKey = string;
export const sentKey = (referralId: string, thresholdMs: number): SentKey => `${referralId}@${thresholdMs}`;

/** expiry*: planned here; newInbound, helpAnswer, conflicts: by syncNotificationPolicy; signIn: by the notification center. */
export type PlannedNotification = AppNotification & {
  /** Keys to record as shown once this is delivered. */
  keys: SentKey[];
};

export type ExpiryPlanInput = {
  referrals: readonly ExpiringReferral[];
  sent: ReadonlySet<SentKey>;
  now: Date;
  thresholdsMs: readonly number[];
  quietHours: QuietHours;
  timeZone: string;
  /** At start-up, what came due while the app was closed is summed up in one notification, not a burst. */
  startup: boolean;
};

export type ExpiryPlan = { notifications: PlannedNotification[]; nextWakeAt: Date | null };

export function formatTimeLeft(ms: number): string {
  if (ms <= 0) return 'now';
  const hours = Math.floor(ms / HOUR_MS);
  const minutes = Math.floor((ms % HOUR_MS) / 60_000);
  if (hours >= 48) return `${Math.floor(hours / 24)} days`;
  if (hours >= 24) return `1 day ${hours - 24} h`;
  if (hours >= 1) return `${hours} h ${minutes} min`;
  return `${Math.max(1, minutes)} min`;
}

type Due = { r: ExpiringReferral; keys: SentKey[]; left: number };

/**
 * Which expiry notifications are due now, and when to wake up next. Pure: no timers, no I/O.
 * - A threshold is due from (expiry − threshold) until expiry; past expiry nothing is shown.
 * - Several thresholds due at once for one referral (the app was closed) make one notification.
 * - During quiet hours nothing is shown; the next wake-up is when they end.
 */
export function planExpiryNotifications(input: ExpiryPlanInput): ExpiryPlan {
  const now = input.now.getTime();
  const due: Due[] = [];
  let nextWake = Infinity;
  for (const r of input.referrals) {
    const expires = Date.parse(r.expiresAt);
    if (!(expires > now)) continue;
    const keys: SentKey[] = [];
    for (const t of input.thresholdsMs) {
      const key = sentKey(r.id, t);
      if (input.sent.has(key)) continue;
      const dueAt = expires - t;
      if (dueAt <= now) keys.push(key);
      else nextWake = Math.min(nextWake, dueAt);
    }
    if (keys.length > 0) due.push({ r, keys, left: expires - now });
  }
  if (due.length > 0 && isQuiet(input.now, input.quietHours, input.timeZone)) {
    const end = quietEndsAt(input.now, input.quietHours, input.timeZone).getTime();
    return { notifications: [], nextWakeAt: new Date(Math.min(end, nextWake)) };
  }
  due.sort((a, b) => a.left - b.left || a.r.id.localeCompare(b.r.id));
  const notifications = input.startup && due.length > 1 ? [summary(due)] : due.map(single);
  return { notifications, nextWakeAt: Number.isFinite(nextWake) ? new Date(nextWake) : null };
}

function single({ r, keys, left }: Due): PlannedNotification {
  return {
    kind: 'expiry',
    title: `Referral expires in ${formatTimeLeft(left)}`,
    body: `${r.name} — ${r.customerName}. Accept or decline it before it expires.`,
    referralId: r.id,
    keys,
  };
}

function summary(due: Due[]): PlannedNotification {
  const [first] = due as [Due, ...Due[]];
  const names = due
    .slice(0, 3)
    .map((d) => d.r.name)
    .join(', ');
  const more = due.length > 3 ? ` and ${due.length - 3} more` : '';
  return {
    kind: 'expirySummary',
    title: `${due.length} referrals are about to expire`,
    body: `${names}${more}. The first expires in ${formatTimeLeft(first.left)}.`,
    referralId: first.r.id,
    keys: due.flatMap((d) => d.keys),
  };
}
