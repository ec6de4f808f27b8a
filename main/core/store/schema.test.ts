import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc';
import { latestVersion, migrate, openDatabase, userVersion } from './database';
import { migrations, type Migration } from './migrations';
import { dumpSchema, findRemovals, type SchemaSnapshot } from './schemaSnapshot';

const SNAPSHOT = join(__dirname, 'schema.snapshot.json');
const dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cosell-schema-'));
  dirs.push(dir);
  return join(dir, 'cosell.db');
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('schema snapshot', () => {
  it('matches the committed snapshot, and no migration dropped or renamed a table or column', () => {
    const db = openDatabase(tempFile());
    const current = dumpSchema(db);
    db.close();
    // After an intended, additive change: UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run main/core/store, then review the diff.
    if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1' || !existsSync(SNAPSHOT))
      writeFileSync(SNAPSHOT, JSON.stringify(current, null, 2) + '\n');
    const committed = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as SchemaSnapshot;
    expect(findRemovals(committed, current), 'migrations are append-only: add columns and tables, never drop or rename').toEqual([]);
    expect(current, 'the schema changed: review it, then rerun with UPDATE_SCHEMA_SNAPSHOT=1').toEqual(committed);
  });

  it('the guard notices a migration that renames a column or drops a table', () => {
    const db = openDatabase(tempFile());
    const before = dumpSchema(db);
    const bad: Migration[] = [
      ...migrations,
      {
        version: migrations.length + 1,
        name: 'bad',
        up: (d) => d.exec('ALTER TABLE favorites RENAME COLUMN created TO added_at; DROP TABLE meta;'),
      },
    ];
    migrate(db, bad);
    expect(findRemovals(before, dumpSchema(db)).sort()).toEqual([
      'column favorites.created was dropped or renamed',
      'table meta was dropped or renamed',
    ]);
    db.close();
  });
});

describe('migrations', () => {
  it('bring an empty database to the newest version with every table, and do nothing the second time', () => {
    const file = tempFile();
    const db = openDatabase(file);
    expect(userVersion(db)).toBe(latestVersion());
    const tables = Object.keys(dumpSchema(db).columns);
    for (const t of [
      'meta',
      'referrals_server',
      'referrals',
      'referrals_fts',
      'outbox',
      'favorites',
      'history',
      'customers',
      'solutions',
    ]) {
      expect(tables).toContain(t);
    }
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(migrate(db)).toBe(0);
    db.close();
  });

  it('are numbered 1, 2, 3… without gaps', () => {
    migrations.forEach((m, i) => expect(m.version).toBe(i + 1));
    const db = new Sqlite(':memory:');
    expect(() => migrate(db, [{ version: 2, name: 'gap', up: () => {} }])).toThrow(/expected version 1/);
    db.close();
  });

  it('apply all pending migrations in one transaction: a failing one leaves the database untouched', () => {
    const db = new Sqlite(tempFile());
    const failing: Migration[] = [
      ...migrations,
      { version: migrations.length + 1, name: 'fails', up: (d) => d.exec('CREATE TABLE half (x); SELECT no_such_function();') },
    ];
    expect(() => migrate(db, failing)).toThrow();
    expect(userVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuse a database written by a newer version, with a sentence that says what to do, and leave it as it was', () => {
    const file = tempFile();
    const newer = new Sqlite(file);
    newer.pragma(`user_version = ${latestVersion() + 1}`);
    newer.close();
    let error: unknown;
    try {
      openDatabase(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_TOO_NEW');
    expect((error as AppError).message).toMatch(
      /newer version of Co-sell Workspace.*Install the newer version.*or choose another data folder/,
    );
    const check = new Sqlite(file);
    expect(userVersion(check)).toBe(latestVersion() + 1);
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
  });
});
