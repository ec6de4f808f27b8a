import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seedDemo';
import { openDatabase, type Database } from './database';
import { DEFERRED_INDEXES_KEY, deferListIndexes, deferredIndexes, restoreDeferredIndexes } from './deferredIndexes';
import { dumpSchema } from './schemaSnapshot';
import { tempDirs } from '../testing/tempDirs';

const tempDir = tempDirs('cosell-indexes-');
const tempFile = () => join(tempDir(), 'cosell.db');

/** The indexes on referrals: one per sort column (migration 0005), the counts index, the expiry index and Insights (0008). */
const LIST_INDEXES = 11;
const listIndexNames = (db: Database): string[] =>
  (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'referrals' AND sql IS NOT NULL ORDER BY name")
      .all() as { name: string }[]
  ).map((r) => r.name);
const flag = (db: Database) => db.prepare('SELECT value FROM meta WHERE key = ?').get(DEFERRED_INDEXES_KEY);

describe('deferred list indexes (bulk load of a first sync)', () => {
  it('dropped and recorded in one transaction; the store stays sound; the next open builds them back exactly', () => {
    const file = tempFile();
    let db = openDatabase(file);
    seedDemo(db, { count: 300, seed: 3, now: '2026-11-24T10:00:00Z' });
    const schema = dumpSchema(db);
    const names = listIndexNames(db);
    expect(names).toHaveLength(LIST_INDEXES);

    expect(db.transaction(() => deferListIndexes(db)).immediate()).toBe(LIST_INDEXES);
    expect(listIndexNames(db)).toEqual([]);
    expect(
      deferredIndexes(db)
        .map((i) => i.name)
        .sort(),
    ).toEqual(names);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.exec("INSERT INTO referrals_fts (referrals_fts, rank) VALUES ('integrity-check', 1)");
    // Deferring again (a second load before the first finished) keeps every statement.
    expect(db.transaction(() => deferListIndexes(db)).immediate()).toBe(0);
    expect(deferredIndexes(db)).toHaveLength(LIST_INDEXES);
    db.close();

    // As after a crash in the middle of the load.
    db = openDatabase(file);
    expect(listIndexNames(db)).toEqual(names);
    expect(flag(db)).toBeUndefined();
    expect(dumpSchema(db)).toEqual(schema);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('a rollback leaves both the indexes and the record as they were', () => {
    const db = openDatabase(tempFile());
    expect(() =>
      db
        .transaction(() => {
          deferListIndexes(db);
          throw new Error('cut short');
        })
        .immediate(),
    ).toThrow('cut short');
    expect(listIndexNames(db)).toHaveLength(LIST_INDEXES);
    expect(flag(db)).toBeUndefined();
    db.close();
  });

  it('built back a few at a time; the record goes with the last one', () => {
    const db = openDatabase(tempFile());
    const schema = dumpSchema(db);
    db.transaction(() => deferListIndexes(db)).immediate();
    const left: number[] = [];
    for (let i = 0; i < 20; i++) {
      const n = db.transaction(() => restoreDeferredIndexes(db, 4)).immediate();
      left.push(n);
      if (n === 0) break;
    }
    expect(left).toEqual([7, 3, 0]);
    expect(flag(db)).toBeUndefined();
    expect(dumpSchema(db)).toEqual(schema);
    // Nothing waiting: nothing to do.
    expect(db.transaction(() => restoreDeferredIndexes(db)).immediate()).toBe(0);
    db.close();
  });
});
