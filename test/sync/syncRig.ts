import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite, { type Database } from 'better-sqlite3';
import type { Referral } from '../../shared/domain';
import { toDomain } from '../../main/core/sync/wire/toDomain';
import type { Channel, ChannelInput, ChannelOutput, EventPayload } from '../../shared/ipc';
import { DB_FILE_NAME } from '../../main/core/store/database';
import { createReferralsClient, type FetchLike } from '../../main/core/sync/referralsClient';
import type { RemoteApi } from '../../main/core/sync/remoteApi';
import type { Timers } from '../../main/core/ports';
import type { SyncEngine } from '../../main/core/sync/syncEngine';
import type { WorkspaceSyncOptions } from '../../main/core/sync/workspaceSync';
import { openWorkspace } from '../../main/core/workspace';
import type { Workspace } from '../../main/core/workspaceTypes';
import {
  manualClock,
  startFakePartnerCenter,
  type FakePartnerCenter,
  type FakePartnerCenterOptions,
  type ManualClock,
} from '../fake-partner-center';

export const START = '2026-11-24T12:00:00.000Z';

/**
 * Where test databases go: RAM (/dev/shm) when there is one, since every commit of the store fsyncs
 * (synchronous=FULL) and hundreds of property runs would otherwise wait on the disk. What is tested
 * (transactions, crash consistency against a killed process) does not depend on the medium.
 */
export function testTmpDir(): string {
  const fromEnv = process.env.SYNC_TEST_TMPDIR;
  if (fromEnv) return fromEnv;
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

/** Timers that never fire on their own: tests drive passes with syncNow(), or fire() by hand. */
export type ManualTimers = Timers & { pending(): number[]; fire(): void };
export function manualTimers(): ManualTimers {
  let next = 1;
  const due = new Map<number, { fn: () => void; ms: number }>();
  return {
    setTimeout: (fn, ms) => {
      const id = next++;
      due.set(id, { fn, ms });
      return id;
    },
    clearTimeout: (h) => void due.delete(h as number),
    pending: () => [...due.values()].map((t) => t.ms),
    fire: () => {
      const all = [...due.values()];
      due.clear();
      for (const t of all) t.fn();
    },
  };
}

export type Rig = {
  fake: FakePartnerCenter;
  clock: ManualClock;
  ws: Workspace;
  engine: SyncEngine;
  timers: ManualTimers;
  dir: string;
  /** Every wait the engine asked for (ms). */
  sleeps: number[];
  changed: EventPayload<'referrals:changed'>[];
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  local(id: string): Referral | undefined;
  localIds(): string[];
  raw(): Database;
  /** Reopens the workspace on the same folder (a restart), with the same sync options. */
  reopen(): void;
  close(): Promise<void>;
};

export type RigOptions = {
  fake?: FakePartnerCenterOptions;
  /** Reuse a running fake (the caller closes it). */
  shared?: { fake: FakePartnerCenter; clock: ManualClock };
  sync?: Partial<WorkspaceSyncOptions>;
  /** Wrap the client, e.g. to count calls. */
  wrapApi?: (api: RemoteApi) => RemoteApi;
  fetch?: FetchLike;
  random?: () => number;
};

/** A workspace on a temp folder syncing with a fake Partner Center on loopback, with zero real waits. */
export async function startRig(o: RigOptions = {}): Promise<Rig> {
  const clock = o.shared?.clock ?? manualClock(START);
  const fake = o.shared?.fake ?? (await startFakePartnerCenter({ seed: 7, initialReferrals: 20, customers: 30, clock, ...o.fake }));
  const dir = mkdtempSync(join(testTmpDir(), 'cosell-sync-'));
  const timers = manualTimers();
  const sleeps: number[] = [];
  const changed: EventPayload<'referrals:changed'>[] = [];
  const client = createReferralsClient({ serviceUrl: fake.url, token: fake.token, fetch: o.fetch, now: () => clock.now().getTime() });
  const api = o.wrapApi ? o.wrapApi(client) : client;
  const open = () => {
    const ws = openWorkspace({
      dataDir: dir,
      clock,
      transport: 'web',
      version: '0.0.0-test',
      actor: 'Test Seller',
      sync: {
        api,
        autoStart: false,
        timers,
        catalogEveryMs: 0,
        // Every engagement in one pass: these tests compare with the service after a pass (engine.test covers the per-pass limit).
        engagementsPerPass: 100_000,
        random: o.random ?? (() => 0.5),
        sleep: async (ms) => void sleeps.push(ms),
        yieldNow: () => Promise.resolve(),
        ...o.sync,
      },
    });
    ws.events.on('referrals:changed', (p) => changed.push(p));
    return ws;
  };
  let raw: Database | null = null;
  const rig: Rig = {
    fake,
    clock,
    dir,
    timers,
    sleeps,
    changed,
    ws: open(),
    get engine() {
      return rig.ws.sync!;
    },
    async call(channel, input) {
      const r = await rig.ws.dispatch(channel, input);
      if (!r.ok) throw new Error(`${channel} failed: ${r.error.code}: ${r.error.message}`);
      return r.value as never;
    },
    local(id) {
      const row = rig.raw().prepare('SELECT json FROM referrals WHERE id = ?').get(id) as { json: string } | undefined;
      return row ? (JSON.parse(row.json) as Referral) : undefined;
    },
    localIds: () => (rig.raw().prepare('SELECT id FROM referrals ORDER BY id').all() as { id: string }[]).map((r) => r.id),
    raw() {
      raw ??= new Sqlite(join(dir, DB_FILE_NAME));
      return raw;
    },
    reopen() {
      rig.ws.close();
      rig.ws = open();
    },
    async close() {
      raw?.close();
      await rig.ws.sync?.close();
      rig.ws.close();
      if (!o.shared) await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return rig;
}

/** The service's referrals, as the app would parse them. */
/**
 * What the service holds, as this app should see it: each referral as the fake serves it (Microsoft's
 * shape) read by the app's mapping with Microsoft's referral of its engagement. The mapping itself is proven
 * against Microsoft's documents (main/core/sync/wire); these tests are about the engine converging.
 */
export const serviceReferrals = (fake: FakePartnerCenter): Referral[] =>
  fake.state().referrals.map((r) => {
    const engagement = fake.engagementWire(r.engagementId);
    const ours = engagement.find((w) => w.id === r.id);
    const microsoft = engagement.find((w) => w.organizationId === 'msft');
    // Microsoft's referral in the engagement is the answer to our help request (the fake records the request on ours).
    const mapped = toDomain(ours, { microsoft: r.inviteContext ? microsoft : null });
    if (!mapped.ok) throw new Error(`the app cannot read ${r.id}: ${mapped.details}`);
    return mapped.referral;
  });

/** What the contract cannot carry and this computer keeps (migration 0006: the name after creation, registration details). */
export function localFieldsOf(db: Database, id: string): Record<string, unknown> {
  const row = db.prepare('SELECT json FROM local_fields WHERE referral_id = ?').get(id) as { json: string } | undefined;
  return row ? (JSON.parse(row.json) as Record<string, unknown>) : {};
}
