import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { PAGE_CACHE_KIB } from './database';

/**
 * A second connection to the same database file, in a worker thread: the long, re-doable writes of a
 * first sync (WAL checkpoints, building the list's indexes) run there, so the main thread's event loop
 * (the UI's answers) never waits on them. SQLite's WAL lets the two connections share the file: a
 * PASSIVE checkpoint never blocks the main connection's commits, and an index build only holds the
 * write lock for its own transaction (a seller's action meanwhile waits on busy_timeout, not an error).
 *
 * The worker's code is plain CommonJS in a string (eval), because the same core runs bundled (Electron,
 * the web host) and from sources (tsx, vitest); it loads better-sqlite3 from the path the main thread
 * resolved. Its page cache is the main connection's size (sorting 10,000 rows into an index wants it).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('cache_size = -' + workerData.cacheKib);
// A checkpoint syncs the WAL before it copies and the database file after; commits here are re-doable.
db.pragma('synchronous = NORMAL');
parentPort.on('message', (m) => {
  if (m.op === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    let value = null;
    if (m.op === 'checkpoint') value = db.pragma('wal_checkpoint(PASSIVE)')[0];
    else db.transaction(() => { for (const sql of m.statements) db.exec(sql); }).immediate();
    parentPort.postMessage({ id: m.id, ok: true, value });
  } catch (e) {
    parentPort.postMessage({ id: m.id, ok: false, message: String((e && e.message) || e) });
  }
});
`;

/** What a PASSIVE checkpoint reports: frames in the WAL and frames copied into the database file. */
export type CheckpointResult = { busy: number; log: number; checkpointed: number };

export type StoreWorker = {
  /** A PASSIVE checkpoint on the worker's connection. */
  checkpoint(): Promise<CheckpointResult>;
  /** The statements in one IMMEDIATE transaction on the worker's connection. */
  exec(statements: readonly string[]): Promise<void>;
  /** Waits for what was asked, closes the worker's connection and ends the thread. */
  close(): Promise<void>;
};

type Answer = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

/** Where better-sqlite3 is, for the worker to load the same driver. */
const driverPath = (): string => createRequire(__filename).resolve('better-sqlite3');

/**
 * Starts the worker on `file` (an existing database in WAL mode). Never throws: a worker that cannot start
 * (or dies) rejects what was asked of it, and the caller does the work on its own connection instead.
 */
export function startStoreWorker(file: string): StoreWorker {
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const asked = new Set<Promise<unknown>>();
  let next = 0;
  let failure: Error | null = null;
  let worker: Worker | null = null;
  const failAll = (e: Error) => {
    failure ??= e;
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver: driverPath(), file, cacheKib: PAGE_CACHE_KIB } });
    worker.on('message', (a: Answer) => {
      const w = waiting.get(a.id);
      waiting.delete(a.id);
      if (a.ok) w?.resolve(a.value);
      else w?.reject(new Error(a.message));
    });
    worker.on('error', (e) => failAll(e));
    worker.on('exit', (code) => failAll(new Error(`the store worker ended (${code})`)));
  } catch (e) {
    failure = e instanceof Error ? e : new Error(String(e));
  }
  const ask = (message: object): Promise<unknown> => {
    if (failure || !worker) return Promise.reject(failure ?? new Error('the store worker is not running'));
    const id = ++next;
    const w = worker;
    const answer = new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      w.postMessage({ ...message, id });
    });
    const settled: Promise<unknown> = answer.then(
      () => asked.delete(settled),
      () => asked.delete(settled),
    );
    asked.add(settled);
    return answer;
  };
  return {
    async checkpoint() {
      return (await ask({ op: 'checkpoint' })) as CheckpointResult;
    },
    async exec(statements) {
      await ask({ op: 'exec', statements });
    },
    async close() {
      if (!worker) return;
      const w = worker;
      worker = null;
      if (failure) return;
      const ended = new Promise<void>((resolve) => w.once('exit', () => resolve()));
      await Promise.all([...asked]);
      w.postMessage({ op: 'close' });
      await ended;
    },
  };
}
