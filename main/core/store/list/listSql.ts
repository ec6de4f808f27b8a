import { stageSchema, type Stage } from '../../../../shared/domain';
import type { ParsedListQuery, SortColumn } from '../../../../shared/ipc';
import { normalizeIso } from '../referralRow';
import { decodeCursor } from './cursor';
import { listMatch } from './ftsQuery';

type SortKey = { expr: string; kind: 'text' | 'int'; collate: 'NOCASE' | 'BINARY' };

/**
 * Each sortable column and the SQL it sorts on. Every expression has an index (direction, stage, expr, id)
 * in migrations, so a page is a range scan whatever the sort. No expiry sorts as '~' (after every
 * date): a deal that cannot expire comes after every deal that can, in ascending order.
 */
export const sortKeys: Record<SortColumn, SortKey> = {
  name: { expr: 'r.name', kind: 'text', collate: 'NOCASE' },
  customerName: { expr: 'r.customer_name', kind: 'text', collate: 'NOCASE' },
  dealValue: { expr: 'r.deal_value_minor', kind: 'int', collate: 'BINARY' },
  closingDateTime: { expr: 'r.closing_date', kind: 'text', collate: 'BINARY' },
  dealType: { expr: 'r.deal_type', kind: 'text', collate: 'BINARY' },
  stage: { expr: 'r.stage_rank', kind: 'int', collate: 'BINARY' },
  expirationDateTime: { expr: "ifnull(r.expiration, '~')", kind: 'text', collate: 'BINARY' },
  updatedDateTime: { expr: 'r.updated', kind: 'text', collate: 'BINARY' },
};

export type SqlParam = string | number;
export type SqlWithParams = { sql: string; params: SqlParam[] };

/** The columns a list row needs; never the json (parsing 100 documents per page is the slow path). */
const rowColumns = `r.id, r.name, r.customer_name, r.deal_value, r.currency, r.closing_date, r.deal_type, r.direction,
  r.stage, r.substatus, r.expiration, r.pending, r.updated,
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
  favorite: number;
  sort_key: string | number;
};

/** An empty stage list means "no stage filter", like a filter menu with nothing ticked. */
function selectedStages(q: ParsedListQuery): Stage[] {
  const wanted = new Set(q.stages ?? []);
  return wanted.size === 0 ? [...stageSchema.options] : stageSchema.options.filter((s) => wanted.has(s));
}

type Where = { clauses: string[]; params: SqlParam[] };

/** Filters every branch shares: type, close date range, search and customer (through the full-text index). */
function sharedFilters(q: ParsedListQuery, hasMatch: boolean): Where {
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
  if (hasMatch) w.clauses.push('r.row_id IN hits');
  return w;
}

/** The tab and stage part of a branch: one stage (index range) for a direction tab, a stage set for favorites. */
function scope(q: ParsedListQuery, stages: Stage[]): Where {
  const w: Where = { clauses: [], params: [] };
  if (q.tab === 'favorites') {
    w.clauses.push('r.id IN (SELECT referral_id FROM favorites)');
  } else {
    w.clauses.push('r.direction = ?');
    w.params.push(q.tab);
  }
  if (stages.length < 3) {
    w.clauses.push(`r.stage IN (${stages.map(() => '?').join(', ')})`);
    w.params.push(...stages);
  }
  return w;
}

const matchCte = 'WITH hits(row_id) AS MATERIALIZED (SELECT rowid FROM referrals_fts WHERE referrals_fts MATCH ?) ';

/**
 * At or below this many matching rows a page filters first and sorts what is left (cheap: few rows);
 * above it, a page reads the sort indexes in order and stops after one page (cheap: matches are dense).
 */
export const SMALL_RESULT = 2000;

export type ListPlanHint = {
  /** The query's total (from buildCountSql), when known: it picks the cheaper plan. */
  total?: number;
};

/**
 * One page of the list: keyset pagination on (sort key, id), never OFFSET, so page 500 costs what page 1 does.
 * Two plans, the same rows:
 * - ordered scan (many matches): in the Inbound and Outbound tabs each selected stage is its own index
 *   range, read in sort order and merged; a page reads about limit × stages index entries.
 * - filter then sort (few matches, favorites): starts from the search hits or the most selective
 *   filter and sorts the remaining rows.
 * Fetches limit + 1 rows: the extra row only tells whether there is a next page.
 * Throws AppError BAD_INPUT for a cursor that does not belong to this sort.
 */
export function buildListSql(q: ParsedListQuery, hint: ListPlanHint = {}): SqlWithParams {
  const key = sortKeys[q.sort.column];
  const dir = q.sort.direction === 'asc' ? 'ASC' : 'DESC';
  const match = listMatch(q);
  const after = q.cursor ? decodeCursor(q.cursor, q.sort, key.kind) : null;
  const stages = selectedStages(q);
  const small = q.tab === 'favorites' || (hint.total !== undefined && hint.total <= SMALL_RESULT);
  const driveFromHits = small && match !== null;
  const shared = sharedFilters(q, match !== null && !driveFromHits);
  if (after) {
    shared.clauses.push(`(${key.expr}, r.id) ${dir === 'ASC' ? '>' : '<'} (?, ?)`);
    shared.params.push(after.value, after.id);
  }
  const limit = q.limit + 1;
  const from = driveFromHits ? 'hits h CROSS JOIN referrals r ON r.row_id = h.row_id' : 'referrals r';
  const branch = (branchStages: Stage[]): SqlWithParams => {
    const s = scope(q, branchStages);
    return {
      sql: `SELECT ${rowColumns}, ${key.expr} AS sort_key FROM ${from} WHERE ${[...s.clauses, ...shared.clauses].join(' AND ')}
        ORDER BY ${key.expr} ${dir}, r.id ${dir} LIMIT ?`,
      params: [...s.params, ...shared.params, limit],
    };
  };
  const head = match ? { sql: matchCte, params: [match] } : { sql: '', params: [] };
  if (small || stages.length === 1) {
    const b = branch(stages);
    return { sql: head.sql + b.sql, params: [...head.params, ...b.params] };
  }
  const branches = stages.map((st) => branch([st]));
  return {
    sql: `${head.sql}${branches.map((b) => `SELECT * FROM (${b.sql})`).join(' UNION ALL ')}
      ORDER BY sort_key COLLATE ${key.collate} ${dir}, id ${dir} LIMIT ?`,
    params: [...head.params, ...branches.flatMap((b) => b.params), limit],
  };
}

/** How many rows match the query's filters (all pages). */
export function buildCountSql(q: ParsedListQuery): SqlWithParams {
  const match = listMatch(q);
  const s = scope(q, selectedStages(q));
  const shared = sharedFilters(q, false);
  const clauses = [...s.clauses, ...shared.clauses];
  const params = [...s.params, ...shared.params];
  if (match) {
    clauses.push('r.row_id IN (SELECT rowid FROM referrals_fts WHERE referrals_fts MATCH ?)');
    params.push(match);
  }
  return { sql: `SELECT count(*) AS n FROM referrals r WHERE ${clauses.join(' AND ')}`, params };
}

/** The part of a query that decides its total: everything but sort, page size and cursor. */
export function filterKey(q: ParsedListQuery): string {
  return JSON.stringify([q.tab, selectedStages(q), q.dealType ?? null, q.closeFrom ?? null, q.closeTo ?? null, listMatch(q)]);
}
