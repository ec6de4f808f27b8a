// Entry of out/main/host.js: the web host under plain Node (never imports electron).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { version } from '../../package.json';
import { inEnglish } from '../../shared/i18n';
import { AppError } from '../../shared/ipc';
import { defaultDataDir } from '../core/appPaths';
import { fileSecretStore, SIGN_IN_FILE_NAME } from '../core/connection/fileSecretStore';
import { effectiveServiceUrl } from '../core/connection/serviceSetting';
import { createLogger } from '../core/logger';
import { createEventNotifier } from '../core/notifications/eventNotifier';
import { POLICY_FILE_NAME, readPolicyFile, resolvePresets } from '../core/policy/itPolicy';
import { chooseRates, RATES_FILE_NAME } from '../core/rates/exchangeRates';
import { managedSettingsOf } from '../core/policy/managedSettings';
import { systemClock } from '../core/ports';
import { jsonFileSettingsBackend, SETTINGS_FILE_NAME } from '../core/settings/jsonFileSettings';
import { createSettingsService } from '../core/settings/settingsService';
import { openWorkspace } from '../core/workspace';
import type { Workspace } from '../core/workspaceTypes';
import { parseHostArgs, usage, type HostCliOptions } from './cliArgs';
import { createDownloads, type Downloads } from './downloads';
import { closeHostServer, createHostServer } from './server';

// stdout carries exactly the line a person (or a test) needs; diagnostics go to stderr.
const say = (line: string) => process.stdout.write(`${line}\n`);
const complain = (line: string) => process.stderr.write(`${line}\n`);

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen((server.address() as AddressInfo).port);
    });
  });
}

function openOrExplain(options: HostCliOptions, logger: ReturnType<typeof createLogger>, downloads: Downloads): Workspace | null {
  try {
    // Settings in <data dir>/settings.json; notifications go to the page as 'notification:show' events.
    const settings = createSettingsService(
      jsonFileSettingsBackend(join(options.dataDir, SETTINGS_FILE_NAME), { clock: systemClock, logger }),
      logger,
    );
    // IT presets: policy.json in the app folder (the one holding out/), then the environment.
    const presets = resolvePresets(process.env, readPolicyFile(resolve(__dirname, '../..', POLICY_FILE_NAME)));
    for (const problem of presets.problems) logger.warn(inEnglish(problem));
    // Exchange rates IT dropped beside policy.json, else the shipped ones.
    const rates = chooseRates(resolve(__dirname, '../..', RATES_FILE_NAME));
    for (const problem of rates.problems) logger.warn(problem);
    // The saved sign-in goes to <data dir>/sign-in.json (0600, not encrypted: docs in README). The sign-in page
    // opens in the seller's browser, from the page (there is no system browser to drive from plain Node).
    const service = {
      urlOverride: options.service?.url,
      launchToken: options.service?.token,
      signIn: {
        preset: presets.signIn,
        store: fileSecretStore(join(options.dataDir, SIGN_IN_FILE_NAME)),
        browser: { kind: 'page' as const },
      },
    };
    return openWorkspace({
      dataDir: options.dataDir,
      transport: 'web',
      version,
      logger,
      demo: options.demo,
      settings,
      notifier: createEventNotifier,
      service,
      // The web host never updates itself.
      managed: managedSettingsOf(presets, false),
      // CSV exports become one-time downloads.
      exportTarget: downloads.target,
      exchangeRates: rates.table,
    });
  } catch (err) {
    if (err instanceof AppError) complain(err.message);
    else complain(`The data folder ${options.dataDir} could not be opened: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

async function run(options: HostCliOptions): Promise<number | null> {
  if (!existsSync(join(options.rendererDir, 'index.html'))) {
    complain(`The app is not built: ${join(options.rendererDir, 'index.html')} is missing. Run \`npm run web\`, which builds it first.`);
    return 1;
  }
  const logger = createLogger('host');
  // A new secret every run (192 bits), printed once in the address: nothing can set or guess it.
  const token = randomBytes(24).toString('base64url');
  const downloads = createDownloads({ token, clock: systemClock });
  const workspace = openOrExplain(options, logger, downloads);
  if (!workspace) {
    downloads.close();
    return 1;
  }
  const server = createHostServer({ workspace, rendererDir: options.rendererDir, token, logger, downloads });
  let port: number;
  try {
    port = await listen(server, options.port);
  } catch (err) {
    workspace.close();
    downloads.close();
    const inUse = (err as NodeJS.ErrnoException).code === 'EADDRINUSE';
    complain(
      inUse
        ? `Port ${options.port} is already in use. Stop the other program, or pass --port 0 to pick a free port.`
        : `The host could not listen on 127.0.0.1:${options.port}: ${String(err)}`,
    );
    return 1;
  }

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    closeHostServer(server)
      .catch((err: unknown) => logger.error('closing the server failed', err))
      .finally(() => {
        workspace.close();
        downloads.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  say(`Co-sell Workspace is running at http://127.0.0.1:${port}/?token=${token}`);
  say(`Your data is in ${options.dataDir}`);
  // On stderr with the other diagnostics: stdout stays the two lines above.
  const serviceUrl = effectiveServiceUrl(options.service?.url, workspace.settings.get().serviceUrl);
  complain(
    serviceUrl
      ? `Syncing with the referrals service at ${serviceUrl}${options.service?.url ? ' (--service)' : ''}`
      : 'No referrals service is set up: working offline (set one in Settings, or pass --service URL)',
  );
  return null;
}

async function main(): Promise<number | null> {
  const parsed = parseHostArgs(
    process.argv.slice(2),
    { dataDir: defaultDataDir(process.platform, process.env, homedir()), rendererDir: resolve(__dirname, '../renderer') },
    process.env,
  );
  if (parsed.kind === 'help') {
    say(usage);
    return 0;
  }
  if (parsed.kind === 'error') {
    complain(parsed.message);
    return 2;
  }
  return run(parsed.options);
}

main().then(
  (code) => {
    if (code !== null) process.exitCode = code;
  },
  (err: unknown) => {
    complain(`The host stopped unexpectedly: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
