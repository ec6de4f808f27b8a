// Composition root of the desktop app: wires Electron to the core. Behaviour lives in main/core.
import { dirname, join } from 'node:path';
import { app, dialog, ipcMain, net, powerMonitor, protocol, safeStorage, screen, shell, type BrowserWindow } from 'electron';
import Store from 'electron-store';
// Tray and notification icons from build/icons, copied into out/main by electron-vite (`?asset`), so the
// packaged app ships them with out/** and no extra electron-builder entry is needed.
import trayIcon2x from '../../build/icons/32x32.png?asset';
import trayIcon1x from '../../build/icons/16x16.png?asset';
import trayTemplate2x from '../../build/tray/trayTemplate@2x.png?asset';
import trayTemplate1x from '../../build/tray/trayTemplate.png?asset';
import { inEnglish, intlLocale, resolveLanguage } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import { productName } from '../core/appPaths';
import { wordsIn } from '../core/i18n/mainWords';
import { createLogger } from '../core/logger';
import { DEFAULT_AUTHORITY, policyFilePath, readPolicyFile, resolvePresets } from '../core/policy/itPolicy';
import { chooseRates, RATES_FILE_NAME } from '../core/rates/exchangeRates';
import { managedSettingsOf } from '../core/policy/managedSettings';
import { systemClock } from '../core/ports';
import type { SettingsPort } from '../core/settings/settingsService';
import { openWorkspace } from '../core/workspace';
import type { Workspace } from '../core/workspaceTypes';
import { APP_PAGE_URL, registerAppScheme, serveApp } from './appProtocol';
import { startDesktopServices, type DesktopServices } from './desktopServices';
import { forwardEvents, registerIpc } from './ipc';
import { parseLaunchArgs } from './launchArgs';
import { ENCRYPTED_SIGN_IN_FILE_NAME, safeStorageSecretStore } from './safeStorageSecrets';
import { createElectronNotifier, sendDealToRenderer } from './notifier';
import { saveDialogTarget } from './saveDialogTarget';
import { signInBrowser } from './signInBrowser';
import { startFailureWords } from './startFailure';
import { isTrustedSender, type RendererLocation } from './senderPolicy';
import { electronStoreOptions, openElectronSettings, STORE_FILE_MODE } from './settingsStore';
import { shouldHideOnClose } from './tray';
import { startAutoUpdate } from './update/autoUpdate';
import { createMainWindow, mainWindowSizing } from './window';
import { clampBounds, trackWindowState, type StateStore } from './windowState';

const logger = createLogger('electron');
const rendererDir = join(__dirname, '../renderer');
const preloadPath = join(__dirname, '../preload/index.js');
// macOS menu bars take black-and-alpha template images; Windows and Linux trays show the app's colours.
const trayIcon =
  process.platform === 'darwin' ? { x1: trayTemplate1x, x2: trayTemplate2x, template: true } : { x1: trayIcon1x, x2: trayIcon2x };
// A packaged app never trusts ELECTRON_RENDERER_URL: an environment variable must not be able to point it at a web page.
const location: RendererLocation = {
  pageUrl: APP_PAGE_URL,
  devServerUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
};

// --data-dir must apply before anything reads userData, the single-instance lock included (it is per data folder).
const launch = parseLaunchArgs(process.argv, process.cwd());
for (const problem of launch.problems) logger.warn(problem);
if (launch.dataDir) app.setPath('userData', launch.dataDir);

// What IT preset (sign-in app registration, update feed): the policy file in the install folder, then the environment.
const presets = resolvePresets(process.env, readPolicyFile(policyFilePath(process.platform, app.getPath('exe'), productName)));
for (const problem of presets.problems) logger.warn(inEnglish(problem));
// Exchange rates IT dropped beside policy.json (docs/it-deployment.md), else the shipped ones.
const rates = chooseRates(join(dirname(policyFilePath(process.platform, app.getPath('exe'), productName)), RATES_FILE_NAME));
for (const problem of rates.problems) logger.warn(problem);

/** The language setting's "system": the OS's languages, in its order of preference. */
const systemLocales = () => [...app.getPreferredSystemLanguages(), app.getLocale()];

let workspace: Workspace | null = null;
let settings: SettingsPort | null = null;
let windowStore: StateStore | null = null;
let services: DesktopServices | null = null;
let win: BrowserWindow | null = null;
let quitting = false;

function openWindow(): BrowserWindow {
  const state = clampBounds(
    windowStore?.get('window'),
    screen.getAllDisplays().map((d) => d.workArea),
    mainWindowSizing,
  );
  const opened = createMainWindow({ preloadPath, location, logger, bounds: state });
  if (state.maximized) opened.maximize();
  if (windowStore) trackWindowState(opened, windowStore, logger);
  opened.on('close', (event) => {
    const hide = shouldHideOnClose({ quitting, closeToTray: settings?.get().closeToTray ?? false, hasTray: Boolean(services?.tray) });
    if (!hide) return;
    event.preventDefault();
    opened.hide();
  });
  // Windows logging off or shutting down: closing must not be turned into hiding, or it blocks the OS.
  opened.on('session-end', () => {
    quitting = true;
  });
  opened.on('closed', () => {
    if (win === opened) win = null;
  });
  win = opened;
  return opened;
}

/** Brings the window up from the tray, the dock, a second launch or a notification click. */
function showWindow(): BrowserWindow | null {
  if (!workspace) return null;
  const target = win ?? openWindow();
  if (target.isMinimized()) target.restore();
  target.show();
  target.focus();
  return target;
}

function openOrExplain(): Workspace | null {
  try {
    const userData = app.getPath('userData');
    // Sync follows the serviceUrl setting; the saved sign-in is encrypted by the OS (safeStorage) in the user data folder.
    const store = safeStorageSecretStore({
      safeStorage,
      file: join(userData, ENCRYPTED_SIGN_IN_FILE_NAME),
      platform: process.platform,
      logger,
    });
    return openWorkspace({
      dataDir: userData,
      transport: 'electron',
      version: app.getVersion(),
      logger,
      demo: launch.demo,
      // net.fetch: Chromium's network stack, with the OS certificate store and proxy settings (Node's fetch has
      // neither, and the packaged app's fuses make it ignore NODE_EXTRA_CA_CERTS).
      settings: settings ?? undefined,
      service: {
        fetch: (input, init) => net.fetch(input, init),
        // The system browser: the seller's own, with their SSO session and security keys; MSAL's loopback gets the code.
        signIn: { preset: presets.signIn, store, browser: signInBrowser(shell, presets.signIn?.authority ?? DEFAULT_AUTHORITY) },
      },
      managed: managedSettingsOf(presets, app.isPackaged),
      exchangeRates: rates.table,
      systemLocales,
      notifier: createElectronNotifier({
        logger,
        icon: trayIcon2x,
        openDeal: (id) => sendDealToRenderer(showWindow()?.webContents ?? null, id),
      }),
      // CSV exports: a save dialog over the window, starting in Downloads.
      exportTarget: saveDialogTarget({ dialog, window: () => win, folder: () => app.getPath('downloads') }),
    });
  } catch (err) {
    logger.error('the workspace could not be opened', err);
    // No workspace, so no main words yet: the language setting (or the OS's) picks them here.
    const language = resolveLanguage(settings?.get().language ?? 'system', systemLocales());
    const { title, content } = startFailureWords(err, wordsIn(language, intlLocale(language, systemLocales())));
    dialog.showErrorBox(title, content);
    return null;
  }
}

function openStores(): void {
  const userData = app.getPath('userData');
  settings = openElectronSettings({
    createStore: () => new Store<Settings>(electronStoreOptions()),
    file: join(userData, 'settings.json'),
    clock: systemClock,
    logger,
  });
  try {
    windowStore = new Store({ name: 'window-state', clearInvalidConfig: true, configFileMode: STORE_FILE_MODE });
  } catch (err) {
    logger.warn('the window position store could not be opened; the window opens at its default size', err);
  }
}

function start(): void {
  openStores();
  const opened = openOrExplain();
  if (!opened) {
    app.quit();
    return;
  }
  workspace = opened;
  serveApp(protocol, rendererDir);
  registerIpc(ipcMain, opened.dispatch, (sender) => isTrustedSender(sender, location));
  forwardEvents(opened.events, () => win?.webContents ?? null);
  openWindow();
  services = startDesktopServices({
    workspace: opened,
    sync: opened.connection ?? opened.sync ?? null,
    showWindow,
    quit: () => app.quit(),
    trayIcon,
    logger,
  });
  const current = settings;
  startAutoUpdate({
    app,
    dialog,
    window: () => win,
    settings: () => current?.get() ?? opened.settings.get(),
    feed: presets.updateFeed,
    logger: createLogger('updater'),
  });
}

registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the database; it gets focused through 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', () => void showWindow());
  app.on('before-quit', () => {
    quitting = true;
  });
  // macOS and Linux shutting down: quit for real (the window is not hidden to the tray).
  powerMonitor.on('shutdown', () => {
    quitting = true;
    app.quit();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => void showWindow());
  app.on('will-quit', () => {
    services?.stop();
    services = null;
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
