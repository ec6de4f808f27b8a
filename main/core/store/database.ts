import { chmodSync, closeSync, openSync, statSync } from 'node:fs';
import Sqlite, { type Database } from 'better-sqlite3';
import { AppError } from '../../../shared/ipc';
import { errorWords } from '../../../shared/i18n';
import { repairDeferredIndexes } from './deferredIndexes';
import { migrations as allMigrations, type Migration } from './migrations';

export type { Database } from 'better-sqlite3';

export const DB_FILE_NAME = 'cosell.db';

/** The seller's deals are theirs alone: no other account on the computer may read the data folder or the database. */
export const DATA_DIR_MODE = 0o700;
export const DB_FILE_MODE = 0o600;

const isErrno = (err: unknown, code: string): boolean => (err as NodeJS.ErrnoException | null)?.code === code;

/**
 * Makes the database owner-only before SQLite opens it. SQLite creates a new database 0644 (less the
 * umask), but creates `-wal` and `-shm` with the mode of the database file: so the file is created here
 * first, 0600, and the WAL and shared-memory files follow it. Files an older version left readable by
 * others lose those bits. Windows has no such modes: there the profile folder's ACL applies.
 */
export function makeOwnerOnly(file: string): void {
  if (process.platform === 'win32' || file === ':memory:' || file.startsWith('file:')) return;
  try {
    closeSync(openSync(file, 'wx', DB_FILE_MODE));
  } catch (err) {
    if (!isErrno(err, 'EEXIST')) throw err;
  }
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    try {
      if ((statSync(f).mode & 0o077) !== 0) chmodSync(f, DB_FILE_MODE);
    } catch (err) {
      // Not there (no WAL yet), or not ours to change (a copy someone else owns): SQLite says what it can open.
      if (!isErrno(err, 'ENOENT') && !isErrno(err, 'EPERM')) throw err;
    }
  }
}

/**
 * SQLite's page cache, in KiB: 32 MB holds the list's working set (the sort index a page or a jump walks,
 * the rows on screen) and makes list pages and bulk loads several times faster than the 2 MB default,
 * while the main process stays near 130 MB with 50,000 deals (64 MB took it to 160 MB: the cache fills
 * with the JSON-heavy table pages of rows read once; the OS file cache still holds those).
 */
export const PAGE_CACHE_KIB = 32_768;

/** The newest schema version this build knows. */
export function latestVersion(migrations: readonly Migration[] = allMigrations): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses, before anything is written, a database from a newer version of the app. Returns its version. */
export function assertNotTooNew(db: Database, migrations: readonly Migration[] = allMigrations): number {
  const current = userVersion(db);
  const latest = latestVersion(migrations);
  if (current > latest) {
    throw new AppError('DB_TOO_NEW', errorWords('app.dbTooNew', { current, latest }));
  }
  return current;
}

/**
 * Applies every pending migration in ONE transaction: either the database moves to the newest version
 * or it stays exactly as it was. Refuses a database written by a newer version of the app.
 */
export function migrate(db: Database, migrations: readonly Migration[] = allMigrations): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration list is broken: expected version ${i + 1}, found ${m.version} (${m.name}).`);
  });
  const current = assertNotTooNew(db, migrations);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return 0;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      // user_version lives in the database header and is part of the transaction.
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return pending.length;
}

/**
 * Opens (creating if needed, owner-only) the SQLite store and brings its schema up to date.
 * synchronous=FULL: this connection records user actions, and an action the seller saw as saved
 * must survive a power cut.
 */
export function openDatabase(file: string, migrations: readonly Migration[] = allMigrations): Database {
  makeOwnerOnly(file);
  const db = new Sqlite(file);
  try {
    db.pragma('busy_timeout = 5000');
    assertNotTooNew(db, migrations);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // A page cache of PAGE_CACHE_KIB (allocated only as used), see there.
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    // A first sync cut short (crash, power cut) may have left the list without its indexes: they come
    // back before anything else reads or migrates the store (see deferredIndexes.ts).
    if (userVersion(db) > 0) repairDeferredIndexes(db);
    migrate(db, migrations);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
