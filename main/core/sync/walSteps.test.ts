import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../store/database';
import type { StoreWorker } from '../store/storeWorker';
import { tempDirs } from '../testing/tempDirs';
import { walSteps } from './walSteps';

const tempDir = tempDirs('cosell-wal-steps-');
const dbs: Database[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));
const logged: string[] = [];
const logger = { info: () => {}, warn: (m: string) => void logged.push(m), error: (m: string) => void logged.push(m) };

/** About 1 MB per page, as a page of 100 referrals writes (rows, server copies, search index). */
const PAGE_ROWS = 250;

function store(): Database {
  const db = openDatabase(join(tempDir(), 'cosell.db'));
  dbs.push(db);
  db.exec('CREATE TABLE scratch (v BLOB)');
  return db;
}

/** A pull of `pages` pages, as pull.ts drives the steps; returns the largest WAL file seen between pages. */
async function pullPages(db: Database, pages: number, steps = walSteps(db, yieldNow, logger)): Promise<number> {
  const insert = db.prepare('INSERT INTO scratch (v) VALUES (randomblob(4000))');
  let largest = 0;
  try {
    for (let p = 1; p <= pages; p++) {
      await steps.settle();
      db.transaction(() => {
        for (let i = 0; i < PAGE_ROWS; i++) insert.run();
      }).immediate();
      largest = Math.max(largest, statSync(`${db.name}-wal`).size);
      await steps.committed(p < pages);
      await yieldNow();
    }
  } finally {
    await steps.end();
  }
  return largest;
}

const framesLeft = (db: Database) => {
  const [r] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[];
  return r!.log - r!.checkpointed;
};

describe('WAL checkpoints during a pull', () => {
  it('keep the log file bounded over a long pull, copy everything at the end and give SQLite its own checkpoints back', async () => {
    const db = store();
    const largest = await pullPages(db, 40);
    expect((db.prepare('SELECT count(*) AS n FROM scratch').get() as { n: number }).n).toBe(40 * PAGE_ROWS);
    // 40 MB written; the log never held more than the bound (16 MB) and a few pages.
    expect(largest).toBeLessThan(24 * 1024 * 1024);
    expect(framesLeft(db)).toBe(0);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('run on the main connection when the worker fails, and say so once', async () => {
    const db = store();
    logged.length = 0;
    const failing: StoreWorker = {
      checkpoint: () => Promise.reject(new Error('the worker died')),
      exec: () => Promise.reject(new Error('the worker died')),
      close: () => Promise.resolve(),
    };
    const largest = await pullPages(
      db,
      20,
      walSteps(db, yieldNow, logger, () => failing),
    );
    expect(logged).toEqual(['WAL checkpoints run on the main thread: the store worker failed']);
    expect(largest).toBeLessThan(24 * 1024 * 1024);
    expect(framesLeft(db)).toBe(0);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });

  it('builds in one transaction what it is given, in the worker or here', async () => {
    const db = store();
    const steps = walSteps(db, yieldNow, logger);
    await steps.write(['CREATE INDEX scratch_v ON scratch (v)']);
    await steps.end();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'scratch_v'").get()).toEqual({ name: 'scratch_v' });
  });
});
