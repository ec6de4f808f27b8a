import type { Migration } from './types';

/** The sort expression of each list sort column, as listSql.ts orders by it (the index must use the same text). */
export const seekIndexKeys = {
  name: 'name',
  customer: 'customer_name',
  value: 'deal_value_minor',
  closing: 'closing_date',
  type: 'deal_type',
  stage: 'stage_rank',
  expiration: "ifnull(expiration, '~')",
  updated: 'updated',
} as const;

/**
 * Random access in the list (jump to any row) and cheaper counts. One index per sort column, ordered by
 * (tab, sort key, id) and carrying every column a list filter tests (stage, type, close date; the rowid the
 * search hits are matched on is in every index): a page for any stages is one ordered range, and OFFSET
 * for a jump walks only this index, never the table rows (which hold each deal's JSON, ~1.5 rows a page).
 * They replace 0001's (direction, stage, key, id) indexes, which needed one range per stage merged and could
 * not skip rows without reading the table. Counts per tab and stage, and every total, read one narrow index.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'list-seek-indexes',
  up(db) {
    for (const old of ['name', 'customer', 'value', 'closing', 'type', 'stage', 'expiration', 'updated'])
      db.exec(`DROP INDEX IF EXISTS referrals_by_${old}`);
    for (const [suffix, key] of Object.entries(seekIndexKeys)) {
      const carried = ['stage', 'deal_type', 'closing_date'].filter((c) => c !== key);
      db.exec(`CREATE INDEX referrals_seek_${suffix} ON referrals(direction, ${key}, id, ${carried.join(', ')})`);
    }
    db.exec('CREATE INDEX referrals_count ON referrals(direction, stage, deal_type, closing_date)');
  },
};
