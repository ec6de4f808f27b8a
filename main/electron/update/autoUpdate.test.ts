import { EventEmitter } from 'node:events';
import type { BrowserWindow, Dialog, MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import type { Logger as UpdaterLogger, UpdateCheckResult } from 'electron-updater';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../core/ports';
import { FIRST_CHECK_DELAY_MS } from '../../core/update/updatePolicy';
import type { AutoUpdaterLike } from './electronUpdater';

/** electron-updater's autoUpdater as far as the adapter uses it, including the channel setter's side effect. */
class FakeAutoUpdater extends EventEmitter {
  feeds: unknown[] = [];
  checks = 0;
  installs: Array<[boolean | undefined, boolean | undefined]> = [];
  allowPrerelease = false;
  allowDowngrade = false;
  autoDownload = false;
  autoInstallOnAppQuit = false;
  logger: UpdaterLogger | null = console;
  private currentChannel: string | null = null;
  /** What a check emits. */
  onCheck: (self: FakeAutoUpdater) => void = (self) => self.emit('update-not-available', { version: '1.0.0' });

  get channel(): string | null {
    return this.currentChannel;
  }

  set channel(value: string | null) {
    this.currentChannel = value;
    this.allowDowngrade = true; // what electron-updater does
  }

  setFeedURL(options: unknown): void {
    this.feeds.push(options);
  }

  async checkForUpdates(): Promise<UpdateCheckResult | null> {
    this.checks += 1;
    this.emit('checking-for-update');
    this.onCheck(this);
    return null;
  }

  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void {
    this.installs.push([isSilent, isForceRunAfter]);
  }
}

// electron-updater requires electron when it loads, and there is no Electron binary here: always mocked.
const fake = vi.hoisted(() => ({ updater: null as AutoUpdaterLike | null, reads: 0 }));
vi.mock('electron-updater', () => ({
  get autoUpdater() {
    fake.reads += 1;
    return fake.updater;
  },
}));

type Call = { parent: BrowserWindow | null; options: MessageBoxOptions };

function fakeDialog(response: number) {
  const calls: Call[] = [];
  const showMessageBox = async (a: BrowserWindow | MessageBoxOptions, b?: MessageBoxOptions): Promise<MessageBoxReturnValue> => {
    calls.push(b ? { parent: a as BrowserWindow, options: b } : { parent: null, options: a as MessageBoxOptions });
    return { response, checkboxChecked: false };
  };
  return { dialog: { showMessageBox } as unknown as Pick<Dialog, 'showMessageBox'>, calls };
}

const lines: string[] = [];
const logger: Logger = {
  info: (m) => lines.push(`info ${m}`),
  warn: (m) => lines.push(`warn ${m}`),
  error: (m) => lines.push(`error ${m}`),
};
const parentWindow = { isDestroyed: () => false } as unknown as BrowserWindow;
const feed = { url: 'https://updates.corp.example/cosell', source: 'environment' as const };

let updater: FakeAutoUpdater;
beforeAll(async () => {
  await import('./autoUpdate');
});
beforeEach(() => {
  vi.useFakeTimers();
  updater = new FakeAutoUpdater();
  fake.updater = updater as unknown as AutoUpdaterLike;
  lines.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

async function start(options: { packaged?: boolean; response?: number; window?: BrowserWindow | null } = {}) {
  const { startAutoUpdate } = await import('./autoUpdate');
  const { dialog, calls } = fakeDialog(options.response ?? 1);
  const controller = startAutoUpdate({
    app: { isPackaged: options.packaged ?? true },
    dialog,
    window: () => (options.window === undefined ? parentWindow : options.window),
    settings: () => ({ updateChannel: 'stable' }),
    logger,
    feed,
  });
  await vi.advanceTimersByTimeAsync(FIRST_CHECK_DELAY_MS);
  // Loading the (mocked) electron-updater is a real dynamic import: let it land before looking.
  if (options.packaged !== false) await vi.waitFor(() => expect(updater.checks).toBeGreaterThan(0));
  return { controller, calls };
}

describe('auto-update in the desktop app', () => {
  it('stays idle without loading electron-updater when the app is not packaged', async () => {
    const reads = fake.reads;
    const { controller } = await start({ packaged: false });
    expect(fake.reads).toBe(reads);
    expect(updater.checks).toBe(0);
    expect(lines).toEqual([expect.stringContaining('not packaged')]);
    controller.stop();
  });

  it('points electron-updater at the generic feed, stable channel, never downgrading, logs through the app logger', async () => {
    const { controller } = await start();
    expect(updater.feeds).toEqual([{ provider: 'generic', url: 'https://updates.corp.example/cosell', channel: 'latest' }]);
    expect(updater).toMatchObject({
      channel: 'latest',
      allowPrerelease: false,
      allowDowngrade: false,
      autoDownload: true,
      autoInstallOnAppQuit: true,
    });
    expect(updater.logger).not.toBe(console);
    updater.logger?.info('Checking for update');
    expect(lines).toContain('info Checking for update');
    expect(updater.checks).toBe(1);
    controller.stop();
  });

  it('asks with a dialog on the window when an update is downloaded, and restarts on "Restart now"', async () => {
    updater.onCheck = (self) => {
      self.emit('update-available', { version: '1.2.0' });
      self.emit('download-progress', { percent: 100 });
      self.emit('update-downloaded', { version: '1.2.0', downloadedFile: '/tmp/x' });
    };
    const { controller, calls } = await start({ response: 0 });
    expect(calls).toEqual([
      {
        parent: parentWindow,
        options: expect.objectContaining({
          type: 'info',
          message: expect.stringContaining('1.2.0'),
          buttons: ['Restart now', 'Later'],
          defaultId: 0,
          cancelId: 1,
        }),
      },
    ]);
    await vi.waitFor(() => expect(updater.installs).toEqual([[true, true]]));
    controller.stop();
  });

  it('asks without a parent when the window is closed (tray), and leaves the update for the next quit on "Later"', async () => {
    updater.onCheck = (self) => {
      self.emit('update-available', { version: '1.2.0' });
      self.emit('update-downloaded', { version: '1.2.0', downloadedFile: '/tmp/x' });
    };
    const { controller, calls } = await start({ response: 1, window: null });
    await vi.waitFor(() => expect(lines).toContain('info the update will install when the app quits'));
    expect(calls.map((c) => c.parent)).toEqual([null]);
    expect(updater.installs).toEqual([]);
    controller.stop();
  });

  it('turns an updater error into a warning, never a throw', async () => {
    updater.onCheck = (self) => {
      self.emit('error', new Error('net::ERR_NAME_NOT_RESOLVED'));
    };
    const { controller } = await start();
    await vi.waitFor(() => expect(controller.state()).toMatchObject({ phase: 'error', lastCheckFailed: true }));
    expect(lines.filter((l) => l.startsWith('warn'))).toHaveLength(1);
    controller.stop();
  });
});
