import type { Migration } from './types';

/**
 * Sorting by value compares deals in a common currency (US dollars, SPEC F2 "sort by any column"): ¥265,876,000
 * is about $1.7M, not more than $5M. `value_usd_minor` holds each deal's equivalent in US cents, computed when
 * the row is written from the rates in `exchange_rates` (-1: a currency the rates do not know, sorted below every
 * known value), and recomputed for every row when the rates change (main/core/rates/exchangeRates.ts). The
 * value sort index moves to it.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'value-equivalent',
  up(db) {
    db.exec(`
      ALTER TABLE referrals ADD COLUMN value_usd_minor INTEGER NOT NULL DEFAULT -1;
      CREATE TABLE exchange_rates (
        currency TEXT PRIMARY KEY,
        per_usd REAL NOT NULL CHECK (per_usd > 0)
      ) STRICT;
      DROP INDEX IF EXISTS referrals_seek_value;
      CREATE INDEX referrals_seek_value ON referrals(direction, value_usd_minor, id, stage, deal_type, closing_date);
    `);
  },
};
