import type { Database } from 'better-sqlite3';

export type SchemaObject = { type: string; name: string; table: string; sql: string | null };
export type SchemaSnapshot = { version: number; objects: SchemaObject[]; columns: Record<string, string[]> };

const normalise = (sql: string | null) => (sql === null ? null : sql.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim());

/** The schema as SQLite stores it: every table, index, trigger and view (sql whitespace-normalised), and each table's columns. */
export function dumpSchema(db: Database): SchemaSnapshot {
  const objects = db
    .prepare('SELECT type, name, tbl_name AS "table", sql FROM sqlite_master WHERE name NOT LIKE \'sqlite_%\' ORDER BY type, name')
    .all() as SchemaObject[];
  const columns: Record<string, string[]> = {};
  for (const o of objects) {
    if (o.type !== 'table') continue;
    columns[o.name] = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(o.name) as { name: string }[]).map((c) => c.name);
  }
  return {
    version: db.pragma('user_version', { simple: true }) as number,
    objects: objects.map((o) => ({ ...o, sql: normalise(o.sql) })),
    columns,
  };
}

/**
 * What a newer schema lost compared with an older one: dropped or renamed tables and columns.
 * Migrations are append-only: an older app version, a sync in flight or a support script may still
 * rely on every table and column that ever shipped.
 */
export function findRemovals(before: SchemaSnapshot, after: SchemaSnapshot): string[] {
  const problems: string[] = [];
  for (const [table, cols] of Object.entries(before.columns)) {
    const now = after.columns[table];
    if (!now) {
      problems.push(`table ${table} was dropped or renamed`);
      continue;
    }
    for (const c of cols) if (!now.includes(c)) problems.push(`column ${table}.${c} was dropped or renamed`);
  }
  return problems;
}
