import type { Database, Statement } from 'better-sqlite3';

/** Most statements one cache keeps; past it, it starts over (the SQL shapes of a view are few, but not fixed). */
export const STATEMENT_CACHE_SIZE = 200;

/**
 * Prepares each SQL text once: generated SQL (list pages, exports, Insights) has a bounded number of shapes
 * (filters × sort × cursor), and preparing once per shape saves ~0.1 ms a read.
 */
export function statementCache(db: Database): (sql: string) => Statement {
  const statements = new Map<string, Statement>();
  return (sql) => {
    let s = statements.get(sql);
    if (!s) {
      if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
      s = db.prepare(sql);
      statements.set(sql, s);
    }
    return s;
  };
}
