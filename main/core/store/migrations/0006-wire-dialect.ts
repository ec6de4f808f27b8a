import type { Migration } from './types';

/**
 * Sync speaks Microsoft's Partner Center contract (main/core/sync/wire). The server copy keeps the
 * service's JSON as received (`wire`), so fields we do not model survive and the domain copy can be
 * mapped again; Microsoft's referral in each engagement (its answer to our help request) and what the
 * contract cannot carry (the deal name after creation, registration details) get tables of their own.
 * The delta cursor is reset: copies read in the old dialect are read again in the new one. Changes waiting
 * to be sent stay queued and go out in the new shape; a write recorded in flight in the old shape is
 * planned again (its old body would be refused by the real service).
 */
export const migration0006: Migration = {
  version: 6,
  name: 'wire-dialect',
  up(db) {
    db.exec(`
      ALTER TABLE referrals_server ADD COLUMN wire TEXT;
      CREATE TABLE sync_engagements (
        engagement_id TEXT PRIMARY KEY,
        referral_id TEXT,
        json TEXT,
        answer TEXT
      ) STRICT;
      CREATE TABLE local_fields (
        referral_id TEXT PRIMARY KEY,
        json TEXT NOT NULL
      ) STRICT;
      DELETE FROM meta WHERE key = 'sync.cursor';
      DELETE FROM sync_flights;
    `);
  },
};
