import { describe, expect, it } from 'vitest';
import type { Clock, Logger, Timers } from '../ports';
import type { UpdateFeedPreset } from '../policy/itPolicy';
import { createUpdateController } from './updateController';
import {
  CHECK_INTERVAL_MS,
  FIRST_CHECK_DELAY_MS,
  RETRY_AFTER_ERROR_MS,
  TICK_MS,
  planUpdates,
  type RestartPrompt,
  type UpdatePlan,
  type UpdateSettings,
  type Updater,
  type UpdaterConfig,
  type UpdaterEvent,
} from './updatePolicy';

/** Timers driven by a fake clock: advance() fires what is due, in order, letting async work settle. */
class FakeTime implements Clock, Timers {
  private ms = Date.parse('2026-11-24T08:00:00Z');
  private timers: Array<{ id: number; at: number; fn: () => void }> = [];
  private nextId = 1;

  now(): Date {
    return new Date(this.ms);
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ id, at: this.ms + ms, fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  pending(): number {
    return this.timers.length;
  }

  async advance(ms: number): Promise<void> {
    const target = this.ms + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.ms = due.at;
      due.fn();
      await settle();
    }
    this.ms = target;
    await settle();
  }
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

type Emit = (event: UpdaterEvent) => void;

/** The Updater port, scripted per check. */
class FakeUpdater implements Updater {
  readonly configs: UpdaterConfig[] = [];
  checks = 0;
  installs = 0;
  private listener: ((event: UpdaterEvent) => void) | null = null;
  /** What the next checks do; by default: nothing new. */
  script: Array<(emit: Emit) => Promise<void> | void> = [];

  configure(config: UpdaterConfig): void {
    this.configs.push(config);
  }

  async check(): Promise<void> {
    this.checks += 1;
    const step = this.script.shift() ?? ((emit: Emit) => emit({ type: 'not-available', version: '1.0.0' }));
    const emit: Emit = (event) => this.listener?.(event);
    emit({ type: 'checking' });
    await step(emit);
  }

  installAndRestart(): void {
    this.installs += 1;
  }

  onEvent(listener: (event: UpdaterEvent) => void): void {
    this.listener = listener;
  }
}

type Line = { level: 'info' | 'warn' | 'error'; message: string; meta?: unknown };

function recordingLogger(lines: Line[]): Logger {
  return {
    info: (message, meta) => lines.push({ level: 'info', message, meta }),
    warn: (message, meta) => lines.push({ level: 'warn', message, meta }),
    error: (message, meta) => lines.push({ level: 'error', message, meta }),
  };
}

function setup(
  options: { settings?: UpdateSettings; feed?: UpdateFeedPreset | null; answer?: 'restart' | 'later'; loadFails?: boolean } = {},
) {
  const time = new FakeTime();
  const updater = new FakeUpdater();
  const lines: Line[] = [];
  const prompts: RestartPrompt[] = [];
  let loads = 0;
  const world = {
    settings: options.settings ?? { updateChannel: 'stable' as const },
    feed: options.feed === undefined ? { url: 'https://updates.corp.example/cosell', source: 'policy' as const } : options.feed,
    packaged: true,
  };
  const controller = createUpdateController({
    plan: (): UpdatePlan => planUpdates({ packaged: world.packaged, feed: world.feed, settings: world.settings }),
    loadUpdater: async () => {
      loads += 1;
      if (options.loadFails) throw new Error('Cannot find module electron-updater');
      return updater;
    },
    askRestart: async (prompt) => {
      prompts.push(prompt);
      return options.answer ?? 'later';
    },
    logger: recordingLogger(lines),
    clock: time,
    timers: time,
  });
  return { time, updater, lines, prompts, controller, world, loads: () => loads };
}

const downloads =
  (version: string): ((emit: Emit) => void) =>
  (emit) => {
    emit({ type: 'available', version });
    emit({ type: 'progress', percent: 50 });
    emit({ type: 'downloaded', version });
  };

describe('update controller', () => {
  it('stays idle with one log line when no update server is configured, and never loads the updater', async () => {
    const t = setup({ feed: null });
    t.controller.start();
    await t.time.advance(FIRST_CHECK_DELAY_MS + TICK_MS * 30);
    expect(t.loads()).toBe(0);
    expect(t.lines).toEqual([{ level: 'info', message: expect.stringContaining('no update server is preset'), meta: undefined }]);
    expect(t.controller.state().phase).toBe('idle');
  });

  it('checks shortly after start, configured from the plan, then every CHECK_INTERVAL_MS', async () => {
    const t = setup();
    t.controller.start();
    await t.time.advance(FIRST_CHECK_DELAY_MS - 1);
    expect(t.updater.checks).toBe(0);
    await t.time.advance(1);
    expect(t.updater.checks).toBe(1);
    expect(t.updater.configs).toEqual([
      { feedUrl: 'https://updates.corp.example/cosell', channel: 'latest', allowPrerelease: false, allowDowngrade: false },
    ]);
    await t.time.advance(CHECK_INTERVAL_MS - 1);
    expect(t.updater.checks).toBe(1);
    await t.time.advance(TICK_MS);
    expect(t.updater.checks).toBe(2);
    // Configured once: the same plan is not applied again.
    expect(t.updater.configs).toHaveLength(1);
    expect(t.lines.filter((l) => l.message === 'updates are on')).toHaveLength(1);
  });

  it('downloads in the background and asks once before restarting; Later leaves it for the next quit', async () => {
    const t = setup({ answer: 'later' });
    t.updater.script = [downloads('1.2.0'), downloads('1.2.0')];
    t.controller.start();
    await t.time.advance(FIRST_CHECK_DELAY_MS);
    expect(t.prompts).toHaveLength(1);
    expect(t.prompts[0]?.message).toContain('1.2.0');
    expect(t.updater.installs).toBe(0);
    expect(t.controller.state()).toMatchObject({ phase: 'downloaded', version: '1.2.0' });
    expect(t.lines.map((l) => l.message)).toContain('the update will install when the app quits');
    // The next check finds the same version again: no second question.
    await t.time.advance(CHECK_INTERVAL_MS);
    expect(t.updater.checks).toBe(2);
    expect(t.prompts).toHaveLength(1);
  });

  it('installs and restarts when the seller says Restart now', async () => {
    const t = setup({ answer: 'restart' });
    t.updater.script = [downloads('1.2.0')];
    t.controller.start();
    await t.time.advance(FIRST_CHECK_DELAY_MS);
    expect(t.updater.installs).toBe(1);
  });

  it('never starts a second check while a download is under way', async () => {
    const t = setup();
    let finish: () => void = () => {};
    t.updater.script = [
      (emit) => {
        emit({ type: 'available', version: '2.0.0' });
        // The download continues after check() returns, as electron-updater's does.
        finish = () => emit({ type: 'downloaded', version: '2.0.0' });
      },
    ];
    t.controller.start();
    await t.time.advance(FIRST_CHECK_DELAY_MS + CHECK_INTERVAL_MS * 2);
    expect(t.updater.checks).toBe(1);
    expect(t.controller.state().phase).toBe('downloading');
    finish();
    await t.time.advance(0);
    expect(t.prompts).toHaveLength(1);
  });

  it('treats a failed check as a warning and retries after RETRY_AFTER_ERROR_MS', async () => {
    const t = setup();
    t.updater.script = [(emit) => emit({ type: 'error', message: 'getaddrinfo ENOTFOUND updates.corp.example' })];
    t.controller.start();
    await t.time.advance(FIRST_CHECK_DELAY_MS);
    expect(t.controller.state().phase).toBe('error');
    expect(t.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
    await t.time.advance(RETRY_AFTER_ERROR_MS - TICK_MS);
    expect(t.updater.checks).toBe(1);
    await t.time.advance(TICK_MS);
    expect(t.updater.checks).toBe(2);
    expect(t.controller.state().phase).toBe('idle');
  });

  it('reports a check that throws without an error event exactly once', async () => {
    const t = setup();
    t.updater.script = [
      () => {
        throw new Error('ERR_UPDATER_CHANNEL_FILE_NOT_FOUND');
      },
    ];
    t.controller.start();
    await t.time.advance(FIRST_CHECK_DELAY_MS);
    expect(t.lines.filter((l) => l.level === 'warn')).toEqual([
      { level: 'warn', message: expect.any(String), meta: { error: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' } },
    ]);
    expect(t.controller.state()).toMatchObject({ phase: 'error', lastCheckFailed: true });
  });

  it('applies a channel switch at the next tick, without waiting hours', async () => {
    const t = setup();
    t.controller.start();
    await t.time.advance(FIRST_CHECK_DELAY_MS);
    t.world.settings = { ...t.world.settings, updateChannel: 'beta' };
    await t.time.advance(TICK_MS);
    expect(t.updater.checks).toBe(2);
    expect(t.updater.configs.at(-1)).toMatchObject({ channel: 'beta', allowPrerelease: true, allowDowngrade: false });
  });

  it('goes quiet when no server is preset any more, logging that once', async () => {
    const t = setup();
    t.controller.start();
    await t.time.advance(FIRST_CHECK_DELAY_MS);
    t.world.feed = null;
    await t.time.advance(CHECK_INTERVAL_MS * 3);
    expect(t.updater.checks).toBe(1);
    expect(t.lines.filter((l) => l.message.includes('no update server'))).toHaveLength(1);
  });

  it('logs one error and stays off when the updater cannot be loaded', async () => {
    const t = setup({ loadFails: true });
    t.controller.start();
    await t.time.advance(FIRST_CHECK_DELAY_MS + CHECK_INTERVAL_MS * 2);
    expect(t.loads()).toBe(1);
    expect(t.lines.filter((l) => l.level === 'error')).toHaveLength(1);
  });

  it('takes the server from COSELL_UPDATE_URL and logs where it came from', async () => {
    const t = setup({ feed: { url: 'https://updates.corp.example/env', source: 'environment' } });
    t.controller.start();
    await t.time.advance(FIRST_CHECK_DELAY_MS + CHECK_INTERVAL_MS);
    expect(t.updater.configs[0]?.feedUrl).toBe('https://updates.corp.example/env');
    expect(t.lines.find((l) => l.message === 'updates are on')?.meta).toMatchObject({ source: 'environment' });
  });

  it('stops: no timer left, no further checks; start() twice arms one loop', async () => {
    const t = setup();
    t.controller.start();
    t.controller.start();
    expect(t.time.pending()).toBe(1);
    await t.time.advance(FIRST_CHECK_DELAY_MS);
    t.controller.stop();
    expect(t.time.pending()).toBe(0);
    await t.time.advance(CHECK_INTERVAL_MS * 2);
    expect(t.updater.checks).toBe(1);
  });
});
