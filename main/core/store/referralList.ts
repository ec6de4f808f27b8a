import type { Database } from 'better-sqlite3';
import { STATEMENT_CACHE_SIZE, statementCache } from './statementCache';
import { minorToMoney, type ReferralRow, type Stage } from '../../../shared/domain';
import { ratesInUse } from '../rates/exchangeRates';
import type { Counts, ListPage, ParsedCountsQuery, ParsedListQuery } from '../../../shared/ipc';
import { encodeCursor } from './list/cursor';
import {
  buildCountSql,
  buildFilteredCountsSql,
  buildListSql,
  countTableStages,
  filterKey,
  hitsAreTheTotal,
  keysetSeek,
  searchMatchOf,
  type ListRowRecord,
  type SqlWithParams,
} from './list/listSql';
import { createAnchorCache, planSeek } from './list/seekPlan';

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
    valueUsd: r.value_usd_minor < 0 ? null : minorToMoney(r.value_usd_minor),
  };
}

/** Each list has its own hits table, so two lists on one connection never read each other's. */
let listsOpened = 0;

/**
 * The list's reads (referrals:list, referrals:counts), straight from the materialized `referrals` table:
 * keyset pages built by list/listSql.ts, pages by row number (a jump) seeking from the nearest known row
 * (list/seekPlan.ts), totals per filter, counts per tab and stage.
 */
export function createReferralList(db: Database) {
  const prepared = statementCache(db);
  // Kept by triggers (migration 0010): six rows, never a count over the deals.
  const byTabAndStage = db.prepare<[], { direction: 'inbound' | 'outbound'; stage: Stage; n: number }>(
    'SELECT direction, stage, n FROM referral_counts',
  );
  // Kept by triggers too (migration 0011): three rows, never a join of the favorites with the deals.
  const favoritesByStage = db.prepare<[], { stage: Stage; n: number }>('SELECT stage, n FROM favorite_counts');

  // Totals per filter and known row positions, valid until anything changes: the next page or a re-sort does not
  // count again. total_changes() moves with this connection's writes, data_version with other connections' commits.
  const changeStamp = db.prepare<[], { c: number }>('SELECT total_changes() AS c');
  const dataVersion = db.prepare<[], { data_version: number }>('PRAGMA data_version');
  // The hits table's own rows count in total_changes(): they are taken out, so a search does not look like a write.
  let ownChanges = 0;
  const stampNow = () => `${dataVersion.get()?.data_version ?? 0}:${(changeStamp.get()?.c ?? 0) - ownChanges}`;

  // A search matches the full-text index once: its hits are written to a temp table (this connection's own), which
  // gives the total and the rows of every page until the words, the tab or the data change.
  const hitsTable = `temp.search_hits_${++listsOpened}`;
  db.exec(`CREATE TABLE IF NOT EXISTS ${hitsTable} (row_id INTEGER PRIMARY KEY)`);
  const clearHits = db.prepare(`DELETE FROM ${hitsTable}`);
  const fillHits = db.prepare<[string]>(`INSERT INTO ${hitsTable} (row_id) SELECT rowid FROM referrals_fts WHERE referrals_fts MATCH ?`);
  let hitsOf: { key: string; n: number } | null = null;
  /** Writes the query's hits (once per words, tab, stages and stamp); their number, or null for a query with no words. */
  function storeHits(q: ParsedListQuery, stamp: string): number | null {
    const match = searchMatchOf(q);
    if (match === null) return null;
    const key = `${stamp}|${match}`;
    if (hitsOf?.key !== key) {
      ownChanges += clearHits.run().changes;
      const n = fillHits.run(match).changes;
      ownChanges += n;
      hitsOf = { key, n };
    }
    return hitsOf.n;
  }
  const totals = new Map<string, number>();
  let totalsStamp = '';
  const anchors = createAnchorCache();

  /** A tab's deals in these stages, from the count tables (six rows and three): never a count over the deals. */
  function tableTotal(tab: ParsedListQuery['tab'], stages: readonly Stage[]): number {
    const rows = tab === 'favorites' ? favoritesByStage.all() : byTabAndStage.all().filter((r) => r.direction === tab);
    return rows.reduce((sum, r) => (stages.includes(r.stage) ? sum + r.n : sum), 0);
  }

  /** The query's total; `hits`: the number of its stored hits (storeHits), null with no words. */
  function total(q: ParsedListQuery, stamp: string, hits: number | null): number {
    if (stamp !== totalsStamp || totals.size >= STATEMENT_CACHE_SIZE) {
      totals.clear();
      totalsStamp = stamp;
    }
    const key = filterKey(q);
    let n = totals.get(key);
    if (n === undefined) {
      const stages = countTableStages(q);
      if (stages) n = tableTotal(q.tab, stages);
      else if (hits !== null && hitsAreTheTotal(q)) n = hits;
      else {
        const count = buildCountSql(q, hits !== null ? hitsTable : undefined);
        n = (prepared(count.sql).get(...count.params) as { n: number }).n;
      }
      totals.set(key, n);
    }
    return n;
  }

  const read = (sql: SqlWithParams) => prepared(sql.sql).all(...sql.params) as ListRowRecord[];

  const positionKey = (q: ParsedListQuery) => `${filterKey(q)}|${q.sort.column}|${q.sort.direction}`;
  function rememberEdges(q: ParsedListQuery, stamp: string, offset: number, rows: readonly ListRowRecord[]): void {
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (!first || !last) return;
    anchors.add(positionKey(q), stamp, [
      { pos: offset, value: first.sort_key, id: first.id },
      { pos: offset + rows.length - 1, value: last.sort_key, id: last.id },
    ]);
  }

  /** A page by keyset cursor (or the first page): limit + 1 rows, the extra one only says whether there is more. */
  function byCursor(q: ParsedListQuery, stamp: string): ListPage {
    const seek = keysetSeek(q);
    const hits = storeHits(q, stamp);
    const matching = total(q, stamp, hits);
    const rows = read(buildListSql(q, seek, { total: matching, hitsTable: hits !== null ? hitsTable : undefined }));
    const hasMore = rows.length > q.limit;
    const items = hasMore ? rows.slice(0, q.limit) : rows;
    const last = items[items.length - 1];
    if (!seek.after) rememberEdges(q, stamp, 0, items);
    return { items: items.map(toRow), nextCursor: hasMore && last ? encodeCursor(q.sort, last.sort_key, last.id) : null, total: matching };
  }

  /** A page by row number: the seek starts from the nearest row whose position is known (see seekPlan.ts). */
  function byOffset(q: ParsedListQuery, offset: number, stamp: string): ListPage {
    const hits = storeHits(q, stamp);
    const matching = total(q, stamp, hits);
    if (offset >= matching) return { items: [], nextCursor: null, total: matching };
    const seek = planSeek(offset, q.limit, matching, anchors.get(positionKey(q), stamp));
    const rows = read(buildListSql(q, seek, { total: matching, hitsTable: hits !== null ? hitsTable : undefined }));
    if (seek.backward) rows.reverse();
    rememberEdges(q, stamp, offset, rows);
    const last = rows[rows.length - 1];
    const hasMore = offset + rows.length < matching;
    return { items: rows.map(toRow), nextCursor: hasMore && last ? encodeCursor(q.sort, last.sort_key, last.id) : null, total: matching };
  }

  /**
   * One page. Count and page read one snapshot (a read transaction): a write by another process between
   * them cannot make the total disagree with the rows.
   */
  const page = db.transaction((q: ParsedListQuery): ListPage => {
    const stamp = stampNow();
    const found = q.offset !== undefined && q.offset > 0 ? byOffset(q, q.offset, stamp) : byCursor(q, stamp);
    return { ...found, rates: rates() };
  });
  // The rates change only when the workspace opens (applyExchangeRates), so they are read once per stamp.
  let ratesCache: { stamp: string; rates: ReturnType<typeof ratesInUse> } | null = null;
  const rates = () => {
    const stamp = stampNow();
    if (ratesCache?.stamp !== stamp) ratesCache = { stamp, rates: ratesInUse(db) };
    return ratesCache.rates;
  };

  return {
    page: (q: ParsedListQuery): ListPage => page(q),
    /** Deals per tab and stage; with filters, only the deals matching them (the search included). */
    counts(f: ParsedCountsQuery = {}): Counts {
      const empty = () => ({ received: 0, accepted: 0, archived: 0, total: 0 });
      const out: Counts = { inbound: empty(), outbound: empty(), favorites: empty() };
      const filtered = Object.values(f).some((v) => typeof v === 'string' && v.trim() !== '');
      const sql = filtered ? buildFilteredCountsSql(f) : null;
      const byTab = sql
        ? (prepared(sql.byTab.sql).all(...sql.byTab.params) as { direction: 'inbound' | 'outbound'; stage: Stage; n: number }[])
        : byTabAndStage.all();
      const favorites = sql
        ? (prepared(sql.favorites.sql).all(...sql.favorites.params) as { stage: Stage; n: number }[])
        : favoritesByStage.all();
      for (const row of byTab) {
        out[row.direction][row.stage] += row.n;
        out[row.direction].total += row.n;
      }
      for (const row of favorites) {
        out.favorites[row.stage] += row.n;
        out.favorites.total += row.n;
      }
      return out;
    },
  };
}

export type ReferralList = ReturnType<typeof createReferralList>;
