import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDirs } from '../testing/tempDirs';
import { openDatabase, type Database } from './database';
import { startStoreWorker, type StoreWorker } from './storeWorker';

const tempDir = tempDirs('cosell-store-worker-');
const open: { db?: Database; worker?: StoreWorker }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.worker?.close();
    o.db?.close();
  }
});

function fresh(): { db: Database; worker: StoreWorker } {
  const db = openDatabase(join(tempDir(), 'cosell.db'));
  const worker = startStoreWorker(db.name);
  open.push({ db, worker });
  return { db, worker };
}

const tables = (db: Database, name: string) => db.prepare('SELECT name FROM sqlite_master WHERE name = ?').all(name);

describe('the store worker (a second connection in a worker thread)', () => {
  it("copies the main connection's commits into the database file", async () => {
    const { db, worker } = fresh();
    db.pragma('wal_autocheckpoint = 0');
    db.exec('CREATE TABLE scratch (v BLOB)');
    const insert = db.prepare('INSERT INTO scratch (v) VALUES (zeroblob(4000))');
    db.transaction(() => {
      for (let i = 0; i < 200; i++) insert.run();
    })();
    const result = await worker.checkpoint();
    expect(result.log).toBeGreaterThan(200);
    expect(result.checkpointed).toBe(result.log);
    // Nothing is left for the main connection to copy.
    expect(db.pragma('wal_checkpoint(PASSIVE)')).toEqual([{ busy: 0, log: result.log, checkpointed: result.log }]);
  });

  it('builds an index the main connection then uses, in one transaction', async () => {
    const { db, worker } = fresh();
    await worker.exec(['CREATE TABLE built_there (a INTEGER)', 'CREATE INDEX built_there_a ON built_there (a)']);
    expect(tables(db, 'built_there_a')).toHaveLength(1);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT a FROM built_there WHERE a = 1').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('built_there_a');
  });

  it('a statement SQLite refuses rejects with its words and leaves nothing of the transaction', async () => {
    const { db, worker } = fresh();
    await expect(worker.exec(['CREATE TABLE half_done (a)', 'CREATE INDEX nowhere ON missing_table (a)'])).rejects.toThrow(
      /no such table: (main\.)?missing_table/,
    );
    expect(tables(db, 'half_done')).toEqual([]);
    // The worker goes on answering.
    await expect(worker.checkpoint()).resolves.toMatchObject({ busy: 0 });
  });

  it('a worker that cannot open the database refuses what is asked of it, and closes', async () => {
    const worker = startStoreWorker(join(tempDir(), 'no-such-folder', 'cosell.db'));
    await expect(worker.checkpoint()).rejects.toThrow();
    await expect(worker.exec(['SELECT 1'])).rejects.toThrow();
    await expect(worker.close()).resolves.toBeUndefined();
  });
});
