import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Clock } from '../core/ports';
import type { ExportTarget } from '../core/export/exportTarget';
import { securityHeaders } from './httpPolicy';

/** How long a finished export waits for its download before it is deleted. */
export const DOWNLOAD_TTL_MS = 10 * 60_000;
export const downloadPrefix = '/api/download/';

type Ready = { file: string; fileName: string; expires: number };

/**
 * The web host's export target (SPEC F7): the CSV is streamed into a temporary file (owner-only folder), then
 * offered once at /api/download/<id>?token=…, where <id> is 192 random bits. A download is served once and
 * deleted; one nobody fetched is deleted after DOWNLOAD_TTL_MS (checked on every export and download).
 */
export function createDownloads(options: { token: string; clock: Clock; dir?: string }) {
  const root = options.dir ?? mkdtempSync(join(tmpdir(), 'cosell-exports-'));
  const ready = new Map<string, Ready>();
  const now = () => options.clock.now().getTime();
  const sweep = () => {
    for (const [id, r] of ready)
      if (r.expires <= now()) {
        ready.delete(id);
        rmSync(r.file, { force: true });
      }
  };

  const target: ExportTarget = {
    open(fileName) {
      sweep();
      const id = randomBytes(24).toString('base64url');
      const file = join(root, `${id}.csv`);
      return Promise.resolve({
        out: createWriteStream(file, { mode: 0o600 }),
        finish: (rows) => {
          ready.set(id, { file, fileName, expires: now() + DOWNLOAD_TTL_MS });
          const url = `${downloadPrefix}${id}?token=${encodeURIComponent(options.token)}`;
          return Promise.resolve({ status: 'download' as const, rows, fileName, url });
        },
        discard: () => {
          rmSync(file, { force: true });
          return Promise.resolve();
        },
      });
    },
  };

  return {
    target,
    /** Sends the file once (true), or false when there is none by that id (fetched already, expired, never made). */
    send(id: string, res: ServerResponse): boolean {
      sweep();
      const r = ready.get(id);
      if (!r) return false;
      ready.delete(id);
      res.writeHead(200, {
        ...securityHeaders,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Length': String(statSync(r.file).size),
        'Content-Disposition': `attachment; filename="${r.fileName}"`,
        'Cache-Control': 'no-store',
      });
      const stream = createReadStream(r.file);
      const remove = () => rmSync(r.file, { force: true });
      stream.on('close', remove);
      stream.pipe(res);
      return true;
    },
    /** Deletes every file still waiting (the host is stopping). */
    close(): void {
      ready.clear();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export type Downloads = ReturnType<typeof createDownloads>;
