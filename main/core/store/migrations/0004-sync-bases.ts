import type { Migration } from './types';

/**
 * The server copy a deal's pending changes were made on, kept when a pull brings a newer copy before
 * those changes are sent. The push computes its JSON Patch against this base and sends its eTag as
 * If-Match, so the service answers 412 and the conflict policy can tell a field only the service
 * changed (merge) from one both sides changed (the seller decides) — instead of our change silently
 * overwriting the service's.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'sync-bases',
  up(db) {
    db.exec(`
      CREATE TABLE sync_bases (
        referral_id TEXT PRIMARY KEY,
        json TEXT NOT NULL,
        etag TEXT NOT NULL
      ) STRICT;
    `);
  },
};
