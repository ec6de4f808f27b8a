import type { Statement } from 'better-sqlite3';
import { AppError, type Counts, type ListPage, type ParsedListQuery } from '../../../shared/ipc';
import { dealTypeOf, stageOf, type ReferralDetail, type ReferralRow, type Stage } from '../../../shared/domain';
import { encodeCursor } from '../list/cursor';
import { buildCountSql, buildListSql, filterKey, type ListRowRecord } from '../list/listSql';
import type { CoreContext } from './context';

export const notFound = (id: string) =>
  new AppError('NOT_FOUND', `No deal with id "${id.slice(0, 80)}" exists on this computer. It may have been removed; reload the list.`);

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

/** referrals:list, referrals:counts, referrals:get: reads only, straight from the materialized table. */
export function createReferralQueries(ctx: CoreContext) {
  const { db, store } = ctx;
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
  // A conflict waits for the seller; a record the service sent that could not be read is an error.
  const hasConflict = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM conflicts WHERE referral_id = ? LIMIT 1');
  const hasIssue = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM sync_issues WHERE referral_id = ?');
  const syncStateOf = (id: string, pending: number): ReferralDetail['syncState'] =>
    hasConflict.get(id) ? 'conflict' : hasIssue.get(id) ? 'error' : pending > 0 ? 'pending' : 'synced';
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

  function list(q: ParsedListQuery): ListPage {
    const matching = total(q);
    const page = buildListSql(q, { total: matching });
    const rows = prepared(page.sql).all(...page.params) as ListRowRecord[];
    const hasMore = rows.length > q.limit;
    const items = hasMore ? rows.slice(0, q.limit) : rows;
    const last = items[items.length - 1];
    return { items: items.map(toRow), nextCursor: hasMore && last ? encodeCursor(q.sort, last.sort_key, last.id) : null, total: matching };
  }

  function counts(): Counts {
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
  }

  /** The deal by its id, or by the 'local-…' id it had before its first sync (the detail then carries the new id). */
  function detail(requestedId: string): ReferralDetail {
    const id = store.currentId(requestedId);
    const local = store.get(id);
    if (!local) throw notFound(id);
    return {
      referral: local.referral,
      stage: stageOf(local.referral.status),
      dealType: dealTypeOf(local.referral),
      favorite: store.isFavorite(id),
      syncState: syncStateOf(id, local.pending),
      pendingChanges: local.pending,
      history: store.history(id),
    };
  }

  return { list, counts, detail };
}

export type ReferralQueries = ReturnType<typeof createReferralQueries>;
