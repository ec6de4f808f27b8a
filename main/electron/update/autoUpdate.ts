// Starts auto-update in the desktop app (SPEC F6). Called once from the composition root.
import type { App, BrowserWindow, Dialog, MessageBoxOptions } from 'electron';
import type { UpdateFeedPreset } from '../../core/policy/itPolicy';
import { systemClock, systemTimers, type Logger } from '../../core/ports';
import { createUpdateController, type UpdateController } from '../../core/update/updateController';
import { planUpdates, type RestartPrompt, type Updater, type UpdateSettings } from '../../core/update/updatePolicy';
import { createElectronUpdater } from './electronUpdater';

export type AutoUpdateDeps = {
  app: Pick<App, 'isPackaged'>;
  dialog: Pick<Dialog, 'showMessageBox'>;
  /** The window the question is attached to, when there is one (the app may live in the tray). */
  window: () => BrowserWindow | null;
  /** Read at every check: a changed channel applies without a restart. */
  settings: () => UpdateSettings;
  /** The feed IT preset (policy file or COSELL_UPDATE_URL), or null: updates off. Never from the page. */
  feed: UpdateFeedPreset | null;
  logger: Logger;
  /** Tests pass a fake; the app loads electron-updater only once updates are on. */
  loadAutoUpdater?: () => Promise<Parameters<typeof createElectronUpdater>[0]>;
};

const loadElectronUpdater = async () => (await import('./electronUpdaterModule')).autoUpdater;

export async function askRestartWithDialog(
  dialog: AutoUpdateDeps['dialog'],
  parent: BrowserWindow | null,
  prompt: RestartPrompt,
): Promise<'restart' | 'later'> {
  const options: MessageBoxOptions = {
    type: 'info',
    title: prompt.title,
    message: prompt.message,
    detail: prompt.detail,
    buttons: [...prompt.buttons],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
  const { response } =
    parent && !parent.isDestroyed() ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  return response === 0 ? 'restart' : 'later';
}

export function startAutoUpdate(deps: AutoUpdateDeps): UpdateController {
  const load = deps.loadAutoUpdater ?? loadElectronUpdater;
  const controller = createUpdateController({
    plan: () => planUpdates({ packaged: deps.app.isPackaged, feed: deps.feed, settings: deps.settings() }),
    loadUpdater: async (): Promise<Updater> => createElectronUpdater(await load(), deps.logger),
    askRestart: (prompt) => askRestartWithDialog(deps.dialog, deps.window(), prompt),
    logger: deps.logger,
    clock: systemClock,
    timers: systemTimers,
  });
  controller.start();
  return controller;
}
