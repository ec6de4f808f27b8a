import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './http';

// The CLI as a person runs it (through tsx, so no build is needed): one line on stdout, clean exits.
const cli = resolve(__dirname, '../../main/host/cli.ts');
let root: string;
let rendererDir: string;

type Run = { child: ChildProcess; stdout: () => string; stderr: () => string; exit: Promise<number | null> };

function start(args: string[], env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
    cwd: resolve(__dirname, '../..'),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, stdout: () => out, stderr: () => err, exit };
}

async function firstLine(run: Run, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!run.stdout().includes('\n')) {
    if (Date.now() > deadline || run.child.exitCode !== null) throw new Error(`no output from the host: ${run.stderr()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return run.stdout().split('\n')[0] ?? '';
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cosell-cli-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('host CLI', () => {
  it('prints the one line, serves the contract on the data dir, and exits 0 on SIGTERM', async () => {
    const dataDir = join(root, 'data');
    const run = start(['--port', '0', '--data-dir', dataDir, '--demo-count', '20', '--renderer-dir', rendererDir]);
    try {
      const line = await firstLine(run);
      const running = /^Co-sell Workspace is running at http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]{32})$/;
      expect(line).toMatch(running);
      const [, port = '', token = ''] = running.exec(line) ?? [];
      const info = await call(Number(port), token, 'app:info', {});
      expect(info.body).toMatchObject({ ok: true, value: { transport: 'web', dataDir } });
      const counts = await call(Number(port), token, 'referrals:counts', {});
      // The 20 demo deals asked for, on the two tabs.
      const value = counts.body.ok ? (counts.body.value as Record<'inbound' | 'outbound', { total: number }>) : null;
      expect((value?.inbound.total ?? 0) + (value?.outbound.total ?? 0)).toBe(20);
      run.child.kill('SIGTERM');
      expect(await run.exit).toBe(0);
      expect(run.stdout().trim().split('\n')).toHaveLength(2);
    } finally {
      run.child.kill('SIGKILL');
    }
  }, 20_000);

  it('makes a new random token every run, whatever the environment says (COSELL_HOST_TOKEN is no more)', async () => {
    const tokens: string[] = [];
    for (const dir of ['data2', 'data2']) {
      const run = start(['--port', '0', '--data-dir', join(root, dir), '--renderer-dir', rendererDir], { COSELL_HOST_TOKEN: 'weak' });
      try {
        tokens.push(/\?token=([A-Za-z0-9_-]{32})$/.exec(await firstLine(run))?.[1] ?? 'no token');
        run.child.kill('SIGINT');
        expect(await run.exit).toBe(0);
      } finally {
        run.child.kill('SIGKILL');
      }
    }
    expect(tokens[0]).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(tokens[1]).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(tokens[0]).not.toBe(tokens[1]);
  }, 30_000);

  it('refuses bad flags (2), a database from a newer app (1) and a missing build (1), with a clear message', async () => {
    const newer = join(root, 'newer');
    mkdirSync(newer);
    const db = new Database(join(newer, 'cosell.db'));
    db.pragma('user_version = 999');
    db.close();

    const [flags, tooNew, noBuild] = [
      start(['--prot', '4310']),
      start(['--port', '0', '--data-dir', newer, '--renderer-dir', rendererDir]),
      start(['--port', '0', '--data-dir', join(root, 'data3'), '--renderer-dir', join(root, 'nowhere')]),
    ];
    expect(await flags.exit).toBe(2);
    expect(flags.stderr()).toContain("Unknown option '--prot'");
    expect(await tooNew.exit).toBe(1);
    expect(tooNew.stderr()).toMatch(/written by a newer version of Co-sell Workspace/);
    expect(await noBuild.exit).toBe(1);
    expect(noBuild.stderr()).toMatch(/The app is not built/);
    for (const r of [flags, tooNew, noBuild]) expect(r.stdout()).toBe('');
  }, 20_000);
});
