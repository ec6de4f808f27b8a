import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ipcModule from '../../shared/ipc';
import { channels, ok, type Dispatch, type Handlers } from '../../shared/ipc';
import { createEventBus } from '../core/eventBus';
import { silentLogger } from '../core/logger';
import { createSettingsService, memorySettingsBackend } from '../core/settings/settingsService';
import type { Workspace, WorkspaceOptions } from '../core/workspaceTypes';
import { resetFakeElectron, type FakeElectron } from '../../test/fakes/electron';

// The composition root, wired to the typed Electron fake and a stub workspace.
const state = vi.hoisted(() => ({ open: (_options: unknown): unknown => null }));

vi.mock('electron', async () => (await import('../../test/fakes/electron')).fakeElectron);
vi.mock('../core/workspace', () => ({ openWorkspace: (options: unknown) => state.open(options) }));

type Started = { electron: FakeElectron; opened: WorkspaceOptions[]; workspace: Workspace; dispatch: ReturnType<typeof vi.fn<Dispatch>> };

type Ipc = typeof ipcModule;

async function boot(setup: (electron: FakeElectron) => void = () => {}, open?: (options: WorkspaceOptions, ipc: Ipc) => Workspace): Promise<Started> {
  // Load the mocked 'electron' before resetting modules: the mock (our fake) then survives each reset,
  // while main.ts runs afresh against it.
  await import('electron');
  vi.resetModules();
  const electron = resetFakeElectron();
  setup(electron);
  // The modules main.ts will see (after the reset), so errors it checks with instanceof are its own.
  const ipc = await import('../../shared/ipc');
  const opened: WorkspaceOptions[] = [];
  const dispatch = vi.fn<Dispatch>(async () => ok('done'));
  const notifications = { start: vi.fn(), stop: vi.fn(), reschedule: vi.fn(), setPaused: vi.fn(), isPaused: () => false, notifySyncOutcome: vi.fn(), expiringWithin: () => 0 };
  const settings = createSettingsService(memorySettingsBackend(), silentLogger);
  const workspace: Workspace = { handlers: {} as Handlers, dispatch, events: createEventBus(), applyExpiry: () => 0, settings, notifications, close: vi.fn() };
  state.open = (options) => {
    opened.push(options as WorkspaceOptions);
    return open ? open(options as WorkspaceOptions, ipc) : workspace;
  };
  await import('./main');
  electron.app.makeReady();
  await vi.waitFor(() => expect(opened.length + electron.app.quitCalls).toBeGreaterThan(0));
  return { electron, opened, workspace, dispatch };
}

const argv = process.argv;
beforeEach(() => {
  process.argv = [...argv];
  // main.ts logs JSON lines to stderr; keep the test output clean.
  vi.spyOn(process.stderr, 'write').mockReturnValue(true);
});
afterEach(() => {
  process.argv = argv;
  vi.restoreAllMocks();
});

describe('main (composition root)', () => {
  it('opens the workspace on userData, registers the contract, opens the hardened window', async () => {
    const { electron, opened } = await boot((e) => {
      e.app.paths.userData = '/home/ana/.config/Co-sell Workspace';
      e.app.version = '1.2.3';
    });
    expect(opened).toEqual([expect.objectContaining({ dataDir: '/home/ana/.config/Co-sell Workspace', transport: 'electron', version: '1.2.3', demo: undefined })]);
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
    const [win] = electron.BrowserWindow.instances;
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    expect(win?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(win?.loaded[0]?.file).toMatch(/renderer[\\/]index\.html$/);
  });

  it('fills an empty store with demo data when started with --demo', async () => {
    process.argv.push('--demo');
    const { opened } = await boot();
    expect(opened[0]?.demo).toEqual({ count: 2000, seed: 1 });
  });

  it('forwards workspace events to the window', async () => {
    const { electron, workspace } = await boot();
    workspace.events.emit('referrals:changed', { ids: ['r1'] });
    expect(electron.BrowserWindow.instances[0]?.webContents.sent).toEqual([{ channel: 'referrals:changed', args: [{ ids: ['r1'] }] }]);
  });

  it('focuses (and restores) the window when a second instance starts', async () => {
    const { electron } = await boot();
    const win = electron.BrowserWindow.instances[0];
    if (!win) throw new Error('no window');
    win.minimized = true;
    electron.app.emit('second-instance');
    expect([win.minimized, win.focused]).toEqual([false, true]);
  });

  it('closes the workspace when the app quits', async () => {
    const { electron, workspace } = await boot();
    electron.app.emit('will-quit');
    expect(workspace.close).toHaveBeenCalledOnce();
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
      throw new AppError('DB_TOO_NEW', 'The data in this folder was written by a newer version of Co-sell Workspace.');
    });
    expect(electron.dialog.errors).toEqual([{ title: 'Co-sell Workspace cannot start', content: 'The data in this folder was written by a newer version of Co-sell Workspace.' }]);
    expect(electron.app.quitCalls).toBe(1);
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });
});
