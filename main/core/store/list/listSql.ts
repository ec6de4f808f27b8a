import { directionSchema, stageSchema, type Stage } from '../../../../shared/domain';
import type { ParsedListQuery, SortColumn } from '../../../../shared/ipc';
import { normalizeIso } from '../referralRow';
import { decodeCursor } from './cursor';
import { listMatch, scopedMatch } from './ftsQuery';

type SortKey = { expr: string; kind: 'text' | 'int' };

/**
 * Each sortable column and the SQL it sorts on. Every expression leads an index (direction, expr, id, stage,
 * type, close date) in migration 0005, so a page of any tab, stages and filters is one ordered index range, and
 * OFFSET walks only that index. No expiry sorts as '~' (after every date): a deal that cannot expire comes
 * after every deal that can, in ascending order.
 */
export const sortKeys: Record<SortColumn, SortKey> = {
  name: { expr: 'r.name', kind: 'text' },
  customerName: { expr: 'r.customer_name', kind: 'text' },
  // The value in US dollars (migration 0007): deals in different currencies sort by what they are worth.
  dealValue: { expr: 'r.value_usd_minor', kind: 'int' },
  closingDateTime: { expr: 'r.closing_date', kind: 'text' },
  dealType: { expr: 'r.deal_type', kind: 'text' },
  stage: { expr: 'r.stage_rank', kind: 'int' },
  expirationDateTime: { expr: "ifnull(r.expiration, '~')", kind: 'text' },
  updatedDateTime: { expr: 'r.updated', kind: 'text' },
};

export type SqlParam = string | number;
export type SqlWithParams = { sql: string; params: SqlParam[] };
export type SortValue = string | number;

/** The columns a list row needs; never the json (parsing 100 documents per page is the slow path). */
export const rowColumns = `r.id, r.name, r.customer_name, r.deal_value, r.currency, r.closing_date, r.deal_type, r.direction,
  r.stage, r.substatus, r.expiration, r.pending, r.updated, r.value_usd_minor,
  EXISTS (SELECT 1 FROM favorites f WHERE f.referral_id = r.id) AS favorite`;

export type ListRowRecord = {
  id: string;
  name: string;
  customer_name: string;
  deal_value: string;
  currency: string;
  closing_date: string;
  deal_type: 'coSell' | 'privatePipeline';
  direction: 'inbound' | 'outbound';
  stage: Stage;
  substatus: 'Pending' | 'Received' | 'Accepted' | 'Won' | 'Lost' | 'Declined' | 'Expired';
  expiration: string | null;
  pending: number;
  updated: string;
  value_usd_minor: number;
  favorite: number;
  sort_key: string | number;
};

/** An empty stage list means "no stage filter", like a filter menu with nothing ticked. */
function selectedStages(q: ParsedListQuery): Stage[] {
  const wanted = new Set(q.stages ?? []);
  return wanted.size === 0 ? [...stageSchema.options] : stageSchema.options.filter((s) => wanted.has(s));
}

type Where = { clauses: string[]; params: SqlParam[] };

/** The filters beside the tab and its stages: type, close date range, expiry (the search is matched apart). */
export type NarrowingFilters = Pick<ParsedListQuery, 'dealType' | 'closeFrom' | 'closeTo' | 'expiresBefore'>;

/**
 * Type, close date range and expiry: every column tested here is in each list index (the expiry test uses the
 * expiry index's own expression, so it is a range of that index), so filtering while walking an index never reads
 * a table row.
 */
export function narrowing(q: NarrowingFilters): Where {
  const w: Where = { clauses: [], params: [] };
  if (q.dealType) {
    w.clauses.push('r.deal_type = ?');
    w.params.push(q.dealType);
  }
  if (q.closeFrom) {
    w.clauses.push('r.closing_date >= ?');
    w.params.push(normalizeIso(q.closeFrom));
  }
  if (q.closeTo) {
    w.clauses.push('r.closing_date <= ?');
    w.params.push(normalizeIso(q.closeTo));
  }
  if (q.expiresBefore) {
    w.clauses.push(`${sortKeys.expirationDateTime.expr} < ?`);
    w.params.push(normalizeIso(q.expiresBefore));
  }
  return w;
}

/** Tab and stages, then the narrowing filters. */
function filters(q: ParsedListQuery): Where {
  const w: Where = { clauses: [], params: [] };
  if (q.tab === 'favorites') w.clauses.push('r.id IN (SELECT referral_id FROM favorites)');
  else {
    w.clauses.push('r.direction = ?');
    w.params.push(q.tab);
  }
  const stages = selectedStages(q);
  if (stages.length < 3) {
    w.clauses.push(`r.stage IN (${stages.map(() => '?').join(', ')})`);
    w.params.push(...stages);
  }
  const rest = narrowing(q);
  return { clauses: [...w.clauses, ...rest.clauses], params: [...w.params, ...rest.params] };
}

const matchCte = 'WITH hits(row_id) AS MATERIALIZED (SELECT rowid FROM referrals_fts WHERE referrals_fts MATCH ?) ';

/**
 * At or below this many matching rows a page filters first and sorts what is left (cheap: few rows);
 * above it, a page reads the sort index in order and stops after one page (cheap: matches are dense).
 * Sorting what is left reads every matching table row (a page of its own each, ~1.6 KB a deal), walking the index
 * reads small index entries: measured after another connection's write (the page cache starts cold, as after a
 * sync), the ordered walk was already 3× cheaper at 1,170 matches of 27,000 and 1.6× at 643 (bench, issue 15).
 */
export const SMALL_RESULT = 300;

/**
 * Where a page starts. `after`: strictly after this (sort value, id), or at it when `inclusive` (a keyset
 * cursor, or a row whose position is known); none: from the first row. `skip` rows are passed over first
 * (OFFSET: index entries only, see above), then `take` rows are read. `backward` reads the other way from
 * `after` (or from the last row), for a position nearer the end; the rows then come back last first.
 */
export type Seek = { after: { value: SortValue; id: string } | null; inclusive: boolean; backward: boolean; skip: number; take: number };

/**
 * The seek of a keyset page: strictly after the cursor's row (or from the top), limit + 1 rows, the extra one
 * only telling whether there is a next page. Throws AppError BAD_INPUT for a cursor that is not this sort's.
 */
export function keysetSeek(q: ParsedListQuery): Seek {
  const after = q.cursor ? decodeCursor(q.cursor, q.sort, sortKeys[q.sort.column].kind) : null;
  return { after, inclusive: false, backward: false, skip: 0, take: q.limit + 1 };
}

/**
 * The query's total (from buildCountSql), when known: it picks the cheaper plan. `columns`: what each row carries
 * (default: a list row's columns; the CSV export adds the ones a file has and the list does not show).
 */
export type ListPlanHint = {
  total?: number;
  columns?: string;
  /** A table holding the query's hits (its `searchMatchOf` rowids, see referralList.ts): read there, not matched again. */
  hitsTable?: string;
};

/**
 * One page of the list. Two plans, the same rows:
 * - ordered scan (many matches): the tab's sort index in order, filters tested on the index entries, search
 *   hits matched by rowid; a page reads about `take` matching entries plus what `skip` passes over.
 * - filter then sort (few matches, favorites): starts from the search hits or the most selective filter and
 *   sorts the remaining rows.
 */
export function buildListSql(q: ParsedListQuery, seek: Seek, hint: ListPlanHint = {}): SqlWithParams {
  const key = sortKeys[q.sort.column];
  const ascending = (q.sort.direction === 'asc') !== seek.backward;
  const dir = ascending ? 'ASC' : 'DESC';
  const match = tabMatch(q);
  const small = q.tab === 'favorites' || (hint.total !== undefined && hint.total <= SMALL_RESULT);
  const driveFromHits = small && match !== null;
  const hits = hint.hitsTable ?? 'hits';
  const w = filters(q);
  if (match !== null && !driveFromHits) w.clauses.push(`r.row_id IN ${hits}`);
  if (seek.after) {
    w.clauses.push(`(${key.expr}, r.id) ${ascending ? '>' : '<'}${seek.inclusive ? '=' : ''} (?, ?)`);
    w.params.push(seek.after.value, seek.after.id);
  }
  const from = driveFromHits ? `${hits} h CROSS JOIN referrals r ON r.row_id = h.row_id` : 'referrals r';
  const head = match && !hint.hitsTable ? { sql: matchCte, params: [match] } : { sql: '', params: [] };
  return {
    sql: `${head.sql}SELECT ${hint.columns ?? rowColumns}, ${key.expr} AS sort_key FROM ${from} WHERE ${w.clauses.join(' AND ')}
      ORDER BY ${key.expr} ${dir}, r.id ${dir} LIMIT ? OFFSET ?`,
    params: [...head.params, ...w.params, seek.take, seek.skip],
  };
}

/** The query's words inside its tab and stages (favorites: every tab), or null with no words. */
function tabMatch(q: ParsedListQuery): string | null {
  return scopedMatch(q, q.tab === 'favorites' ? null : q.tab, selectedStages(q));
}

/** The MATCH of a list query (its words inside its tab and stages), or null when it has no words. */
export function searchMatchOf(q: ParsedListQuery): string | null {
  return tabMatch(q);
}

/**
 * True when the index alone counts the query's rows: tab and stages are in its scope tokens, so with no other
 * filter the number of hits is the total.
 */
export function hitsAreTheTotal(q: ParsedListQuery): boolean {
  return tabMatch(q) !== null && q.tab !== 'favorites' && !q.dealType && !q.closeFrom && !q.closeTo && !q.expiresBefore;
}

/**
 * The stages whose counts add up to the query's total when it has nothing but a tab and stages (the count tables,
 * migrations 0010 and 0011, hold them: no count over the deals), or null when a filter or words narrow it.
 */
export function countTableStages(q: ParsedListQuery): Stage[] | null {
  if (tabMatch(q) !== null || q.dealType || q.closeFrom || q.closeTo || q.expiresBefore) return null;
  return selectedStages(q);
}

/** How many rows match the query's filters (all pages). `hitsTable`: as in ListPlanHint. */
export function buildCountSql(q: ParsedListQuery, hitsTable?: string): SqlWithParams {
  const match = tabMatch(q);
  if (match && hitsAreTheTotal(q))
    return hitsTable
      ? { sql: `SELECT count(*) AS n FROM ${hitsTable}`, params: [] }
      : { sql: 'SELECT count(*) AS n FROM referrals_fts WHERE referrals_fts MATCH ?', params: [match] };
  const w = filters(q);
  if (match && hitsTable) w.clauses.push(`r.row_id IN ${hitsTable}`);
  else if (match) {
    w.clauses.push('r.row_id IN (SELECT rowid FROM referrals_fts WHERE referrals_fts MATCH ?)');
    w.params.push(match);
  }
  return { sql: `SELECT count(*) AS n FROM referrals r WHERE ${w.clauses.join(' AND ')}`, params: w.params };
}

/** The part of a query that decides its total: everything but sort, page size and position. */
export function filterKey(q: ParsedListQuery): string {
  return JSON.stringify([
    q.tab,
    selectedStages(q),
    q.dealType ?? null,
    q.closeFrom ?? null,
    q.closeTo ?? null,
    q.expiresBefore ?? null,
    listMatch(q),
  ]);
}

/** Every tab and stage as a constant table (k.direction, k.stage): what the narrowing counts seek one index range per. */
const tabsAndStages = directionSchema.options
  .flatMap((d) => stageSchema.options.map((s) => `SELECT '${d}' AS direction, '${s}' AS stage`))
  .join(' UNION ALL ');

/**
 * Counts per tab and stage of the deals matching the filters (search included), and the same over the favorites.
 * Inbound and Outbound: one count per tab and stage, each a range of an index led by (direction, stage or the
 * filter's column): a GROUP BY scanned an index without the expiry and read all 50,000 deals for the "expire this
 * week" counts first paint asks for (1.3–2.4 s under load, issue 15). Words: the hits are matched once and every
 * index entry is tested against them (`+r.row_id`: never a deal looked up by each hit, which read ~20,000 table
 * rows for "azure"). Favorites with words: one walk of a covering index, tested against the hits and the favorites
 * (the join looked the hits up again per favorite: 4.3 s for "azure"); without words, the favorites' join.
 */
export function buildFilteredCountsSql(q: NarrowingFilters & { search?: string; customer?: string }): {
  byTab: SqlWithParams;
  favorites: SqlWithParams;
} {
  const match = listMatch(q);
  const w = narrowing(q);
  if (match) {
    w.clauses.push('+r.row_id IN (SELECT rowid FROM referrals_fts WHERE referrals_fts MATCH ?)');
    w.params.push(match);
  }
  const byTab = `SELECT k.direction AS direction, k.stage AS stage,
    (SELECT count(*) FROM referrals r WHERE ${['r.direction = k.direction', 'r.stage = k.stage', ...w.clauses].join(' AND ')}) AS n
    FROM (${tabsAndStages}) k`;
  const where = w.clauses.length > 0 ? `WHERE ${w.clauses.join(' AND ')}` : '';
  const favorites = match
    ? `SELECT r.stage AS stage, count(*) AS n FROM referrals r ${where} AND +r.id IN (SELECT referral_id FROM favorites) GROUP BY 1`
    : `SELECT r.stage AS stage, count(*) AS n FROM favorites f CROSS JOIN referrals r ON r.id = f.referral_id ${where} GROUP BY 1`;
  return { byTab: { sql: byTab, params: w.params }, favorites: { sql: favorites, params: w.params } };
}
