import { describe, expect, it } from 'vitest';
import {
  CHECK_INTERVAL_MS,
  RETRY_AFTER_ERROR_MS,
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

const stable: UpdateSettings = { updateChannel: 'stable' };
const at = (state: Partial<UpdateState>): UpdateState => ({ ...initialUpdateState, ...state });
const fromPolicy = { url: 'https://updates.corp.example/cosell', source: 'policy' as const };

describe('planUpdates', () => {
  it('is off, with a reason, when IT preset no update server', () => {
    const plan = planUpdates({ packaged: true, feed: null, settings: stable });
    expect(plan).toEqual({ kind: 'off', why: 'noServer', reason: expect.stringContaining('no update server is preset') });
  });

  it('is off in a build that is not packaged, whatever is preset', () => {
    const plan = planUpdates({ packaged: false, feed: fromPolicy, settings: stable });
    expect(plan).toMatchObject({ kind: 'off', why: 'notPackaged', reason: expect.stringContaining('not packaged') });
  });

  it("takes IT's feed on the stable channel, and says where it came from", () => {
    expect(planUpdates({ packaged: true, feed: fromPolicy, settings: stable })).toEqual({
      kind: 'on',
      source: 'policy',
      config: { feedUrl: 'https://updates.corp.example/cosell', channel: 'latest', allowPrerelease: false, allowDowngrade: false },
    });
    const env = planUpdates({ packaged: true, feed: { url: 'https://it.corp.example/feed/', source: 'environment' }, settings: stable });
    expect(env).toMatchObject({ kind: 'on', source: 'environment', config: { feedUrl: 'https://it.corp.example/feed/' } });
  });

  it('uses the beta feed and allows pre-releases on the beta channel, never downgrades', () => {
    const plan = planUpdates({ packaged: true, feed: fromPolicy, settings: { updateChannel: 'beta' } });
    expect(plan).toMatchObject({ kind: 'on', config: { channel: 'beta', allowPrerelease: true, allowDowngrade: false } });
  });

  it('never checks a feed over plain http, not even one preset by IT: updates could be swapped on the way', () => {
    for (const url of ['http://updates.corp.example', 'http://127.0.0.1:8080/feed', 'file:///srv/updates']) {
      expect(planUpdates({ packaged: true, feed: { url, source: 'environment' }, settings: stable }), url).toMatchObject({
        kind: 'off',
        reason: expect.stringContaining('must be an https:// address'),
      });
    }
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
