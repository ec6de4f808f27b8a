import type { Database } from 'better-sqlite3';
import { canExpireIdsSql, type ReferralStore } from '../store/referralStore';
import type { SentKey } from './expiryPolicy';
import type { ExpiryReminderStore } from './expiryReminders';

/** "<referralId>@<what>" → referralId (ids never contain "@"; what follows the last one is the threshold or kind). */
export function referralIdOfKey(key: SentKey): string {
  const at = key.lastIndexOf('@');
  return at > 0 ? key.slice(0, at) : key;
}

export type NotificationStore = ExpiryReminderStore & {
  /** Which of `keys` were shown already (for the sync notifications). */
  sentAmong(keys: readonly SentKey[]): Set<SentKey>;
  /** Received referrals expiring in (now, now + withinMs]: the tray's count. */
  expiringWithin(now: Date, withinMs: number): number;
  /** Forgets keys older than `before` whose referral can no longer be notified about. Returns how many. */
  prune(before: string): number;
};

/**
 * The notifications' view of the SQLite store: table notifications_sent (migration 0003) here, the
 * referrals that can expire through the referral store.
 */
export function createNotificationStore(
  db: Database,
  referrals: Pick<ReferralStore, 'expiringReferrals' | 'countExpiring'>,
): NotificationStore {
  const sentForReceived = db.prepare<[], { key: string }>(`SELECT key FROM notifications_sent WHERE referral_id IN (${canExpireIdsSql})`);
  const isSent = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM notifications_sent WHERE key = ?');
  const insert = db.prepare<[string, string, string]>(
    'INSERT OR IGNORE INTO notifications_sent (key, referral_id, shown_at) VALUES (?, ?, ?)',
  );
  const pruneOld = db.prepare<[string]>(`DELETE FROM notifications_sent WHERE shown_at < ? AND referral_id NOT IN (${canExpireIdsSql})`);
  const markAll = db.transaction((keys: readonly SentKey[], at: string) => {
    for (const key of keys) insert.run(key, referralIdOfKey(key), at);
  });

  return {
    receivedReferrals: () => referrals.expiringReferrals(),
    sentKeys: () => new Set(sentForReceived.all().map((r) => r.key)),
    markSent: (keys, at) => markAll.immediate(keys, at),
    sentAmong: (keys) => new Set(keys.filter((k) => isSent.get(k) !== undefined)),
    expiringWithin: (now, withinMs) => referrals.countExpiring(now.toISOString(), new Date(now.getTime() + withinMs).toISOString()),
    prune: (before) => pruneOld.run(before).changes,
  };
}
