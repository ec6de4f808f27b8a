import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite, { type Database } from 'better-sqlite3';
import type { ApiError, Channel, ChannelInput, ChannelOutput, EventPayload } from '../../../shared/ipc';
import type { Clock } from '../ports';
import { DB_FILE_NAME } from '../store/database';
import { openWorkspace } from '../workspace';
import type { Workspace, WorkspaceOptions } from '../workspaceTypes';

/** A clock tests move by hand. */
export type FakeClock = Clock & { set(iso: string | Date): void; advance(ms: number): void };

export function fakeClock(start: string | Date): FakeClock {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (iso) => {
      t = new Date(iso).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

export const TEST_NOW = '2026-11-24T10:00:00.000Z';

export type TestWorkspace = {
  ws: Workspace;
  dir: string;
  clock: FakeClock;
  changed: EventPayload<'referrals:changed'>[];
  /** Calls a channel and returns its value; throws with the error code and message when it fails. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** Calls a channel expecting a refusal; returns the error. */
  fail<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiError>;
  /** A second, raw connection to the same file, for checks the API does not expose. */
  raw(): Database;
  reopen(options?: Partial<WorkspaceOptions>): void;
  close(): void;
};

/** A workspace on a real SQLite file in a fresh temp folder. */
export function tempWorkspace(options: Partial<WorkspaceOptions> & { demoCount?: number; seed?: number } = {}): TestWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'cosell-core-'));
  const clock = (options.clock as FakeClock | undefined) ?? fakeClock(TEST_NOW);
  const changed: EventPayload<'referrals:changed'>[] = [];
  const make = (extra: Partial<WorkspaceOptions> = {}) => {
    const ws = openWorkspace({
      dataDir: dir,
      clock,
      transport: 'web',
      version: '0.0.0-test',
      actor: 'Test Seller',
      demo: options.demoCount === 0 ? undefined : { count: options.demoCount ?? 400, seed: options.seed ?? 11 },
      ...(options.settings ? { settings: options.settings } : {}),
      ...extra,
    });
    ws.events.on('referrals:changed', (p) => changed.push(p));
    return ws;
  };
  let raw: Database | null = null;
  const t: TestWorkspace = {
    ws: make(),
    dir,
    clock,
    changed,
    async call(channel, input) {
      const r = await t.ws.dispatch(channel, input);
      if (!r.ok) throw new Error(`${channel} failed: ${r.error.code}: ${r.error.message}`);
      return r.value as never;
    },
    async fail(channel, input) {
      const r = await t.ws.dispatch(channel, input);
      if (r.ok) throw new Error(`${channel} was expected to fail but succeeded`);
      return r.error;
    },
    raw() {
      raw ??= new Sqlite(join(dir, DB_FILE_NAME));
      return raw;
    },
    reopen(extra) {
      t.ws.close();
      t.ws = make(extra);
    },
    close() {
      raw?.close();
      t.ws.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}
