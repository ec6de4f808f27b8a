// The web host launcher (run by scripts/web.mjs under Node >= 22): builds when the build is missing or older
// than the sources (or with --build), then runs the web host under plain Node; other flags go to the host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { newest } from './lib/newest.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
// electron-vite's package exports do not include its bin: find it next to its package.json.
const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js');
const host = join(root, 'out/main/host.js');
const index = join(root, 'out/renderer/index.html');
const forceBuild = process.argv.includes('--build');
const say = (line) => process.stderr.write(`${line}\n`);
const args = process.argv.slice(2).filter((a) => a !== '--build');

function needsBuild() {
  if (forceBuild || !existsSync(host) || !existsSync(index)) return true;
  const built = statSync(host).mtimeMs;
  const inputs = ['renderer', 'shared', 'main'].map((d) => newest(join(root, d)));
  const configs = ['electron.vite.config.ts', 'package.json'].map((f) => (existsSync(join(root, f)) ? statSync(join(root, f)).mtimeMs : 0));
  return Math.max(...inputs, ...configs) > built;
}

if (needsBuild()) {
  say('Building the app (electron-vite build)…');
  // The build's chatter goes to stderr: stdout stays the host's one line (the URL), for people and scripts.
  const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: ['inherit', 2, 'inherit'] });
  if (build.status !== 0) {
    say('The build failed; see the messages above.');
    process.exit(build.status ?? 1);
  }
}

const child = spawn(process.execPath, [host, ...args], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
