import type { Database } from 'better-sqlite3';
import { statementCache } from './statementCache';
import type { ParsedListQuery } from '../../../shared/ipc';
import { buildCountSql, buildListSql, rowColumns, type ListRowRecord, type Seek } from './list/listSql';

/** A list row plus what a CSV file carries and the list does not show. */
export type ExportRecord = ListRowRecord & {
  customer_country: string;
  crm_id: string;
  campaign_id: string;
  notes: string;
  created: string;
};

const exportColumns = `${rowColumns}, r.customer_country, r.crm_id, r.campaign_id, r.notes, r.created`;

/**
 * The CSV export's reads: every row of a list view, in the list's order, in keyset chunks built by the list's own
 * SQL (list/listSql.ts), so the file has exactly the rows the tab shows. One chunk per call, each its own short
 * read: the writer waits for the disk between chunks without holding the database.
 */
export function createReferralExport(db: Database) {
  const prepared = statementCache(db);

  return {
    count(q: ParsedListQuery): number {
      const c = buildCountSql(q);
      return (prepared(c.sql).get(...c.params) as { n: number }).n;
    },
    /** Up to `size` rows after `after` (null: from the first row); fewer means the view has no more. */
    chunk(q: ParsedListQuery, after: Seek['after'], size: number, total: number): ExportRecord[] {
      const seek: Seek = { after, inclusive: false, backward: false, skip: 0, take: size };
      const sql = buildListSql(q, seek, { total, columns: exportColumns });
      return prepared(sql.sql).all(...sql.params) as ExportRecord[];
    },
  };
}

export type ReferralExport = ReturnType<typeof createReferralExport>;
