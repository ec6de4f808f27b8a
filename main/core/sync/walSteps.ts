import type { Database } from 'better-sqlite3';
import type { Logger } from '../ports';
import { startStoreWorker, type StoreWorker } from '../store/storeWorker';
import { withoutFsync } from './syncDeps';

/** Without the worker: pages written between two checkpoints on the main connection (about 2,000 WAL frames, 8 MB). */
const INLINE_CHECKPOINT_EVERY_PAGES = 8;
/** With the worker: pages per checkpoint (each checkpoint syncs the WAL and the database file once). */
const WORKER_CHECKPOINT_EVERY_PAGES = 4;
/** The WAL's length (4 KiB frames, 16 MB) past which a pull waits for the worker's checkpoint to catch up. */
const MAX_WAL_FRAMES = 4096;

/**
 * The WAL during a pull of several pages. SQLite's automatic checkpoint would run inside the commit of
 * whichever page takes the log past 1,000 frames (the longest stalls of the event loop in a first sync),
 * so it is off while a pull writes, and the pull checkpoints itself:
 * - from a worker thread (store/storeWorker.ts), started at the first page that has a next one: after each
 *   page's commit a PASSIVE checkpoint copies that page into the database file while the main thread
 *   prepares the next page; before the next transaction the pull waits for it (the event loop stays free),
 *   so every page's commit starts the WAL over from its beginning and the file stays about one page long.
 *   The list's indexes are built there too (`write`).
 * - on the main connection, when the worker cannot run (an in-memory database, a worker that failed):
 *   a PASSIVE checkpoint every few pages in an event-loop turn of its own.
 * `end` copies what is left and turns SQLite's own checkpoints back on.
 */
export type WalSteps = {
  /** A page committed; `more`: another follows. */
  committed(more: boolean): Promise<void>;
  /** Before a page's transaction. */
  settle(): Promise<void>;
  /** A checkpoint now (between the steps of the index builds). */
  checkpoint(): Promise<void>;
  /** Statements in one IMMEDIATE transaction without an fsync of its own (re-doable store work: an index build). */
  write(statements: readonly string[]): Promise<void>;
  end(): Promise<void>;
};

/** `startWorker`: tests pass a worker that fails. */
export function walSteps(
  db: Database,
  yieldNow: () => Promise<void>,
  logger: Logger,
  startWorker: (file: string) => StoreWorker = startStoreWorker,
): WalSteps {
  const before = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  let worker: StoreWorker | null = null;
  let workerFailed = db.memory;
  /** The worker's last checkpoint (in flight while `busy`). */
  let running: Promise<unknown> | null = null;
  let busy = false;
  /** Pages committed since the last checkpoint started. */
  let uncopied = 0;
  /** The WAL's length in frames when the last checkpoint ran. */
  let walFrames = 0;
  let pages = 0;

  const inlineCheckpoint = async () => {
    uncopied = 0;
    db.pragma('wal_checkpoint(PASSIVE)');
    await yieldNow();
  };
  const inlineWrite = (statements: readonly string[]) =>
    withoutFsync(db, () =>
      db
        .transaction(() => {
          for (const sql of statements) db.exec(sql);
        })
        .immediate(),
    );
  const giveUpWorker = (e: unknown) => {
    if (!workerFailed) logger.warn('WAL checkpoints run on the main thread: the store worker failed', e);
    workerFailed = true;
    const w = worker;
    worker = null;
    void w?.close();
  };
  const workerNow = (): StoreWorker | null => {
    if (workerFailed || !db.open) return null;
    worker ??= startWorker(db.name);
    return worker;
  };
  const start = (w: StoreWorker) => {
    uncopied = 0;
    busy = true;
    const r = w.checkpoint();
    running = r;
    r.then(
      (result) => {
        walFrames = result.log;
        busy = false;
      },
      () => {
        busy = false;
      },
    );
  };
  /** Waits for the worker's last checkpoint; a failed one is done here instead. */
  const wait = async () => {
    const r = running;
    running = null;
    if (!r) return;
    try {
      await r;
    } catch (e) {
      giveUpWorker(e);
      await inlineCheckpoint();
    }
  };
  /** The worker only for a pull long enough to need it: for a few pages a thread and a connection cost more than they save. */
  const bigEnough = () => worker !== null || pages >= WORKER_CHECKPOINT_EVERY_PAGES;
  /** A checkpoint of everything committed so far, waited for. */
  const checkpoint = async () => {
    await wait();
    const w = bigEnough() ? workerNow() : null;
    if (!w) return inlineCheckpoint();
    start(w);
    await wait();
  };

  return {
    async committed(more) {
      pages += 1;
      uncopied += 1;
      // A pull of a few pages never starts the worker (a thread and a connection cost more than its few frames):
      // it starts when the first checkpoint is due, and SQLite's own checkpoint copies a shorter pull's frames.
      const w = (more || pages > 1) && (worker !== null || uncopied >= WORKER_CHECKPOINT_EVERY_PAGES) ? workerNow() : null;
      if (w) {
        // One at a time: pages committed meanwhile are copied by the next one.
        if (!busy && uncopied >= WORKER_CHECKPOINT_EVERY_PAGES) start(w);
      } else if (pages > 1 && uncopied >= INLINE_CHECKPOINT_EVERY_PAGES) {
        await inlineCheckpoint();
      }
    },
    async settle() {
      // The WAL starts over only at a commit that finds every frame copied: past the bound, the next
      // transaction waits (the event loop free) for a checkpoint of all that was committed.
      if (worker && walFrames >= MAX_WAL_FRAMES) {
        await wait();
        if (uncopied > 0) await checkpoint();
        walFrames = 0;
      }
    },
    checkpoint,
    async write(statements) {
      await wait();
      // The index builds after a short first pull (a few pages) are quick on this connection: no thread for them.
      const w = bigEnough() ? workerNow() : null;
      if (w) {
        try {
          await w.exec(statements);
          return;
        } catch (e) {
          // A statement SQLite refused is refused here too; a worker that died is replaced by this connection.
          giveUpWorker(e);
        }
      }
      inlineWrite(statements);
      await yieldNow();
    },
    async end() {
      await wait();
      // Without a worker started, a short pull's frames are left to SQLite's own checkpoint (turned back on below).
      if (db.open && uncopied > 0 && pages > 1 && (worker !== null || workerFailed)) await checkpoint();
      await worker?.close();
      worker = null;
      if (db.open) db.pragma(`wal_autocheckpoint = ${before}`);
    },
  };
}
