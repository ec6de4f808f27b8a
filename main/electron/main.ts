// Composition root of the desktop app: wires Electron to the core. Behaviour lives in main/core.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import { AppError } from '../../shared/ipc';
import { defaultSettings } from '../../shared/settings';
import { createLogger } from '../core/logger';
import { openWorkspace } from '../core/workspace';
import type { Workspace } from '../core/workspaceTypes';
import { forwardEvents, registerIpc } from './ipc';
import { isTrustedSender, type RendererLocation } from './senderPolicy';
import { startAutoUpdate } from './update/autoUpdate';
import { createMainWindow } from './window';

const logger = createLogger('electron');
const rendererFile = join(__dirname, '../renderer/index.html');
const preloadPath = join(__dirname, '../preload/index.js');
// A packaged app never trusts ELECTRON_RENDERER_URL: an environment variable must not be able to point it at a web page.
const location: RendererLocation = {
  fileUrl: pathToFileURL(rendererFile).href,
  devServerUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
};
const demo = process.argv.includes('--demo') ? { count: 2000, seed: 1 } : undefined;

let workspace: Workspace | null = null;
let win: BrowserWindow | null = null;

function openWindow(): void {
  win = createMainWindow({ preloadPath, rendererFile, location, logger });
  win.on('closed', () => {
    win = null;
  });
}

function focusWindow(): void {
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}

function openOrExplain(): Workspace | null {
  try {
    return openWorkspace({ dataDir: app.getPath('userData'), transport: 'electron', version: app.getVersion(), logger, demo });
  } catch (err) {
    logger.error('the workspace could not be opened', err);
    const message = err instanceof AppError ? err.message : 'The app could not open its data. Check that your disk is not full, then start the app again.';
    dialog.showErrorBox('Co-sell Workspace cannot start', message);
    return null;
  }
}

function start(): void {
  const opened = openOrExplain();
  if (!opened) {
    app.quit();
    return;
  }
  workspace = opened;
  registerIpc(ipcMain, opened.dispatch, (sender) => isTrustedSender(sender, location));
  forwardEvents(opened.events, () => win?.webContents ?? null);
  openWindow();
  // Settings are read at every check; swap defaultSettings for the settings store once it is wired here.
  startAutoUpdate({ app, dialog, window: () => win, settings: () => defaultSettings, logger: createLogger('updater') });
}

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the database; it gets focused through 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', focusWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (workspace && !win) openWindow();
  });
  app.on('will-quit', () => {
    workspace?.close();
    workspace = null;
  });
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      logger.error('the app failed to start', err);
      app.quit();
    });
}
