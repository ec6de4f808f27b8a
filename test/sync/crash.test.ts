import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Referral } from '../../shared/domain';
import { DB_FILE_NAME } from '../../main/core/store/database';
import { startFakePartnerCenter, type FakePartnerCenter } from '../fake-partner-center';
import { childCommand, type ChildCommand } from './crashChildCommand';
import { mulberry32 } from './propertyModel';
import { localFieldsOf, serviceReferrals, testTmpDir } from './syncRig';

/**
 * Crash safety (SPEC F4: an action the seller saw as saved survives): a child process acts and syncs
 * against the fake service running here, and is killed with SIGKILL at random points. After every
 * kill the database passes integrity_check, every action the child acknowledged is still queued or
 * on the service, and no deal exists twice on the service. Each kill lands after the child acknowledged 0 to 3
 * actions (drawn from the seed) plus 0 to 40 ms, so the points fall among the actions on a fast or a loaded machine
 * alike. CRASH_POINTS (default 120) and CRASH_SEED.
 */
const POINTS = Number(process.env.CRASH_POINTS ?? 120);
const SEED = Number(process.env.CRASH_SEED ?? 7);

type Ack = { kind: string; id?: string; marker: string; seq: number; requestId: string };
type OutboxRow = { seq: number; request_id: string; referral_id: string; state: string; last_error: string | null };

let fake: FakePartnerCenter;
let command: ChildCommand;
let dir: string;
beforeAll(async () => {
  fake = await startFakePartnerCenter({ seed: 11, initialReferrals: 30, customers: 5 });
  dir = mkdtempSync(join(testTmpDir(), 'cosell-crash-'));
  command = await childCommand(dir);
});
afterAll(async () => {
  await fake.close();
  if (process.env.CRASH_KEEP) process.stderr.write(`kept ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
});

/** When to kill the child: once it has acknowledged `afterAcks` actions (after `ready` for 0), `delayMs` later. */
type KillPoint = { afterAcks: number; delayMs: number };

/** Runs the child; `kill` null lets it finish. Resolves with its stdout lines once it is gone. */
function runChild(dataDir: string, seed: number, tag: string, mode: 'run' | 'drain', kill: KillPoint | null): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(command.program, [...command.args, dataDir, fake.url, fake.token, String(seed), tag, mode], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: command.env,
    });
    const lines: string[] = [];
    let buffered = '';
    let stderr = '';
    let ready = false;
    let acked = 0;
    let killScheduled = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (line === 'ready') ready = true;
        if (line.startsWith('ack ')) acked += 1;
        if (kill && ready && !killScheduled && acked >= kill.afterAcks) {
          killScheduled = true;
          setTimeout(() => child.kill('SIGKILL'), kill.delayMs);
        }
      }
    });
    child.stderr.on('data', (c: Buffer) => void (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`child exited ${code}: ${stderr}`));
      else resolve(lines);
    });
  });
}

const acksOf = (lines: string[]): Ack[] => lines.filter((l) => l.startsWith('ack ')).map((l) => JSON.parse(l.slice(4)) as Ack);

function serviceState(): { referrals: Referral[]; byCustomer: Map<string, number> } {
  const referrals = serviceReferrals(fake);
  const byCustomer = new Map<string, number>();
  for (const r of referrals) byCustomer.set(r.customerProfile.name, (byCustomer.get(r.customerProfile.name) ?? 0) + 1);
  return { referrals, byCustomer };
}

/** What must hold after any kill: the store is sound, acknowledged actions are queued or delivered, nothing doubled. */
function checkAfterKill(dataDir: string, acks: readonly Ack[], final: boolean): { pending: number; appliedUnrecorded: number } {
  const db = new Sqlite(join(dataDir, DB_FILE_NAME));
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.exec("INSERT INTO referrals_fts (referrals_fts, rank) VALUES ('integrity-check', 1)");
    const outbox = new Map(
      (db.prepare('SELECT seq, request_id, referral_id, state, last_error FROM outbox').all() as OutboxRow[]).map((o) => [o.request_id, o]),
    );
    const ids = new Map(
      (db.prepare('SELECT local_id, server_id FROM referral_ids').all() as { local_id: string; server_id: string }[]).map((m) => [
        m.local_id,
        m.server_id,
      ]),
    );
    const service = serviceState();
    const onService = new Map(service.referrals.map((r) => [r.id, r]));
    for (const [customer, n] of service.byCustomer) if (customer.startsWith('CR customer')) expect(n, `${customer} on the service`).toBe(1);
    // Killed after the service took a create but before the app recorded it: the restart must replay, not repeat.
    let appliedUnrecorded = 0;
    for (const ack of acks) {
      const row = outbox.get(ack.requestId);
      if (row?.state === 'pending' && ack.kind === 'create' && service.byCustomer.has(ack.marker)) appliedUnrecorded += 1;
      expect(row, `acknowledged ${ack.kind} ${ack.marker} (${ack.requestId}) is in the outbox`).toBeDefined();
      if (!row) continue;
      if (final) expect(row.state, `${ack.kind} ${ack.marker} delivered`).toBe('sent');
      if (row.state === 'failed') expect(row.last_error).toBeTruthy();
      if (row.state !== 'sent') continue;
      const r = onService.get(ids.get(row.referral_id) ?? row.referral_id);
      if (ack.kind === 'create') expect(service.byCustomer.get(ack.marker), ack.marker).toBe(1);
      if (ack.kind === 'addTeamMember')
        expect(
          r?.team.map((m) => m.email),
          ack.marker,
        ).toContain(ack.marker);
      if (ack.kind === 'accept') expect(r?.status, `accepted ${ack.id}`).not.toBe('New');
    }
    if (final) {
      for (const s of service.referrals) {
        const local = db.prepare('SELECT json FROM referrals WHERE id = ?').get(s.id) as { json: string } | undefined;
        expect(local && (JSON.parse(local.json) as Referral), s.id).toEqual({ ...s, ...localFieldsOf(db, s.id) });
      }
    }
    return {
      pending: (db.prepare("SELECT count(*) AS n FROM outbox WHERE state = 'pending'").get() as { n: number }).n,
      appliedUnrecorded,
    };
  } finally {
    db.close();
  }
}

describe('crash safety: SIGKILL at random points while acting and syncing', () => {
  it(`keeps every acknowledged action and never duplicates one (${POINTS} kill points)`, async () => {
    const random = mulberry32(SEED);
    const acks: Ack[] = [];
    const started = performance.now();
    let killedWithPending = 0;
    let appliedUnrecorded = 0;
    let childMs = 0;
    let promised = 0;
    for (let p = 0; p < POINTS; p++) {
      const t = performance.now();
      const kill = { afterAcks: Math.floor(random() * 4), delayMs: Math.floor(random() * 40) };
      promised += kill.afterAcks;
      const lines = await runChild(dir, SEED * 1000 + p, `p${p}`, 'run', kill);
      childMs += performance.now() - t;
      acks.push(...acksOf(lines));
      const after = checkAfterKill(dir, acks, false);
      if (after.pending > 0) killedWithPending += 1;
      appliedUnrecorded += after.appliedUnrecorded;
    }
    if (process.env.CRASH_STATS)
      process.stderr.write(
        `children ${Math.round(childMs)} ms, ${appliedUnrecorded} checks found a create on the service that the app had not recorded yet (restart must replay, not repeat)\n`,
      );
    const drained = await runChild(dir, 0, 'drain', 'drain', null);
    expect(drained.find((l) => l.startsWith('drained '))).toMatch(/"pending":0/);
    checkAfterKill(dir, acks, true);
    // Every child lived to acknowledge the actions its kill point waited for (about 1.5 per kill), whatever the machine's speed.
    expect(acks.length).toBeGreaterThanOrEqual(promised);
    expect(promised).toBeGreaterThan(POINTS);
    expect(killedWithPending, 'kills that left work queued (the interesting ones)').toBeGreaterThan(0);
    if (process.env.CRASH_STATS)
      process.stderr.write(
        `crash: ${POINTS} kills, ${acks.length} acks, ${killedWithPending} with work queued, ${Math.round(performance.now() - started)} ms\n`,
      );
  }, 600_000);
});
