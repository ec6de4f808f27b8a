import { describe, expect, it } from 'vitest';
import {
  CHECK_INTERVAL_MS,
  RETRY_AFTER_ERROR_MS,
  UPDATE_URL_ENV,
  answerEffect,
  initialUpdateState,
  isCheckDue,
  planUpdates,
  reduceUpdateEvent,
  restartPrompt,
  settleCheck,
  type UpdateSettings,
  type UpdateState,
} from './updatePolicy';

const stable: UpdateSettings = { updateUrl: '', updateChannel: 'stable' };
const at = (state: Partial<UpdateState>): UpdateState => ({ ...initialUpdateState, ...state });

describe('planUpdates', () => {
  it('is off, with a reason, when no update server is configured', () => {
    const plan = planUpdates({ packaged: true, env: {}, settings: stable });
    expect(plan).toEqual({ kind: 'off', reason: expect.stringContaining('no update server is configured') });
  });

  it('is off in a build that is not packaged, whatever is configured', () => {
    const plan = planUpdates({ packaged: false, env: { [UPDATE_URL_ENV]: 'https://updates.corp.example/cosell' }, settings: stable });
    expect(plan).toMatchObject({ kind: 'off', reason: expect.stringContaining('not packaged') });
  });

  it('takes the server from the settings, on the stable channel', () => {
    const plan = planUpdates({
      packaged: true,
      env: {},
      settings: { updateUrl: 'https://updates.corp.example/cosell', updateChannel: 'stable' },
    });
    expect(plan).toEqual({
      kind: 'on',
      source: 'settings',
      config: { feedUrl: 'https://updates.corp.example/cosell', channel: 'latest', allowPrerelease: false, allowDowngrade: false },
    });
  });

  it('lets COSELL_UPDATE_URL win over the setting (IT points a fleet at its server)', () => {
    const plan = planUpdates({
      packaged: true,
      env: { [UPDATE_URL_ENV]: ' https://it.corp.example/feed/ ' },
      settings: { updateUrl: 'https://other.example', updateChannel: 'stable' },
    });
    expect(plan).toMatchObject({ kind: 'on', source: 'env', config: { feedUrl: 'https://it.corp.example/feed/' } });
  });

  it('ignores an empty or blank environment variable', () => {
    const plan = planUpdates({
      packaged: true,
      env: { [UPDATE_URL_ENV]: '   ' },
      settings: { updateUrl: 'https://updates.corp.example', updateChannel: 'stable' },
    });
    expect(plan).toMatchObject({ kind: 'on', source: 'settings' });
  });

  it('uses the beta feed and allows pre-releases on the beta channel, never downgrades', () => {
    const plan = planUpdates({ packaged: true, env: {}, settings: { updateUrl: 'https://updates.corp.example', updateChannel: 'beta' } });
    expect(plan).toMatchObject({ kind: 'on', config: { channel: 'beta', allowPrerelease: true, allowDowngrade: false } });
  });

  it('refuses an address that is not http(s), saying where it came from', () => {
    expect(planUpdates({ packaged: true, env: { [UPDATE_URL_ENV]: 'file:///srv/updates' }, settings: stable })).toEqual({
      kind: 'off',
      reason: expect.stringMatching(/COSELL_UPDATE_URL is not an http\(s\) address \(file:\/\/\/srv\/updates\)/),
    });
    expect(planUpdates({ packaged: true, env: {}, settings: { updateUrl: 'not a url', updateChannel: 'stable' } })).toMatchObject({
      kind: 'off',
      reason: expect.stringContaining('"updateUrl" setting'),
    });
  });

  it('warns about plain http to another machine, but not to this one', () => {
    const remote = planUpdates({ packaged: true, env: { [UPDATE_URL_ENV]: 'http://updates.corp.example' }, settings: stable });
    expect(remote).toMatchObject({ kind: 'on', warning: expect.stringContaining('plain http') });
    const local = planUpdates({ packaged: true, env: { [UPDATE_URL_ENV]: 'http://127.0.0.1:8080/feed' }, settings: stable });
    expect(local).toMatchObject({ kind: 'on' });
    expect(local).not.toHaveProperty('warning');
  });
});

describe('isCheckDue', () => {
  const t0 = Date.parse('2026-11-24T09:00:00Z');

  it('is due before the first check', () => {
    expect(isCheckDue(initialUpdateState, t0)).toBe(true);
  });

  it('waits CHECK_INTERVAL_MS after a good check', () => {
    const s = at({ lastCheckAt: t0 });
    expect(isCheckDue(s, t0 + CHECK_INTERVAL_MS - 1)).toBe(false);
    expect(isCheckDue(s, t0 + CHECK_INTERVAL_MS)).toBe(true);
  });

  it('retries sooner after a failed check', () => {
    const s = at({ phase: 'error', lastCheckAt: t0, lastCheckFailed: true });
    expect(isCheckDue(s, t0 + RETRY_AFTER_ERROR_MS - 1)).toBe(false);
    expect(isCheckDue(s, t0 + RETRY_AFTER_ERROR_MS)).toBe(true);
  });

  it('never interrupts a check or a download, even when the settings changed', () => {
    expect(isCheckDue(at({ phase: 'checking' }), t0, true)).toBe(false);
    expect(isCheckDue(at({ phase: 'downloading', lastCheckAt: t0 - CHECK_INTERVAL_MS * 3 }), t0)).toBe(false);
  });

  it('checks at once when the feed or channel changed', () => {
    expect(isCheckDue(at({ lastCheckAt: t0 }), t0 + 1000, true)).toBe(true);
  });

  it('counts a clock set backwards as due', () => {
    expect(isCheckDue(at({ lastCheckAt: t0 }), t0 - 60_000)).toBe(true);
  });

  it('keeps checking after a download waits for its restart (a newer version may come)', () => {
    const s = at({ phase: 'downloaded', version: '1.2.0', lastCheckAt: t0 });
    expect(isCheckDue(s, t0 + CHECK_INTERVAL_MS)).toBe(true);
  });
});

describe('reduceUpdateEvent', () => {
  const now = Date.parse('2026-11-24T12:00:00Z');

  it('records a finished check with nothing new', () => {
    const { state, effects } = reduceUpdateEvent(at({ phase: 'checking' }), { type: 'not-available', version: '1.0.0' }, now);
    expect(state).toMatchObject({ phase: 'idle', lastCheckAt: now, lastCheckFailed: false });
    expect(effects).toEqual([]);
  });

  it('downloads an available update in the background and says so once', () => {
    const { state, effects } = reduceUpdateEvent(at({ phase: 'checking' }), { type: 'available', version: '1.2.0' }, now);
    expect(state).toMatchObject({ phase: 'downloading', version: '1.2.0', percent: 0, lastCheckAt: now });
    expect(effects).toEqual([{ type: 'log', level: 'info', message: expect.stringContaining('downloading'), meta: { version: '1.2.0' } }]);
  });

  it('tracks progress, clamped to 0..100', () => {
    const s = at({ phase: 'downloading', version: '1.2.0' });
    expect(reduceUpdateEvent(s, { type: 'progress', percent: 42.5 }, now).state.percent).toBe(42.5);
    expect(reduceUpdateEvent(s, { type: 'progress', percent: 140 }, now).state.percent).toBe(100);
    expect(reduceUpdateEvent(s, { type: 'progress', percent: Number.NaN }, now).state.percent).toBe(0);
  });

  it('asks before restarting when a download finishes', () => {
    const { state, effects } = reduceUpdateEvent(
      at({ phase: 'downloading', version: '1.2.0' }),
      { type: 'downloaded', version: '1.2.0' },
      now,
    );
    expect(state).toMatchObject({ phase: 'downloaded', version: '1.2.0', promptedVersion: '1.2.0' });
    expect(effects).toContainEqual({ type: 'ask-restart', version: '1.2.0', prompt: restartPrompt('1.2.0') });
  });

  it('asks only once per version (the next check finds the same download again)', () => {
    const s = at({ phase: 'downloading', version: '1.2.0', promptedVersion: '1.2.0' });
    const { effects } = reduceUpdateEvent(s, { type: 'downloaded', version: '1.2.0' }, now);
    expect(effects.map((e) => e.type)).toEqual(['log']);
    const newer = reduceUpdateEvent(s, { type: 'downloaded', version: '1.3.0' }, now);
    expect(newer.effects.map((e) => e.type)).toEqual(['log', 'ask-restart']);
  });

  it('turns a failure into a warning and a sooner retry', () => {
    const { state, effects } = reduceUpdateEvent(
      at({ phase: 'checking' }),
      { type: 'error', message: 'net::ERR_INTERNET_DISCONNECTED' },
      now,
    );
    expect(state).toMatchObject({ phase: 'error', lastCheckAt: now, lastCheckFailed: true });
    expect(effects).toEqual([
      { type: 'log', level: 'warn', message: expect.any(String), meta: { error: 'net::ERR_INTERNET_DISCONNECTED' } },
    ]);
  });

  it('keeps a downloaded update waiting when a later check fails or finds nothing', () => {
    const ready = at({ phase: 'downloaded', version: '1.2.0', promptedVersion: '1.2.0' });
    expect(reduceUpdateEvent(ready, { type: 'error', message: 'offline' }, now).state.phase).toBe('downloaded');
    expect(reduceUpdateEvent(ready, { type: 'not-available', version: '1.2.0' }, now).state.phase).toBe('downloaded');
  });
});

describe('settleCheck', () => {
  it('closes a check that reported no event, and leaves others alone', () => {
    expect(settleCheck(at({ phase: 'checking' }), 5)).toMatchObject({ phase: 'idle', lastCheckAt: 5, lastCheckFailed: false });
    const downloading = at({ phase: 'downloading', version: '2.0.0' });
    expect(settleCheck(downloading, 5)).toBe(downloading);
  });
});

describe('the restart prompt', () => {
  it('names the version, restarts on the first button, explains Later', () => {
    const prompt = restartPrompt('1.2.0');
    expect(prompt.message).toContain('1.2.0');
    expect(prompt.buttons).toEqual(['Restart now', 'Later']);
    expect(prompt.detail).toMatch(/next time you quit/);
  });

  it('logs what the answer leads to', () => {
    expect(answerEffect('restart', '1.2.0')).toMatchObject({ level: 'info', message: expect.stringContaining('restarting') });
    expect(answerEffect('later', '1.2.0')).toMatchObject({ level: 'info', message: expect.stringContaining('when the app quits') });
  });
});
