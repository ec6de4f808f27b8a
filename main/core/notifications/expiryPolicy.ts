import { DAY_MS, HOUR_MS } from '../../../shared/domain';
import { englishWords, type Words } from '../i18n/mainWords';
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
  /** The language the notifications are worded in (English when not given). */
  words?: Words;
};

export type ExpiryPlan = { notifications: PlannedNotification[]; nextWakeAt: Date | null };

/** "2 days 4 hours", "3 hours", "12 minutes" in the words' language (the shared formatter's long style). */
export function formatTimeLeft(ms: number, words: Words = englishWords()): string {
  return ms <= 0 ? words.t('notify:now') : words.fmt.duration(ms, 'long');
}

/** "A, B, C" or "A, B, C and 2 more". */
export function namesOf(names: readonly string[], words: Words): string {
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? words.t('notify:namesAndMore', { names: shown, count: names.length - 3 }) : shown;
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
  const words = input.words ?? englishWords();
  const notifications = input.startup && due.length > 1 ? [summary(due, words)] : due.map((d) => single(d, words));
  return { notifications, nextWakeAt: Number.isFinite(nextWake) ? new Date(nextWake) : null };
}

function single({ r, keys, left }: Due, words: Words): PlannedNotification {
  return {
    kind: 'expiry',
    title: words.t('notify:expiryTitle', { time: formatTimeLeft(left, words) }),
    body: words.t('notify:expiryBody', { name: r.name, customer: r.customerName }),
    referralId: r.id,
    keys,
  };
}

function summary(due: Due[], words: Words): PlannedNotification {
  const [first] = due as [Due, ...Due[]];
  return {
    kind: 'expirySummary',
    title: words.t('notify:expirySummaryTitle', { count: due.length }),
    body: words.t('notify:expirySummaryBody', {
      names: namesOf(
        due.map((d) => d.r.name),
        words,
      ),
      time: formatTimeLeft(first.left, words),
    }),
    referralId: first.r.id,
    keys: due.flatMap((d) => d.keys),
  };
}
