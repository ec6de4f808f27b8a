import { chmodSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { newDeal } from '../testing/fixtures';
import { openWorkspace } from '../workspace';
import { DB_FILE_NAME, openDatabase } from './database';
import { tempDirs } from '../testing/tempDirs';

const tempRoot = tempDirs('cosell-perm-');
const modeOf = (path: string) => statSync(path).mode & 0o777;

// POSIX permissions: Windows keeps the data in the user's profile, guarded by its ACL instead.
describe.skipIf(process.platform === 'win32')('the data folder is readable by its owner only', () => {
  it('a new folder is 0700 and cosell.db, its -wal and -shm are 0600, whatever the umask allows', async () => {
    const dataDir = join(tempRoot(), 'Co-sell Workspace');
    const previous = process.umask(0o022);
    try {
      const ws = openWorkspace({ dataDir, transport: 'web', version: '0' });
      // A write, so the WAL has content and the shared-memory index is in use.
      const created = await ws.dispatch('referrals:create', { deal: newDeal() });
      expect(created.ok).toBe(true);
      const file = join(dataDir, DB_FILE_NAME);
      expect(modeOf(dataDir).toString(8)).toBe('700');
      expect([file, `${file}-wal`, `${file}-shm`].map((f) => modeOf(f).toString(8))).toEqual(['600', '600', '600']);
      ws.close();
    } finally {
      process.umask(previous);
    }
  });

  it('a database an older version left world-readable is made owner-only, and keeps its data', () => {
    const file = join(tempRoot(), DB_FILE_NAME);
    const old = new Sqlite(file);
    old.pragma('journal_mode = WAL');
    old.exec("CREATE TABLE kept (v TEXT); INSERT INTO kept VALUES ('still here')");
    old.close();
    writeFileSync(`${file}-wal`, '');
    for (const f of [file, `${file}-wal`]) chmodSync(f, 0o644);

    const db = openDatabase(file);
    try {
      expect(db.prepare('SELECT v FROM kept').get()).toEqual({ v: 'still here' });
      expect([file, `${file}-wal`, `${file}-shm`].map((f) => modeOf(f).toString(8))).toEqual(['600', '600', '600']);
    } finally {
      db.close();
    }
  });
});
