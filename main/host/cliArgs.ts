import { parseArgs } from 'node:util';
import { isPlainHttpToAnotherComputer, PLAIN_HTTP_SERVICE_MESSAGE } from '../../shared/settings';
import { inEnglish } from '../../shared/i18n';
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
  --service URL        referrals service address for this run, e.g. https://api.partnercenter.microsoft.com
                       (wins over the address in Settings; without either the app works offline)
  --service-token T    automation (tests, the fake service): a bearer token for this run's service address
                       only, never saved; other users of this computer can see command lines, so prefer
                       COSELL_SERVICE_TOKEN. Sellers sign in with their work account instead
  -h, --help           show this help`;

/** The referrals service for this run: an address that overrides the setting, a token that is used but never saved. */
export type HostServiceOptions = { url?: string; token?: string };

export type HostCliOptions = { port: number; dataDir: string; rendererDir: string; demo?: DemoOptions; service?: HostServiceOptions };

export type ParsedHostArgs = { kind: 'run'; options: HostCliOptions } | { kind: 'help' } | { kind: 'error'; message: string };

function integer(value: string, flag: string, min: number, max: number): number | string {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : `${flag} must be a whole number from ${min} to ${max} (got "${value}").`;
}

const SERVICE_URL = /^https?:\/\/[^\s/]+/;
const TOKEN = /^[\x21-\x7e]{1,8192}$/;

/** --service and --service-token / COSELL_SERVICE_TOKEN; an error never repeats the token. */
function serviceOf(url: string | undefined, token: string | undefined): HostServiceOptions | string | undefined {
  if (url !== undefined && (!SERVICE_URL.test(url.trim()) || !URL.canParse(url.trim()))) {
    return `--service needs the service address as http(s)://host[:port] (got "${url.slice(0, 200)}").`;
  }
  if (url !== undefined && isPlainHttpToAnotherComputer(url))
    return `--service: ${inEnglish(PLAIN_HTTP_SERVICE_MESSAGE)} (got "${url.slice(0, 200)}").`;
  if (token !== undefined && !TOKEN.test(token.trim())) {
    return 'The service token (--service-token or COSELL_SERVICE_TOKEN) must be the token as you received it: no spaces, at most 8 KB.';
  }
  if (url === undefined && token === undefined) return undefined;
  return { url: url?.trim(), token: token?.trim() };
}

/** Pure: argv (without node and script) and the environment's COSELL_SERVICE_TOKEN → what to do. */
export function parseHostArgs(
  argv: readonly string[],
  defaults: { dataDir: string; rendererDir: string },
  env: { COSELL_SERVICE_TOKEN?: string } = {},
): ParsedHostArgs {
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
        service: { type: 'string' },
        'service-token': { type: 'string' },
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

  const envToken = env.COSELL_SERVICE_TOKEN === '' ? undefined : env.COSELL_SERVICE_TOKEN;
  const service = serviceOf(values.service, values['service-token'] ?? envToken);
  if (typeof service === 'string') return { kind: 'error', message: service };

  const demo = values.demo || values['demo-count'] !== undefined ? { count, seed: 1 } : undefined;
  return {
    kind: 'run',
    options: {
      port,
      dataDir: values['data-dir'] ?? defaults.dataDir,
      rendererDir: values['renderer-dir'] ?? defaults.rendererDir,
      demo,
      service,
    },
  };
}
