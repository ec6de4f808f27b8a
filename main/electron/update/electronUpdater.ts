// The Updater port (main/core/update) over electron-updater's autoUpdater. Thin on purpose: the
// decisions live in updatePolicy.ts; this file only translates calls and events.
import type { AppUpdater, Logger as UpdaterLogger } from 'electron-updater';
import type { Logger } from '../../core/ports';
import type { Updater, UpdaterConfig, UpdaterEvent } from '../../core/update/updatePolicy';

export type AutoUpdaterLike = Pick<
  AppUpdater,
  | 'on'
  | 'checkForUpdates'
  | 'quitAndInstall'
  | 'setFeedURL'
  | 'channel'
  | 'allowPrerelease'
  | 'allowDowngrade'
  | 'autoDownload'
  | 'autoInstallOnAppQuit'
  | 'logger'
>;

/** electron-updater's own diagnostics ("Checking for update", "Found version…") go to the app's logger, not the console. */
function updaterLogger(logger: Logger): UpdaterLogger {
  const text = (message: unknown) => (message instanceof Error ? message.message : String(message));
  return {
    info: (message?: unknown) => logger.info(text(message)),
    warn: (message?: unknown) => logger.warn(text(message)),
    // Failures reach the controller as 'error' events and are logged there, as warnings (offline is normal).
    error: (message?: unknown) => logger.info(text(message)),
  };
}

export function createElectronUpdater(autoUpdater: AutoUpdaterLike, logger: Logger): Updater {
  autoUpdater.logger = updaterLogger(logger);
  // Download in the background; an update the seller postponed installs when the app quits.
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  return {
    configure(config: UpdaterConfig): void {
      autoUpdater.setFeedURL({ provider: 'generic', url: config.feedUrl, channel: config.channel });
      // Order matters: electron-updater's `channel` setter turns allowDowngrade on; it must end up off.
      autoUpdater.channel = config.channel;
      autoUpdater.allowPrerelease = config.allowPrerelease;
      autoUpdater.allowDowngrade = config.allowDowngrade;
    },
    async check(): Promise<void> {
      await autoUpdater.checkForUpdates();
    },
    installAndRestart(): void {
      // Silent: the installer shows no pages on an update; force-run: the new version starts by itself.
      autoUpdater.quitAndInstall(true, true);
    },
    onEvent(listener: (event: UpdaterEvent) => void): void {
      autoUpdater.on('checking-for-update', () => listener({ type: 'checking' }));
      autoUpdater.on('update-available', (info) => listener({ type: 'available', version: info.version }));
      autoUpdater.on('update-not-available', (info) => listener({ type: 'not-available', version: info.version }));
      autoUpdater.on('download-progress', (progress) => listener({ type: 'progress', percent: progress.percent }));
      autoUpdater.on('update-downloaded', (info) => listener({ type: 'downloaded', version: info.version }));
      autoUpdater.on('error', (error) => listener({ type: 'error', message: error.message }));
    },
  };
}
