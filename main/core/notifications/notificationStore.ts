import type { Database } from 'better-sqlite3';
import type { ExpiringReferral, SentKey } from './expiryPolicy';
import type { ExpiryNotificationStore } from './expiryScheduler';

/** "<referralId>@<what>" → referralId (ids never contain "@"; what follows the last one is the threshold or kind). */
export function referralIdOfKey(key: SentKey): string {
  const at = key.lastIndexOf('@');
  return at > 0 ? key.slice(0, at) : key;
}

export type NotificationStore = ExpiryNotificationStore & {
  /** Which of `keys` were shown already (for the sync notifications). */
  sentAmong(keys: readonly SentKey[]): Set<SentKey>;
  /** Received referrals expiring in (now, now + withinMs]: the tray's count. */
  expiringWithin(now: Date, withinMs: number): number;
  /** Forgets keys older than `before` whose referral can no longer be notified about. Returns how many. */
  prune(before: string): number;
};

/** The notifications' view of the SQLite store (table notifications_sent, migration 0003). */
export function createNotificationStore(db: Database): NotificationStore {
  // Only Received inbound rows have an expiration (see referralColumns): exactly the referrals that can expire.
  const received = db.prepare<[], ExpiringReferral>(
    'SELECT id, name, customer_name AS customerName, expiration AS expiresAt FROM referrals WHERE expiration IS NOT NULL',
  );
  const sentForReceived = db.prepare<[], { key: string }>(
    'SELECT key FROM notifications_sent WHERE referral_id IN (SELECT id FROM referrals WHERE expiration IS NOT NULL)',
  );
  const isSent = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM notifications_sent WHERE key = ?');
  const insert = db.prepare<[string, string, string]>(
    'INSERT OR IGNORE INTO notifications_sent (key, referral_id, shown_at) VALUES (?, ?, ?)',
  );
  const countExpiring = db.prepare<[string, string], { n: number }>(
    'SELECT count(*) AS n FROM referrals WHERE expiration IS NOT NULL AND expiration > ? AND expiration <= ?',
  );
  const pruneOld = db.prepare<[string]>(
    'DELETE FROM notifications_sent WHERE shown_at < ? AND referral_id NOT IN (SELECT id FROM referrals WHERE expiration IS NOT NULL)',
  );
  const markAll = db.transaction((keys: readonly SentKey[], at: string) => {
    for (const key of keys) insert.run(key, referralIdOfKey(key), at);
  });

  return {
    receivedReferrals: () => received.all(),
    sentKeys: () => new Set(sentForReceived.all().map((r) => r.key)),
    markSent: (keys, at) => markAll.immediate(keys, at),
    sentAmong: (keys) => new Set(keys.filter((k) => isSent.get(k) !== undefined)),
    expiringWithin: (now, withinMs) => countExpiring.get(now.toISOString(), new Date(now.getTime() + withinMs).toISOString())?.n ?? 0,
    prune: (before) => pruneOld.run(before).changes,
  };
}
