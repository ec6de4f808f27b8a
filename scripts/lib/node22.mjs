import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * better-sqlite3 13 needs Node >= 22 (its prebuilt addon crashes on 20, Debian 12's Node). On an older
 * Node, runs this same script again under Node 22 from the npm registry (.ci/node22.sh fetches it once)
 * and exits with its code; returns false when the current Node is new enough and the caller goes on.
 */
export function rerunUnderNode22IfOld(script) {
  if (Number(process.versions.node.split('.')[0]) >= 22) return false;
  process.stderr.write(`Node ${process.version} is too old for this app; using Node 22 from the npm registry (.ci/node22.sh)…\n`);
  const quoted = [script, ...process.argv.slice(2)].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn('bash', ['-c', `source .ci/node22.sh && exec node ${quoted}`], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return true;
}
