import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { silentLogger } from '../../main/core/logger';
import { DB_FILE_NAME } from '../../main/core/store/database';
import { openWorkspace } from '../../main/core/workspace';
import type { Workspace } from '../../main/core/workspaceTypes';
import { createDownloads } from '../../main/host/downloads';
import { closeHostServer, createHostServer } from '../../main/host/server';

/** 10:00 UTC on the day the suite was written: demo data and expiry are deterministic against it. */
export const fixedNow = new Date('2026-11-24T10:00:00.000Z');

export type WebHostFixture = {
  port: number;
  token: string;
  dataDir: string;
  rendererDir: string;
  workspace: Workspace;
  /** A digest of every row of every table, read through a second connection: equal digests, equal store. */
  storeDigest(): string;
  close(): Promise<void>;
};

/** The real thing on a temp dir: SQLite store with demo deals, the workspace, the HTTP host on 127.0.0.1. */
export async function startWebHost(options: { demoCount: number }): Promise<WebHostFixture> {
  const root = mkdtempSync(join(tmpdir(), 'cosell-web-'));
  const dataDir = join(root, 'data');
  const rendererDir = join(root, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html>\n<html><head><meta charset="utf-8"><title>Co-sell Workspace</title>\n<script type="module" crossorigin src="/assets/index.js"></script></head><body><div id="root"></div></body></html>\n',
  );
  const token = 'integration-token-abcdefghijklmnop';
  const downloads = createDownloads({ token, clock: { now: () => fixedNow }, dir: mkdtempSync(join(root, 'exports-')) });
  const workspace = openWorkspace({
    dataDir,
    transport: 'web',
    version: '0.0.0-test',
    logger: silentLogger,
    clock: { now: () => fixedNow },
    demo: { count: options.demoCount, seed: 1 },
    exportTarget: downloads.target,
  });
  const server = createHostServer({ workspace, rendererDir, token, logger: silentLogger, heartbeatMs: 60_000, downloads });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    dataDir,
    rendererDir,
    workspace,
    storeDigest() {
      const db = new Database(join(dataDir, DB_FILE_NAME), { readonly: true, fileMustExist: true });
      try {
        const hash = createHash('sha256');
        const tables = db
          .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
          .pluck()
          .all() as string[];
        for (const table of tables) {
          hash.update(`\n#${table}\n`);
          for (const row of db
            .prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`)
            .raw()
            .iterate())
            hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
        }
        return `${tables.length} tables ${hash.digest('hex')}`;
      } finally {
        db.close();
      }
    },
    async close() {
      await closeHostServer(server);
      workspace.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
