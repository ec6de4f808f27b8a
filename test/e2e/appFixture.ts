import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron, test as base, type Browser, type ElectronApplication, type Page } from '@playwright/test';

const root = resolve(__dirname, '../..');

/**
 * The Electron binary's path, or why there is none (no binary can be installed on this machine).
 * electron 45's index.js starts a download when its binary is missing, so look for the installed
 * binary (path.txt, or ELECTRON_OVERRIDE_DIST_PATH) before asking the package.
 */
function electronBinary(): { path: string } | { missing: string } {
  const req = createRequire(__filename);
  let pkgDir: string;
  try {
    pkgDir = dirname(req.resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  if (!process.env.ELECTRON_OVERRIDE_DIST_PATH && !existsSync(join(pkgDir, 'path.txt'))) {
    return { missing: 'node_modules/electron has no downloaded binary (no path.txt)' };
  }
  try {
    const path = req('electron') as unknown;
    return typeof path === 'string' ? { path } : { missing: 'the electron package did not return a binary path' };
  } catch (err) {
    return { missing: (err as Error).message.split('\n')[0] ?? 'electron failed to load' };
  }
}

/** One call the page made to its host, by fetch or over the call socket. */
export type ApiCall = { channel: string; input: unknown };

export type RunningApp = {
  page: Page;
  dataDir: string;
  /**
   * Every call the page made to the web host, in order (both ways: fetch and the call socket); null in Electron,
   * whose IPC a test cannot watch from outside.
   */
  calls: ApiCall[] | null;
  /** Stops the app and starts it again on the same data folder; `page` is the new window/page. */
  restart(): Promise<void>;
};

type HostProcess = { child: ChildProcess; url: string };

function startHost(
  dataDir: string,
  demoCount: number,
  extraArgs: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<HostProcess> {
  // demoCount 0: no demo data (a spec that syncs with a service fills the store from there).
  const demo = demoCount > 0 ? ['--demo', '--demo-count', String(demoCount)] : [];
  const child = spawn(process.execPath, [join(root, 'out/main/host.js'), '--port', '0', '--data-dir', dataDir, ...demo, ...extraArgs], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  return new Promise((resolvePromise, reject) => {
    let out = '';
    let err = '';
    // Seeding takes about 15 s per 60,000 deals on a busy 2-core machine, more with two tests at a time: the wait
    // grows with the demo's size.
    const startMs = 30_000 + Math.ceil(demoCount / 1000) * 500;
    const timer = setTimeout(() => reject(new Error(`web host did not start in ${startMs / 1000} s\n${out}\n${err}`)), startMs);
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolvePromise({ child, url: m[1] });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}\n${out}\n${err}`));
    });
  });
}

function stopHost(h: HostProcess): Promise<void> {
  return new Promise((done) => {
    if (h.child.exitCode !== null) {
      done();
      return;
    }
    h.child.removeAllListeners('exit');
    h.child.once('exit', () => done());
    h.child.kill('SIGTERM');
  });
}

/** Records the page's calls to the web host from now on: POST /api/<channel> requests and the call socket's frames. */
function watchCalls(page: Page): ApiCall[] {
  const calls: ApiCall[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (request.method() !== 'POST' || !pathname.startsWith('/api/')) return;
    calls.push({ channel: decodeURIComponent(pathname.slice('/api/'.length)), input: JSON.parse(request.postData() ?? '{}') as unknown });
  });
  page.on('websocket', (socket) => {
    socket.on('framesent', ({ payload }) => {
      const call = JSON.parse(String(payload)) as { channel?: string; input?: unknown };
      if (typeof call.channel === 'string') calls.push({ channel: call.channel, input: call.input });
    });
  });
  return calls;
}

export const test = base.extend<{
  app: RunningApp;
  demoCount: number;
  hostArgs: string[];
  hostEnv: Record<string, string>;
  browserArgs: string[];
}>({
  demoCount: [400, { option: true }],
  /** Extra web host flags, e.g. ['--service', url, '--service-token', token]; the Electron project does not take them. */
  hostArgs: [[], { option: true }],
  /** Extra environment for the web host (IT presets such as COSELL_AUTH_CLIENT_ID, a test CA in NODE_EXTRA_CA_CERTS). */
  hostEnv: [{}, { option: true }],
  /** Extra Chromium flags (a test provider's certificate pin). */
  browserArgs: [[], { option: true }],
  // Depends on `playwright`, not `page`, so the Electron project never starts a browser it does not use.
  app: async ({ playwright, demoCount, hostArgs, hostEnv, browserArgs }, provide, testInfo) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cosell-e2e-'));
    const transport = testInfo.project.metadata.transport as 'web' | 'electron';
    if (transport === 'electron') {
      const bin = electronBinary();
      test.skip(
        'missing' in bin,
        `Electron project skipped: no Electron binary on this machine (${'missing' in bin ? bin.missing : ''}). The same specs run on the web host.`,
      );
      if ('missing' in bin) return;
      let electronApp: ElectronApplication | null = null;
      const launch = async () => {
        electronApp = await _electron.launch({
          executablePath: bin.path,
          args: [root, '--data-dir', dataDir, '--demo', '--demo-count', String(demoCount)],
          cwd: root,
        });
        handle.page = await electronApp.firstWindow();
      };
      const handle: RunningApp = {
        page: undefined as unknown as Page,
        dataDir,
        calls: null,
        restart: async () => {
          await electronApp?.close();
          await launch();
        },
      };
      await launch();
      await provide(handle);
      await (electronApp as ElectronApplication | null)?.close();
    } else {
      const { launchOptions, viewport } = testInfo.project.use;
      const browser: Browser = await playwright.chromium.launch({
        ...launchOptions,
        args: [...(launchOptions?.args ?? []), ...browserArgs],
      });
      const page = await browser.newPage({ viewport: viewport ?? null });
      const calls = watchCalls(page);
      let host = await startHost(dataDir, demoCount, hostArgs, hostEnv);
      await page.goto(host.url);
      const handle: RunningApp = {
        page,
        dataDir,
        calls,
        restart: async () => {
          await stopHost(host);
          host = await startHost(dataDir, demoCount, hostArgs, hostEnv);
          await page.goto(host.url);
        },
      };
      await provide(handle);
      await browser.close();
      await stopHost(host);
    }
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
