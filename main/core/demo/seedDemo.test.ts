import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../store/database';
import { dumpSchema } from '../store/schemaSnapshot';
import { seedDemo } from './seedDemo';
import { tempDirs } from '../testing/tempDirs';

const tempDir = tempDirs('cosell-seed-');
const open = () => openDatabase(join(tempDir(), 'cosell.db'));

describe('seedDemo', () => {
  it('loads deals, server copies, customers, catalog and favorites, leaving the schema and WAL mode as they were', () => {
    const db = open();
    const before = dumpSchema(db);
    const result = seedDemo(db, { count: 500, seed: 1, now: '2026-11-24T10:00:00Z' });
    expect(result.referrals).toBe(500);
    expect(dumpSchema(db)).toEqual(before);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(n('SELECT count(*) AS n FROM referrals')).toBe(500);
    expect(n('SELECT count(*) AS n FROM referrals_server')).toBe(500);
    expect(n('SELECT count(*) AS n FROM referrals WHERE pending <> 0')).toBe(0);
    expect(n('SELECT count(*) AS n FROM favorites')).toBe(result.favorites);
    expect(n('SELECT count(*) AS n FROM customers')).toBe(result.customers);
    // The search index was built for every row.
    expect(
      n('SELECT count(*) AS n FROM referrals_fts WHERE referrals_fts MATCH \'customer_name : "a"* OR "e"* OR "i"* OR "o"*\''),
    ).toBeGreaterThan(400);
    db.exec("INSERT INTO referrals_fts (referrals_fts, rank) VALUES ('integrity-check', 1)");
    db.close();
  });

  it('refuses a store that already has deals, and changes nothing', () => {
    const db = open();
    seedDemo(db, { count: 20, seed: 1, now: '2026-11-24T10:00:00Z' });
    expect(() => seedDemo(db, { count: 20, seed: 2, now: '2026-11-24T10:00:00Z' })).toThrow(/empty store/);
    expect((db.prepare('SELECT count(*) AS n FROM referrals').get() as { n: number }).n).toBe(20);
    db.close();
  });
});
