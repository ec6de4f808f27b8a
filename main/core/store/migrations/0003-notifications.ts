import type { Migration } from './types';

/**
 * Notifications already shown, one row per key ("<referralId>@<threshold or kind>"), so each is shown
 * once per referral and threshold, also across restarts (SPEC F5).
 */
export const migration0003: Migration = {
  version: 3,
  name: 'notifications',
  up(db) {
    db.exec(`
      CREATE TABLE notifications_sent (
        key TEXT PRIMARY KEY,
        referral_id TEXT NOT NULL,
        shown_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX notifications_sent_by_referral ON notifications_sent(referral_id);
    `);
  },
};
