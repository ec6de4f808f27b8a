import type { Database, Statement } from 'better-sqlite3';
import type { ReferralRow, Stage } from '../../../shared/domain';
import type { Counts, ListPage, ParsedListQuery } from '../../../shared/ipc';
import { encodeCursor } from './list/cursor';
import { buildCountSql, buildListSql, filterKey, type ListRowRecord } from './list/listSql';

const STATEMENT_CACHE_SIZE = 200;

function toRow(r: ListRowRecord): ReferralRow {
  return {
    id: r.id,
    name: r.name,
    customerName: r.customer_name,
    dealValue: r.deal_value,
    currency: r.currency,
    closingDateTime: r.closing_date,
    dealType: r.deal_type,
    direction: r.direction,
    stage: r.stage,
    substatus: r.substatus,
    expirationDateTime: r.expiration,
    favorite: r.favorite === 1,
    pendingChanges: r.pending,
    updatedDateTime: r.updated,
  };
}

/**
 * The list's reads (referrals:list, referrals:counts), straight from the materialized `referrals` table:
 * keyset pages built by list/listSql.ts, totals per filter, counts per tab and stage.
 */
export function createReferralList(db: Database) {
  // The list's SQL has a bounded number of shapes (filters × sort × cursor); preparing once per shape saves ~0.1 ms a page.
  const statements = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let s = statements.get(sql);
    if (!s) {
      if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
      s = db.prepare(sql);
      statements.set(sql, s);
    }
    return s;
  };
  const byTabAndStage = db.prepare<[], { direction: 'inbound' | 'outbound'; stage: Stage; n: number }>(
    'SELECT direction, stage, count(*) AS n FROM referrals GROUP BY direction, stage',
  );
  const favoritesByStage = db.prepare<[], { stage: Stage; n: number }>(
    'SELECT r.stage AS stage, count(*) AS n FROM favorites f JOIN referrals r ON r.id = f.referral_id GROUP BY r.stage',
  );

  // Totals per filter, valid until anything changes: the next page or a re-sort does not count again.
  // total_changes() moves with this connection's writes, data_version with other connections' commits.
  const changeStamp = db.prepare<[], { c: number }>('SELECT total_changes() AS c');
  const dataVersion = db.prepare<[], { data_version: number }>('PRAGMA data_version');
  const totals = new Map<string, number>();
  let totalsStamp = '';
  function total(q: ParsedListQuery): number {
    const stamp = `${dataVersion.get()?.data_version ?? 0}:${changeStamp.get()?.c ?? 0}`;
    if (stamp !== totalsStamp || totals.size >= STATEMENT_CACHE_SIZE) {
      totals.clear();
      totalsStamp = stamp;
    }
    const key = filterKey(q);
    let n = totals.get(key);
    if (n === undefined) {
      const count = buildCountSql(q);
      n = (prepared(count.sql).get(...count.params) as { n: number }).n;
      totals.set(key, n);
    }
    return n;
  }

  return {
    page(q: ParsedListQuery): ListPage {
      const matching = total(q);
      const page = buildListSql(q, { total: matching });
      const rows = prepared(page.sql).all(...page.params) as ListRowRecord[];
      const hasMore = rows.length > q.limit;
      const items = hasMore ? rows.slice(0, q.limit) : rows;
      const last = items[items.length - 1];
      return {
        items: items.map(toRow),
        nextCursor: hasMore && last ? encodeCursor(q.sort, last.sort_key, last.id) : null,
        total: matching,
      };
    },
    counts(): Counts {
      const empty = () => ({ received: 0, accepted: 0, archived: 0, total: 0 });
      const out: Counts = { inbound: empty(), outbound: empty(), favorites: empty() };
      for (const row of byTabAndStage.all()) {
        out[row.direction][row.stage] += row.n;
        out[row.direction].total += row.n;
      }
      for (const row of favoritesByStage.all()) {
        out.favorites[row.stage] += row.n;
        out.favorites.total += row.n;
      }
      return out;
    },
  };
}

export type ReferralList = ReturnType<typeof createReferralList>;
