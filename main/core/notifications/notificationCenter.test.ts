import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '../../../shared/domain';
import type { EventPayload } from '../../../shared/ipc';
import { makeReferral } from '../../../test/fixtures/referrals';
import { silentLogger } from '../logger';
import { createSettingsService, memorySettingsBackend } from '../settings/settingsService';
import { DB_FILE_NAME, openDatabase } from '../store/database';
import { createReferralStore } from '../store/referralStore';
import { fakeTime } from '../testing/fakeTime';
import { openWorkspace } from '../workspace';
import type { Workspace, WorkspaceOptions } from '../workspaceTypes';
import { createEventNotifier } from './eventNotifier';
import type { PlannedNotification } from './expiryPolicy';

const T0 = Date.parse('2026-11-24T12:00:00.000Z');

const dirs: string[] = [];
const open: Workspace[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

type Seed = { id: string; inMs: number };
function dataDir(seeds: Seed[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'cosell-notify-'));
  dirs.push(dir);
  const db = openDatabase(join(dir, DB_FILE_NAME));
  const store = createReferralStore(db);
  db.transaction(() => {
    for (const s of seeds) {
      store.insert(
        makeReferral({
          id: s.id,
          name: `Deal ${s.id}`,
          expirationDateTime: new Date(T0 + s.inMs).toISOString(),
          createdDateTime: new Date(T0 - DAY_MS).toISOString(),
        }),
      );
    }
  })();
  db.close();
  return dir;
}

function start(dir: string, time = fakeTime(T0), extra: Partial<WorkspaceOptions> = {}) {
  const shown: Array<{ at: number; n: PlannedNotification }> = [];
  const ws = openWorkspace({
    dataDir: dir,
    transport: 'electron',
    version: '0.0.0-test',
    clock: time.clock,
    timers: time.timers,
    monotonic: time.monotonic,
    timeZone: () => 'UTC',
    // The center hands its planned notification, keys and all, to the notifier: the keys say what was recorded.
    notifier: { show: (n) => shown.push({ at: time.clock.now().getTime() - T0, n: n as PlannedNotification }) },
    ...extra,
  });
  open.push(ws);
  return { ws, shown, time };
}

const sentRows = (dir: string) => {
  const db = new Sqlite(join(dir, DB_FILE_NAME), { readonly: true });
  try {
    return db.prepare('SELECT key, referral_id AS referralId FROM notifications_sent ORDER BY key').all() as Array<{
      key: string;
      referralId: string;
    }>;
  } finally {
    db.close();
  }
};

describe('notification center over the real store', () => {
  it('"Sign in again": shown when asked, for no deal; not while paused, switched off, or in quiet hours', () => {
    const { ws, shown } = start(dataDir([]));
    ws.notifications.notifySignInNeeded();
    expect(shown.map((s) => s.n)).toEqual([
      expect.objectContaining({ kind: 'signIn', title: 'Sign in again to keep syncing', referralId: null, keys: [] }),
    ]);
    ws.notifications.setPaused(true);
    ws.notifications.notifySignInNeeded();
    ws.notifications.setPaused(false);
    ws.settings.set({ notifications: { quietHours: { start: '11:00', end: '13:00' } } });
    ws.notifications.notifySignInNeeded();
    ws.settings.set({ notifications: { quietHours: null, enabled: false } });
    ws.notifications.notifySignInNeeded();
    expect(shown).toHaveLength(1);
  });

  it('shows each threshold (3 days, 1 day, 4 hours) when it comes due, naming the deal, the customer and the time left', () => {
    const { shown, time } = start(dataDir([{ id: 'a', inMs: 4 * DAY_MS }]));
    expect(shown).toEqual([]);
    time.advance(5 * DAY_MS);
    expect(shown.map((s) => s.at)).toEqual([DAY_MS, 3 * DAY_MS, 4 * DAY_MS - 4 * HOUR_MS]);
    expect(shown.map((s) => s.n.title)).toEqual(['Referral expires in 3 days', 'Referral expires in 1 day', 'Referral expires in 4 hours']);
    expect(shown[0]?.n).toMatchObject({ referralId: 'a', body: 'Deal a — Fabrikam Ltd. Accept or decline it before it expires.' });
  });

  it('a restart does not repeat what was shown: the keys are in the notifications_sent table', () => {
    const dir = dataDir([{ id: 'a', inMs: 2 * DAY_MS }]);
    const first = start(dir);
    expect(first.shown.map((s) => s.n.title)).toEqual(['Referral expires in 2 days']);
    first.ws.close();
    expect(sentRows(dir)).toEqual([{ key: `a@${3 * DAY_MS}`, referralId: 'a' }]);

    const time = fakeTime(T0);
    time.jump(HOUR_MS);
    const second = start(dir, time);
    expect(second.shown).toEqual([]);
    time.advance(DAY_MS);
    expect(second.shown.map((s) => s.n.title)).toEqual(['Referral expires in 1 day']);
  });

  it('a clock jump is noticed within a minute and re-plans (the timer alone would fire days late)', () => {
    const { shown, time } = start(dataDir([{ id: 'a', inMs: 4 * DAY_MS }]));
    time.jump(3 * DAY_MS + HOUR_MS);
    expect(shown).toEqual([]);
    time.advance(60_000);
    expect(shown.map((s) => s.n.title)).toEqual(['Referral expires in 22 hours 59 minutes']);
  });

  it('quiet hours (a setting) hold notifications until they end', () => {
    const time = fakeTime(T0);
    time.jump(10 * HOUR_MS); // 22:00 UTC
    const settings = createSettingsService(memorySettingsBackend({ notifications: { quietHours: { start: '21:00', end: '07:00' } } }), {
      info() {},
      warn() {},
      error() {},
    });
    const { shown } = start(dataDir([{ id: 'a', inMs: 2 * DAY_MS }]), time, { settings });
    expect(shown).toEqual([]);
    time.advance(9 * HOUR_MS - 1);
    expect(shown).toEqual([]);
    time.advance(1);
    expect(shown.map((s) => s.at)).toEqual([19 * HOUR_MS]);
  });

  it('settings changes re-plan at once: turning expiry notifications off, new thresholds', () => {
    const { ws, shown, time } = start(dataDir([{ id: 'a', inMs: 50 * HOUR_MS }]));
    expect(shown).toHaveLength(1);
    expect(ws.settings.set({ notifications: { expiringReferrals: false } }).ok).toBe(true);
    time.advance(2 * DAY_MS);
    expect(shown).toHaveLength(1);
    ws.settings.set({ notifications: { expiringReferrals: true, thresholdsHours: [1] } });
    expect(shown).toHaveLength(1);
    time.advance(HOUR_MS);
    expect(shown.map((s) => s.n.title)).toEqual(['Referral expires in 2 days 2 hours', 'Referral expires in 1 hour']);
  });

  it('a changed referral re-plans: an accepted one is no longer announced', async () => {
    const { ws, shown, time } = start(
      dataDir([
        { id: 'a', inMs: 30 * HOUR_MS },
        { id: 'b', inMs: 30 * HOUR_MS },
      ]),
    );
    expect(shown).toHaveLength(1);
    const accepted = await ws.dispatch('referrals:act', { id: 'a', action: { type: 'accept' } });
    expect(accepted.ok).toBe(true);
    time.advance(2 * DAY_MS);
    expect(shown.slice(1).map((s) => s.n.referralId)).toEqual(['b', 'b']);
  });

  it('paused (tray): nothing is shown or recorded; resuming shows what came due', () => {
    const dir = dataDir([{ id: 'a', inMs: 5 * DAY_MS }]);
    const { ws, shown, time } = start(dir);
    ws.notifications.setPaused(true);
    time.advance(3 * DAY_MS);
    expect([shown.length, sentRows(dir).length]).toEqual([0, 0]);
    ws.notifications.setPaused(false);
    expect(shown.map((s) => s.n.keys)).toEqual([[`a@${3 * DAY_MS}`]]);
  });

  it('the pause is kept across a restart (settings), and resuming after it shows what came due', () => {
    const dir = dataDir([{ id: 'a', inMs: 5 * DAY_MS }]);
    const settings = createSettingsService(memorySettingsBackend(), silentLogger);
    const first = start(dir, fakeTime(T0), { settings });
    first.ws.notifications.setPaused(true);
    expect(settings.get().notifications.paused).toBe(true);
    first.ws.close();
    open.splice(open.indexOf(first.ws), 1);

    const again = start(dir, fakeTime(T0), { settings });
    expect(again.ws.notifications.isPaused()).toBe(true);
    again.time.advance(3 * DAY_MS);
    expect(again.shown).toEqual([]);
    again.ws.notifications.setPaused(false);
    expect(settings.get().notifications.paused).toBe(false);
    expect(again.shown.map((s) => s.n.keys)).toEqual([[`a@${3 * DAY_MS}`]]);
  });

  it('1,000 referrals: a start-up summary, then every threshold exactly once, all recorded', () => {
    const seeds = Array.from({ length: 1000 }, (_, i) => ({
      id: `r${String(i).padStart(4, '0')}`,
      inMs: HOUR_MS + ((i * 7919) % 120) * HOUR_MS,
    }));
    const dir = dataDir(seeds);
    const { ws, shown, time } = start(dir);
    expect(shown[0]?.n.kind).toBe('expirySummary');
    expect(shown[0]?.n.title).toMatch(/^\d+ referrals are about to expire$/);
    expect(ws.notifications.expiringWithin(DAY_MS)).toBe(seeds.filter((s) => s.inMs <= DAY_MS).length);
    time.advance(6 * DAY_MS);
    const keys = shown.flatMap((s) => s.n.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(3000);
    expect(sentRows(dir)).toHaveLength(3000);
    expect(shown.filter((s) => s.n.kind === 'expirySummary')).toHaveLength(1);
  }, 30_000);

  it('sync outcomes are shown once, also across a restart', () => {
    const dir = dataDir([]);
    const outcome = {
      newInbound: [{ id: 'n1', name: 'New deal', customerName: 'Contoso', expiresAt: null }],
      helpAnswers: [{ referralId: 'h1', name: 'Help deal', customerName: 'Fabrikam', answer: 'engaged' as const }],
    };
    const first = start(dir);
    first.ws.notifications.notifySyncOutcome(outcome);
    first.ws.notifications.notifySyncOutcome(outcome);
    expect(first.shown.map((s) => s.n.kind)).toEqual(['helpAnswer', 'newInbound']);
    first.ws.close();
    const second = start(dir);
    second.ws.notifications.notifySyncOutcome(outcome);
    expect(second.shown).toEqual([]);
    expect(
      sentRows(dir)
        .map((r) => r.referralId)
        .sort(),
    ).toEqual(['h1', 'n1']);
  });

  it('no notifier: nothing is planned, and the workspace still opens and closes', () => {
    const dir = dataDir([{ id: 'a', inMs: HOUR_MS }]);
    const time = fakeTime(T0);
    const ws = openWorkspace({
      dataDir: dir,
      transport: 'web',
      version: '0',
      clock: time.clock,
      timers: time.timers,
      monotonic: time.monotonic,
    });
    open.push(ws);
    ws.notifications.notifySyncOutcome({ newInbound: [{ id: 'x', name: 'x', customerName: 'y', expiresAt: null }] });
    expect(sentRows(dir)).toEqual([]);
    expect(ws.notifications.expiringWithin(DAY_MS)).toBe(0);
  });

  it('web host: a start-up notification waits on the bus until the page subscribes', () => {
    const dir = dataDir([{ id: 'a', inMs: 3 * HOUR_MS }]);
    const time = fakeTime(T0);
    const ws = openWorkspace({
      dataDir: dir,
      transport: 'web',
      version: '0',
      clock: time.clock,
      timers: time.timers,
      monotonic: time.monotonic,
      notifier: createEventNotifier,
    });
    open.push(ws);
    const got: EventPayload<'notification:show'>[] = [];
    ws.events.on('notification:show', (p) => got.push(p));
    expect(got).toEqual([
      {
        id: expect.stringMatching(/^expiry:a:/),
        title: 'Referral expires in 3 hours',
        body: expect.stringContaining('Deal a'),
        referralId: 'a',
      },
    ]);
  });
});
