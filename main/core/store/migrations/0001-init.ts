import type { Migration } from './types';

/**
 * The first schema: server copies, the materialized list the UI reads, its full-text index, the outbox
 * of user intents, favorites, history, and the offline directory and catalog.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'init',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- Last-known server copy of each referral, with the eTag for If-Match.
      CREATE TABLE referrals_server (
        id TEXT PRIMARY KEY,
        json TEXT NOT NULL,
        etag TEXT NOT NULL DEFAULT '',
        updated TEXT NOT NULL
      ) STRICT;

      -- What the UI reads: server copy overlaid with pending local intents, materialized.
      -- Times are UTC ISO strings from Date.toISOString() so text order is time order.
      CREATE TABLE referrals (
        row_id INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        direction TEXT NOT NULL,
        stage TEXT NOT NULL,
        stage_rank INTEGER NOT NULL,
        status TEXT NOT NULL,
        substatus TEXT NOT NULL,
        deal_type TEXT NOT NULL,
        name TEXT NOT NULL COLLATE NOCASE,
        customer_name TEXT NOT NULL COLLATE NOCASE,
        customer_country TEXT NOT NULL,
        deal_value TEXT NOT NULL,
        deal_value_minor INTEGER NOT NULL,
        currency TEXT NOT NULL,
        closing_date TEXT NOT NULL,
        expiration TEXT,
        notes TEXT NOT NULL DEFAULT '',
        crm_id TEXT NOT NULL DEFAULT '',
        campaign_id TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        pending INTEGER NOT NULL DEFAULT 0,
        json TEXT NOT NULL
      ) STRICT;

      -- Keyset pagination: one index per sort key within a tab (direction) and stage, ended by the id
      -- tie-breaker. A page over several stages merges one range scan per stage (see listSql.ts), so
      -- any page costs about the same, and counts per tab and stage are covered by the same indexes.
      CREATE INDEX referrals_by_name ON referrals(direction, stage, name, id);
      CREATE INDEX referrals_by_customer ON referrals(direction, stage, customer_name, id);
      CREATE INDEX referrals_by_value ON referrals(direction, stage, deal_value_minor, id);
      CREATE INDEX referrals_by_closing ON referrals(direction, stage, closing_date, id);
      CREATE INDEX referrals_by_type ON referrals(direction, stage, deal_type, id);
      CREATE INDEX referrals_by_stage ON referrals(direction, stage, stage_rank, id);
      CREATE INDEX referrals_by_expiration ON referrals(direction, stage, ifnull(expiration, '~'), id);
      CREATE INDEX referrals_by_updated ON referrals(direction, stage, updated, id);
      CREATE INDEX referrals_expiring ON referrals(expiration) WHERE expiration IS NOT NULL;

      -- Kept in step with referrals by referralStore (insert/update), not by triggers: per-row
      -- triggers made bulk loads about twice as slow, and every write already goes through the store.
      CREATE VIRTUAL TABLE referrals_fts USING fts5(
        name, customer_name, notes, crm_id, campaign_id,
        content='referrals', content_rowid='row_id',
        tokenize='unicode61 remove_diacritics 2'
      );

      -- Ordered user intents for the service; request_id is sent as request-id on every retry.
      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        request_id TEXT NOT NULL UNIQUE,
        referral_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('create', 'action')),
        payload TEXT NOT NULL,
        created TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT
      ) STRICT;
      CREATE INDEX outbox_by_state ON outbox(state, seq);
      CREATE INDEX outbox_by_referral ON outbox(referral_id, seq);

      CREATE TABLE favorites (
        referral_id TEXT PRIMARY KEY REFERENCES referrals(id) ON DELETE CASCADE,
        created TEXT NOT NULL
      ) STRICT;

      CREATE TABLE history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        referral_id TEXT NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        changes TEXT NOT NULL,
        outbox_seq INTEGER,
        synced INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX history_by_referral ON history(referral_id, id);

      -- Offline customer directory and solution catalog.
      CREATE TABLE customers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE,
        address TEXT NOT NULL,
        country TEXT NOT NULL,
        city TEXT NOT NULL,
        duns TEXT
      ) STRICT;
      CREATE INDEX customers_by_name ON customers(name, id);
      CREATE INDEX customers_by_country ON customers(country, name);

      CREATE TABLE solutions (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE,
        publisher TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('own', 'microsoft', 'thirdParty')),
        registration_eligible INTEGER NOT NULL DEFAULT 0
      ) STRICT;
    `);
  },
};
