// npm start: the desktop app. Where no Electron binary exists (CI, this kind of machine) it says so
// in one sentence and points at `npm run web`, instead of letting the electron package try a download.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
// electron-vite's package exports do not include its bin: find it next to its package.json.
const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js');
const say = (line) => process.stderr.write(`${line}\n`);
const args = process.argv.slice(2);

/** The Electron executable, or null. Looks first, because require('electron') downloads when it is missing. */
function electronBinary() {
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(pkgDir, 'path.txt');
  const overridden = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!overridden && !existsSync(pathFile)) return null;
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const binary = overridden ? join(overridden, relative) : join(pkgDir, 'dist', relative);
  if (!existsSync(binary)) return null;
  try {
    return require('electron'); // the package's own answer, now that it will not try to download
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  say(
    'The Electron binary is not installed on this machine, so the desktop window cannot open here; run `npm run web` to use the same app in your browser.',
  );
  process.exit(1);
}

const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const child = spawn(binary, ['.', ...args], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
