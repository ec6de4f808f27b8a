import type { Migration } from './types';

/**
 * Sync engine state (main/core/sync). Additive only: the outbox, history and meta of 0001 keep their
 * meaning; the cursor and last sync time live in meta under 'sync.*' keys.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'sync',
  up(db) {
    db.exec(`
      -- The write on its way to the service for one deal: written before the request goes out, so after
      -- a crash the very same request (same request-id, body and If-Match) is sent again and the
      -- service's replay protection applies it once. base = the server copy the ops were computed on.
      CREATE TABLE sync_flights (
        lead_seq INTEGER PRIMARY KEY,
        referral_id TEXT NOT NULL UNIQUE,
        request_id TEXT NOT NULL,
        seqs TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('POST', 'PATCH')),
        body TEXT NOT NULL,
        if_match TEXT,
        base TEXT,
        resolved INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL
      ) STRICT;

      -- A field both the seller and the service changed (412 with overlapping fields): the deal's
      -- changes wait until the seller picks a side per field.
      CREATE TABLE conflicts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        referral_id TEXT NOT NULL,
        lead_seq INTEGER NOT NULL,
        field TEXT NOT NULL,
        local_value TEXT NOT NULL,
        server_value TEXT NOT NULL,
        server_etag TEXT NOT NULL,
        created TEXT NOT NULL
      ) STRICT;
      CREATE INDEX conflicts_by_referral ON conflicts(referral_id, id);

      -- Records the service sent that this app could not read; re-fetched on every sync until they read.
      CREATE TABLE sync_issues (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        referral_id TEXT UNIQUE,
        at TEXT NOT NULL,
        message TEXT NOT NULL,
        details TEXT NOT NULL
      ) STRICT;

      -- What the seller must be told about a change the service did not take (closed, refused).
      CREATE TABLE sync_notices (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        referral_id TEXT NOT NULL,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        message TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sync_notices_by_referral ON sync_notices(referral_id, id);

      -- A deal created offline is 'local-…' until the service gives it its id.
      CREATE TABLE referral_ids (
        local_id TEXT PRIMARY KEY,
        server_id TEXT NOT NULL
      ) STRICT;
    `);
  },
};
