import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const start = (env: Record<string, string | undefined>, args: string[] = []) =>
  spawnSync(process.execPath, [join(root, 'scripts/start.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 10_000,
  });

describe('npm start (scripts/start.mjs)', () => {
  it('says in one sentence that there is no Electron binary, points at npm run web, and exits 1', () => {
    // An empty override folder: "not installed", whether or not this machine has a binary.
    const empty = mkdtempSync(join(tmpdir(), 'no-electron-'));
    try {
      const run = start({ ELECTRON_OVERRIDE_DIST_PATH: empty });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim()).toBe(
        'The Electron binary is not installed on this machine, so the desktop window cannot open here; run `npm run web` to use the same app in your browser.',
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it.skipIf(existsSync(join(root, 'node_modules/electron/path.txt')))(
    "on this machine (no binary) it never starts the electron package's download",
    () => {
      const run = start({ ELECTRON_OVERRIDE_DIST_PATH: undefined });
      expect(run.status).toBe(1);
      expect(run.stdout).not.toMatch(/Downloading/);
      expect(run.stderr).toContain('run `npm run web`');
    },
  );
});
