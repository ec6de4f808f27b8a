import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../store/database';
import { startOverOnNewService } from './serviceIdentity';
import { CATALOG_KEY, CURSOR_KEY, LAST_SYNC_KEY } from './syncDeps';

let dir = '';
let db: Database | null = null;
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

function open(): Database {
  dir = mkdtempSync(join(tmpdir(), 'service-identity-'));
  db = openDatabase(join(dir, 'cosell.db'));
  return db;
}

const meta = (d: Database, key: string) =>
  (d.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
const setMeta = (d: Database, key: string, value: string) =>
  d.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);

describe('startOverOnNewService', () => {
  it('keeps the delta cursor for the same service, and for a store synced before addresses were recorded', () => {
    const d = open();
    setMeta(d, CURSOR_KEY, '2026-11-20T00:00:00.000Z');
    expect(startOverOnNewService(d, 'https://a.example')).toBe(false);
    expect(startOverOnNewService(d, 'https://a.example')).toBe(false);
    expect(meta(d, CURSOR_KEY)).toBe('2026-11-20T00:00:00.000Z');
  });

  it('another service: the cursor, catalog time and last sync are forgotten (a full pull next), nothing else', () => {
    const d = open();
    startOverOnNewService(d, 'https://a.example');
    for (const key of [CURSOR_KEY, CATALOG_KEY, LAST_SYNC_KEY]) setMeta(d, key, '2026-11-20T00:00:00.000Z');
    setMeta(d, 'demo.seeded', '1');
    expect(startOverOnNewService(d, 'https://b.example')).toBe(true);
    expect([CURSOR_KEY, CATALOG_KEY, LAST_SYNC_KEY].map((k) => meta(d, k))).toEqual([null, null, null]);
    expect(meta(d, 'demo.seeded')).toBe('1');
    setMeta(d, CURSOR_KEY, '2026-11-21T00:00:00.000Z');
    expect(startOverOnNewService(d, 'https://b.example')).toBe(false);
    expect(meta(d, CURSOR_KEY)).toBe('2026-11-21T00:00:00.000Z');
  });
});
