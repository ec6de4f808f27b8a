import type { MenuItem } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ipcModule from '../../shared/ipc';
import { channels, ok, type Dispatch, type Handlers } from '../../shared/ipc';
import { createEventBus } from '../core/eventBus';
import { silentLogger } from '../core/logger';
import type { Notifier } from '../core/ports';
import type { NotificationCenter } from '../core/notifications/notificationCenter';
import { createSettingsService, memorySettingsBackend } from '../core/settings/settingsService';
import type { Workspace, WorkspaceOptions } from '../core/workspaceTypes';
import {
  fakeDisplay,
  FakeMenu,
  FakeNotification,
  FakeTray,
  resetFakeElectron,
  type FakeBrowserWindow,
  type FakeElectron,
} from '../../test/fakes/electron';
import { FakeElectronStore } from '../../test/fakes/electronStore';
import { createMainWords } from '../core/i18n/mainWords';

// The composition root, wired to the typed Electron fake, a fake electron-store and a stub workspace.
const state = vi.hoisted(() => ({ open: (_options: unknown): unknown => null }));

vi.mock('electron', async () => (await import('../../test/fakes/electron')).fakeElectron);
vi.mock('electron-store', async () => ({ default: (await import('../../test/fakes/electronStore')).FakeElectronStore }));
vi.mock('../core/workspace', () => ({ openWorkspace: (options: unknown) => state.open(options) }));
// Auto-update has its own tests; here it must not start timers or load electron-updater.
vi.mock('./update/autoUpdate', () => ({ startAutoUpdate: vi.fn() }));

type Started = {
  electron: FakeElectron;
  opened: WorkspaceOptions[];
  workspace: Workspace;
  notifications: { [K in keyof NotificationCenter]: ReturnType<typeof vi.fn> };
  win: () => FakeBrowserWindow;
};

type Ipc = typeof ipcModule;

async function boot(
  setup: (electron: FakeElectron) => void = () => {},
  open?: (options: WorkspaceOptions, ipc: Ipc) => Workspace,
  extra: Partial<Workspace> = {},
): Promise<Started> {
  // Load the mocked 'electron' before resetting modules: the mock (our fake) then survives each reset,
  // while main.ts runs afresh against it.
  await import('electron');
  await import('electron-store');
  vi.resetModules();
  const electron = resetFakeElectron();
  setup(electron);
  // The modules main.ts will see (after the reset), so errors it checks with instanceof are its own.
  const ipc = await import('../../shared/ipc');
  const opened: WorkspaceOptions[] = [];
  const dispatch = vi.fn<Dispatch>(async () => ok('done'));
  const notifications = {
    start: vi.fn(),
    stop: vi.fn(),
    reschedule: vi.fn(),
    setPaused: vi.fn(),
    isPaused: vi.fn(() => false),
    notifySyncOutcome: vi.fn(),
    expiringWithin: vi.fn(() => 2),
    notifySignInNeeded: vi.fn(),
  };
  const settings = createSettingsService(memorySettingsBackend(), silentLogger);
  const workspace: Workspace = {
    handlers: {} as Handlers,
    dispatch,
    events: createEventBus(),
    applyExpiry: vi.fn(() => 0),
    settings,
    words: createMainWords(settings, () => ['en-US']),
    notifications,
    close: vi.fn(),
    ...extra,
  };
  state.open = (options) => {
    opened.push(options as WorkspaceOptions);
    return open ? open(options as WorkspaceOptions, ipc) : workspace;
  };
  await import('./main');
  electron.app.makeReady();
  await vi.waitFor(() => expect(opened.length + electron.app.quitCalls).toBeGreaterThan(0));
  const win = () => {
    const last = electron.BrowserWindow.instances.at(-1);
    if (!last) throw new Error('no window');
    return last;
  };
  return { electron, opened, workspace, notifications, win };
}

const settingsOf = (options: WorkspaceOptions | undefined) => {
  if (!options?.settings) throw new Error('the workspace was opened without the settings store');
  return options.settings;
};

const argv = process.argv;
beforeEach(() => {
  process.argv = [...argv];
  FakeElectronStore.reset();
  // main.ts logs JSON lines to stderr; keep the test output clean.
  vi.spyOn(process.stderr, 'write').mockReturnValue(true);
});
afterEach(() => {
  process.argv = argv;
  vi.restoreAllMocks();
});

describe('main (composition root)', () => {
  it('opens the workspace on userData with the settings store and a notifier, registers the contract, opens the hardened window', async () => {
    const { electron, opened } = await boot((e) => {
      e.app.paths.userData = '/home/ana/.config/Co-sell Workspace';
      e.app.version = '1.2.3';
    });
    expect(opened).toEqual([
      expect.objectContaining({ dataDir: '/home/ana/.config/Co-sell Workspace', transport: 'electron', version: '1.2.3', demo: undefined }),
    ]);
    expect(opened[0]?.settings?.get().closeToTray).toBe(true);
    expect(typeof (opened[0]?.notifier as Notifier).show).toBe('function');
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
    const [win] = electron.BrowserWindow.instances;
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    expect(win?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    // The page comes through app://, registered as privileged before 'ready' and served after it.
    expect(win?.loaded).toEqual([{ url: 'app://workspace/index.html' }]);
    expect(electron.protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect([...electron.protocol.handlers.keys()]).toEqual(['app']);
    expect((await electron.protocol.fetch('app://workspace/../../../etc/passwd')).status).toBe(404);
  });

  it('--data-dir sets userData before the single-instance lock; --demo and --demo-count fill an empty store', async () => {
    process.argv.push('--data-dir', '/tmp/e2e-data', '--demo', '--demo-count', '400');
    const { electron, opened } = await boot();
    expect(electron.app.paths.userData).toBe('/tmp/e2e-data');
    expect(opened[0]).toMatchObject({ dataDir: '/tmp/e2e-data', demo: { count: 400, seed: 1 } });
  });

  it('fills an empty store with demo data when started with --demo', async () => {
    process.argv.push('--demo');
    const { opened } = await boot();
    expect(opened[0]?.demo).toEqual({ count: 2000, seed: 1 });
  });

  it('forwards workspace events to the window', async () => {
    const { workspace, win } = await boot();
    workspace.events.emit('referrals:changed', { ids: ['r1'] });
    expect(win().webContents.sent).toEqual([{ channel: 'referrals:changed', args: [{ ids: ['r1'] }] }]);
  });

  it('a second launch shows, restores and focuses the first window, also from the tray', async () => {
    const { electron, win } = await boot();
    win().minimized = true;
    win().hide();
    electron.app.emit('second-instance');
    expect([win().minimized, win().shown, win().focused]).toEqual([false, true, true]);
  });

  it('closes the workspace and the tray when the app quits', async () => {
    const { electron, workspace } = await boot();
    electron.app.emit('will-quit');
    expect(workspace.close).toHaveBeenCalledOnce();
    expect(FakeTray.instances[0]?.destroyed).toBe(true);
  });

  it('quits at once when another instance holds the lock', async () => {
    const { electron, opened } = await boot((e) => {
      e.app.hasLock = false;
    });
    expect(electron.app.quitCalls).toBe(1);
    expect(opened).toEqual([]);
  });

  it('explains a database it cannot open, and quits', async () => {
    const { electron } = await boot(undefined, (_options, { AppError }) => {
      throw new AppError('DB_TOO_NEW', { key: 'errors:app.dbTooNew', params: { current: 9, latest: 4 } });
    });
    expect(electron.dialog.errors).toEqual([
      {
        title: 'Co-sell Workspace cannot start',
        content:
          'The data in this folder was written by a newer version of Co-sell Workspace (data version 9; this app reads up to 4). Install the newer version of the app, or choose another data folder.',
      },
    ]);
    expect(electron.app.quitCalls).toBe(1);
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('says it in Russian when the language setting is Russian, or "system" on a Russian OS (issue 13)', async () => {
    const tooNew = (_options: WorkspaceOptions, { AppError }: Ipc) => {
      throw new AppError('DB_TOO_NEW', { key: 'errors:app.dbTooNew', params: { current: 9, latest: 4 } });
    };
    const russian = {
      title: 'Не удаётся запустить Co-sell Workspace',
      content:
        'Данные в этой папке записаны более новой версией Co-sell Workspace (версия данных 9; это приложение читает до версии 4). Установите новую версию приложения или выберите другую папку данных.',
    };
    FakeElectronStore.files.set('settings', { language: 'ru' });
    expect((await boot(undefined, tooNew)).electron.dialog.errors).toEqual([russian]);
    FakeElectronStore.reset();
    const onRussianOs = await boot((e) => {
      e.app.systemLanguages = ['ru-RU', 'en-US'];
    }, tooNew);
    expect(onRussianOs.electron.dialog.errors).toEqual([russian]);
    const other = await boot(
      (e) => {
        e.app.systemLanguages = ['ru-RU'];
      },
      () => {
        throw new Error('SQLITE_IOERR');
      },
    );
    expect(other.electron.dialog.errors).toEqual([
      {
        title: 'Не удаётся запустить Co-sell Workspace',
        content: 'Приложению не удалось открыть свои данные. Проверьте, что диск не переполнен, и запустите приложение снова.',
      },
    ]);
  });
});

describe('tray and close to tray', () => {
  it('closing the window hides it to the tray while closeToTray is on; Quit really quits', async () => {
    const { electron, win } = await boot();
    win().show();
    win().close();
    expect([win().closed, win().shown]).toEqual([false, false]);
    electron.app.emit('before-quit');
    win().close();
    expect(win().closed).toBe(true);
  });

  it('an OS shutdown or log-off closes the window for real instead of hiding it', async () => {
    const { win } = await boot();
    win().emit('session-end');
    win().close();
    expect(win().closed).toBe(true);
    const second = await boot();
    second.electron.powerMonitor.emit('shutdown');
    second.win().close();
    expect([second.win().closed, second.electron.app.quitCalls]).toEqual([true, 1]);
  });

  it('with closeToTray off, closing the window closes it', async () => {
    const { opened, win } = await boot();
    settingsOf(opened[0]).set({ closeToTray: false });
    win().close();
    expect(win().closed).toBe(true);
  });

  it('the tray counts referrals expiring within 24 hours; Pause notifications pauses them; Open brings the window back', async () => {
    const { notifications, win, electron } = await boot();
    const tray = FakeTray.instances[0];
    expect(tray?.tooltip).toBe('Co-sell Workspace — 2 referrals expire within 24 hours');
    expect((tray?.image as unknown as { path: string }).path).toMatch(/16x16\.png/);
    (tray?.menu?.item('Pause notifications')?.click as (item: MenuItem) => void)({ checked: true } as unknown as MenuItem);
    expect(notifications.setPaused).toHaveBeenCalledWith(true);
    win().close();
    (tray?.menu?.item('Open Co-sell Workspace')?.click as () => void)();
    expect(win().shown).toBe(true);
    (tray?.menu?.item('Quit')?.click as () => void)();
    expect(electron.app.quitCalls).toBe(1);
  });

  it('Sync now in the tray asks the workspace for sync:now', async () => {
    const { workspace } = await boot();
    (FakeTray.instances[0]?.menu?.item('Sync now')?.click as () => void)();
    expect(workspace.dispatch).toHaveBeenCalledWith('sync:now', {});
  });
});

describe('notifications, menu, window state, power and network', () => {
  it('a notification click shows the window (hidden in the tray) and sends notification:clicked with the deal', async () => {
    const { opened, win } = await boot();
    win().close();
    (opened[0]?.notifier as Notifier).show({
      kind: 'expiry',
      title: 'Referral expires in 3 hours',
      body: 'Deal — Customer.',
      referralId: 'r-7',
    });
    FakeNotification.instances[0]?.emit('click', {});
    expect([win().shown, win().focused]).toEqual([true, true]);
    expect(win().webContents.sent).toContainEqual({ channel: 'notification:clicked', args: [{ id: 'r-7' }] });
  });

  it('sets an application menu made of the standard roles', async () => {
    await boot();
    expect(FakeMenu.applicationMenu?.template.map((m) => m.role)).toEqual(
      process.platform === 'darwin'
        ? ['appMenu', 'fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']
        : ['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help'],
    );
  });

  it('restores the saved window bounds, clamped to the displays there are now, and saves them on close', async () => {
    FakeElectronStore.files.set('window-state', { window: { x: 2500, y: 100, width: 1200, height: 800, maximized: true } });
    const { electron, win } = await boot((e) => {
      e.screen.displays = [fakeDisplay({ x: 0, y: 0, width: 1440, height: 860 })];
    });
    expect(win().options).toMatchObject({ width: 1200, height: 800 });
    expect(win().options.x).toBeUndefined();
    expect(win().maximized).toBe(true);
    electron.app.emit('before-quit');
    win().normalBounds = { x: 20, y: 30, width: 1000, height: 700 };
    win().close();
    expect(FakeElectronStore.files.get('window-state')).toEqual({ window: { x: 20, y: 30, width: 1000, height: 700, maximized: true } });
  });

  it('power and network reach the sync engine: suspend takes it offline, resume and a returning network sync', async () => {
    const sync = { setOnline: vi.fn(), syncNow: vi.fn(async () => ({})) };
    const { electron } = await boot(undefined, undefined, { sync: sync as unknown as Workspace['sync'] });
    expect(sync.setOnline).toHaveBeenLastCalledWith(true);
    electron.powerMonitor.emit('suspend');
    expect(sync.setOnline).toHaveBeenLastCalledWith(false);
    electron.powerMonitor.emit('resume');
    expect(sync.setOnline).toHaveBeenLastCalledWith(true);
    expect(sync.syncNow).toHaveBeenCalledOnce();
  });

  it('sync follows the settings: the sign-in is encrypted by safeStorage (memory only without OS encryption) and opens the system browser; power and network reach the connection', async () => {
    const connection = { setOnline: vi.fn(), syncNow: vi.fn(async () => ({})) };
    const { electron, opened } = await boot(undefined, undefined, { connection: connection as unknown as Workspace['connection'] });
    const signIn = opened[0]?.service?.signIn;
    expect(signIn?.store.kept).toBe('os-encrypted');
    // Nothing preset in this environment: sign-in is unavailable, and Settings can say so.
    expect(signIn?.preset).toBeNull();
    expect(opened[0]?.managed?.signIn.configured).toBe(false);
    if (signIn?.browser.kind !== 'system') throw new Error('the desktop app signs in in the system browser');
    await signIn.browser.open('https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=x');
    await expect(signIn.browser.open('https://evil.example/authorize')).rejects.toThrow(/refused/);
    expect(electron.shell.opened).toEqual(['https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=x']);
    // Requests to the service go through Chromium's network stack (OS certificates, system proxy).
    await opened[0]?.service?.fetch?.('https://api.example/v1.0/engagements/referrals', { method: 'GET' });
    expect(electron.net.fetched).toEqual(['https://api.example/v1.0/engagements/referrals']);
    expect(connection.setOnline).toHaveBeenLastCalledWith(true);
    electron.powerMonitor.emit('suspend');
    expect(connection.setOnline).toHaveBeenLastCalledWith(false);
    const plain = await boot((e) => {
      e.safeStorage.available = false;
    });
    expect(plain.opened[0]?.service?.signIn.store.kept).toBe('memory');
  });

  it("IT's presets from the environment reach the workspace (sign-in) and Settings (read-only); the page cannot set them", async () => {
    process.env.COSELL_AUTH_CLIENT_ID = '6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b';
    process.env.COSELL_UPDATE_URL = 'https://updates.corp.example/cosell/';
    try {
      const { opened } = await boot();
      expect(opened[0]?.service?.signIn.preset).toEqual({
        clientId: '6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b',
        authority: 'https://login.microsoftonline.com/organizations',
        source: 'environment',
      });
      expect(opened[0]?.managed).toMatchObject({
        signIn: { configured: true, source: 'environment' },
        update: { url: 'https://updates.corp.example/cosell/', source: 'environment' },
      });
    } finally {
      delete process.env.COSELL_AUTH_CLIENT_ID;
      delete process.env.COSELL_UPDATE_URL;
    }
  });

  it('resume from sleep re-plans notifications and applies expiry; the network check runs too', async () => {
    const { electron, notifications, workspace } = await boot();
    electron.powerMonitor.emit('suspend');
    electron.powerMonitor.emit('resume');
    expect(notifications.reschedule).toHaveBeenCalledOnce();
    expect(workspace.applyExpiry).toHaveBeenCalledOnce();
  });

  it('settings changes go through the store: a refused value keeps the old one', async () => {
    const { opened } = await boot();
    const settings = settingsOf(opened[0]);
    expect(settings.set({ theme: 'dark' }).ok).toBe(true);
    expect(settings.set({ theme: 'neon' }).ok).toBe(false);
    expect(FakeElectronStore.files.get('settings')).toMatchObject({ theme: 'dark' });
  });
});
