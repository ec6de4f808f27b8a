import { parseArgs } from 'node:util';
import type { DemoOptions } from '../core/workspaceTypes';

export const defaultPort = 4310;
export const defaultDemoCount = 2000;

export const usage = `Usage: npm run web -- [options]   (or: node out/main/host.js [options])

Serves Co-sell Workspace to your browser on 127.0.0.1, on the same data as the desktop app.

Options:
  --port N             port to listen on (default ${defaultPort}; 0 picks a free port)
  --data-dir PATH      folder holding cosell.db (default: the desktop app's data folder)
  --demo               fill an empty store with demo deals (seed 1)
  --demo-count N       how many demo deals (default ${defaultDemoCount}; implies --demo)
  --renderer-dir PATH  built renderer to serve (default: out/renderer next to the host)
  -h, --help           show this help`;

export type HostCliOptions = { port: number; dataDir: string; rendererDir: string; demo?: DemoOptions };

export type ParsedHostArgs = { kind: 'run'; options: HostCliOptions } | { kind: 'help' } | { kind: 'error'; message: string };

function integer(value: string, flag: string, min: number, max: number): number | string {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : `${flag} must be a whole number from ${min} to ${max} (got "${value}").`;
}

/** Pure: argv (without node and script) → what to do. */
export function parseHostArgs(argv: readonly string[], defaults: { dataDir: string; rendererDir: string }): ParsedHostArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        demo: { type: 'boolean' },
        'demo-count': { type: 'string' },
        'renderer-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    return { kind: 'error', message: `${err instanceof Error ? err.message : String(err)}\n\n${usage}` };
  }
  if (values.help) return { kind: 'help' };

  const port = values.port === undefined ? defaultPort : integer(values.port, '--port', 0, 65535);
  if (typeof port === 'string') return { kind: 'error', message: port };
  const count = values['demo-count'] === undefined ? defaultDemoCount : integer(values['demo-count'], '--demo-count', 1, 1_000_000);
  if (typeof count === 'string') return { kind: 'error', message: count };
  for (const flag of ['data-dir', 'renderer-dir'] as const) {
    if (values[flag] !== undefined && values[flag].trim() === '') return { kind: 'error', message: `--${flag} needs a folder path.` };
  }

  const demo = values.demo || values['demo-count'] !== undefined ? { count, seed: 1 } : undefined;
  return {
    kind: 'run',
    options: { port, dataDir: values['data-dir'] ?? defaults.dataDir, rendererDir: values['renderer-dir'] ?? defaults.rendererDir, demo },
  };
}
