import type { Database } from 'better-sqlite3';

/**
 * The list's indexes on `referrals` (every one its CREATE INDEX made; the UNIQUE(id) index stays) can be
 * dropped for a bulk load into an empty list and built once afterwards: keeping nine indexes in step
 * row by row, commit after commit, costs several times the load itself. Their CREATE statements wait
 * in meta under this key until every one is back, so a load cut short (crash, power cut, error) never
 * leaves the store without them: openDatabase builds whatever is missing before anything else runs.
 * Without the indexes the store is still whole (integrity_check ok, search index in step); the list
 * is only slower to query.
 */
export const DEFERRED_INDEXES_KEY = 'store.deferredIndexes';

export type IndexDefinition = { name: string; sql: string };

const isIndexDefinition = (x: unknown): x is IndexDefinition =>
  typeof x === 'object' && x !== null && typeof (x as IndexDefinition).name === 'string' && typeof (x as IndexDefinition).sql === 'string';

/** The CREATE statements waiting to be replayed (empty when none). */
export function deferredIndexes(db: Database): IndexDefinition[] {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(DEFERRED_INDEXES_KEY);
  if (!row) return [];
  const parsed: unknown = JSON.parse(row.value);
  return Array.isArray(parsed) ? parsed.filter(isIndexDefinition) : [];
}

const existing = (db: Database): Set<string> =>
  new Set(
    db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index'")
      .all()
      .map((r) => r.name),
  );

/**
 * Drops the list's indexes and records their CREATE statements, atomically: call inside the caller's
 * transaction. Returns how many were dropped.
 */
export function deferListIndexes(db: Database): number {
  const indexes = db
    .prepare<[], IndexDefinition>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'referrals' AND sql IS NOT NULL ORDER BY name",
    )
    .all();
  if (indexes.length === 0) return 0;
  const waiting = deferredIndexes(db);
  const known = new Set(waiting.map((i) => i.name));
  const all = [...waiting, ...indexes.filter((i) => !known.has(i.name))];
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    DEFERRED_INDEXES_KEY,
    JSON.stringify(all),
  );
  for (const i of indexes) db.exec(`DROP INDEX "${i.name.replaceAll('"', '""')}"`);
  return indexes.length;
}

/**
 * The statements that build the next `limit` waiting indexes, and forget the record of them once none is
 * missing; null when nothing waits. Run them in one transaction, on any connection to the store (the pull
 * runs them in the store worker, see storeWorker.ts).
 */
export function restoreStatements(db: Database, limit = Number.POSITIVE_INFINITY): string[] | null {
  const waiting = deferredIndexes(db);
  if (waiting.length === 0) return null;
  const present = existing(db);
  const missing = waiting.filter((i) => !present.has(i.name));
  const now = missing.slice(0, limit).map((i) => i.sql);
  return missing.length > now.length ? now : [...now, `DELETE FROM meta WHERE key = '${DEFERRED_INDEXES_KEY}'`];
}

/**
 * Builds at most `limit` of the waiting indexes (call inside the caller's transaction); once none is
 * missing, the record of them goes too. Returns how many are still missing.
 */
export function restoreDeferredIndexes(db: Database, limit = Number.POSITIVE_INFINITY): number {
  for (const sql of restoreStatements(db, limit) ?? []) db.exec(sql);
  const present = existing(db);
  return deferredIndexes(db).filter((i) => !present.has(i.name)).length;
}

/** At open: a bulk load that did not finish gets its indexes back, in one transaction. Returns how many were built. */
export function repairDeferredIndexes(db: Database): number {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get() !== undefined;
  if (!hasMeta) return 0;
  const waiting = deferredIndexes(db);
  if (waiting.length === 0) return 0;
  const present = existing(db);
  db.transaction(() => restoreDeferredIndexes(db)).immediate();
  return waiting.filter((i) => !present.has(i.name)).length;
}
