/**
 * Processes the UI benchmarks run: the built web host (out/main/host.js) on a data folder, and the bare
 * page server (pageServer.mjs) that serves the same built renderer with its data embedded. Both are plain
 * Node processes started the same way, so their start-up and serving costs compare.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(__dirname, '../..');

export type BenchProcess = { child: ChildProcess; url: string; startedAt: number };

/** Spawns `node args…` and resolves with the first address it prints matching `pattern` (group 1). */
function startProcess(args: readonly string[], pattern: RegExp, what: string, timeoutMs: number): Promise<BenchProcess> {
  const startedAt = Date.now();
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((done, fail) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`${what} did not start in ${timeoutMs / 1000} s\n${out}`));
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = pattern.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        done({ child, url: m[1], startedAt });
      }
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${what} exited with ${code}\n${out}`));
    });
  });
}

/** The web host on `dataDir`; with `demoCount`, an empty folder is first filled with that many demo deals. */
export function startHost(dataDir: string, demoCount?: number): Promise<BenchProcess> {
  const demo = demoCount ? ['--demo', '--demo-count', String(demoCount)] : [];
  return startProcess(
    [join(root, 'out/main/host.js'), '--port', '0', '--data-dir', dataDir, ...demo],
    /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/,
    'the web host',
    300_000,
  );
}

/** The bare page server: out/renderer with window.api answering from `embeddedFile` (see embeddedApi.ts). */
export function startPageServer(embeddedFile: string): Promise<BenchProcess> {
  return startProcess(
    [join(root, 'test/bench/pageServer.mjs'), '--port', '0', '--embedded', embeddedFile],
    /listening at (http:\/\/127\.0\.0\.1:\d+\/)/,
    'the bench page server',
    30_000,
  );
}

export async function stopProcess(p: BenchProcess): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  await new Promise<void>((done) => {
    p.child.removeAllListeners('exit');
    p.child.once('exit', () => done());
    p.child.kill('SIGTERM');
  });
}

/** A data folder holding `count` demo deals, filled by the host itself (as `npm run web -- --demo` does), host stopped. */
export async function seededFolder(count: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), `cosell-bench-${count}-`));
  const host = await startHost(dir, count);
  await stopProcess(host);
  return dir;
}

export const removeFolder = (dir: string): void => rmSync(dir, { recursive: true, force: true });

/** Resident memory of a process in MB (Linux /proc), or null where it cannot be read. */
export function residentMb(pid: number | undefined): { rss: number; peak: number } | null {
  if (pid === undefined || process.platform !== 'linux') return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}
