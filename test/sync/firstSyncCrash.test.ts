import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Referral } from '../../shared/domain';
import { DB_FILE_NAME } from '../../main/core/store/database';
import { DEFERRED_INDEXES_KEY } from '../../main/core/store/deferredIndexes';
import { startFakePartnerCenter, type FakePartnerCenter } from '../fake-partner-center';
import { childCommand, type ChildCommand } from './crashChildCommand';
import { mulberry32 } from './propertyModel';
import { serviceReferrals, testTmpDir } from './syncRig';

/**
 * Crash safety of the first download (pull.ts: into an empty list it runs without the list indexes
 * and builds them after the last page). The crash child syncs a fresh store and is killed with
 * SIGKILL at a random point of that first sync, every other time at a random point of its stretch
 * without the indexes (timed from the child's own `indexes dropped`), and once by itself on seeing
 * them dropped. After every kill: integrity_check and the search
 * index's check pass, only whole pages are stored, and each list index is either there or recorded
 * for rebuilding; the next start builds them back and the sync completes. FIRST_SYNC_CRASH_POINTS
 * (default 10) and CRASH_SEED.
 */
const POINTS = Number(process.env.FIRST_SYNC_CRASH_POINTS ?? 10);
const SEED = Number(process.env.CRASH_SEED ?? 7);
/**
 * The child runs twice per kill (killed, then the next start) plus once to calibrate, each a first sync of
 * 1,200 referrals (about 1.8 s alone): about 60 s for the default points on an idle 2-core machine, about
 * 115 s with it loaded (load ~6), so room for a load twice that.
 */
const TIMEOUT_MS = 600_000;
/** One per sort column (migration 0005), the counts index, the expiry index and Insights (0008). */
const LIST_INDEXES = 11;

let fake: FakePartnerCenter;
let command: ChildCommand;
let dir: string;
beforeAll(async () => {
  fake = await startFakePartnerCenter({ seed: 13, initialReferrals: 1_200, customers: 5, examples: false });
  dir = mkdtempSync(join(testTmpDir(), 'cosell-first-crash-'));
  command = await childCommand(dir);
});
afterAll(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * When to kill the child: `delayMs` after it printed `after` (`ready`, or `indexes dropped`: it saw the first
 * download's list indexes dropped), or `self`: it kills itself the moment it sees them dropped.
 */
type Kill = { after: 'ready' | 'indexes dropped'; delayMs: number } | 'self';
/** Ms after `ready`: when the child was gone, and when it printed `indexes dropped` and `indexes back` (null: never). */
type Run = { exit: number; dropped: number | null; back: number | null };

/** Runs the child in drain mode (one first sync), watching the list indexes; `kill` null lets it finish. */
function runChild(dataDir: string, kill: Kill | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const watch = kill === 'self' ? 'kill-at-drop' : 'indexes';
    const child = spawn(command.program, [...command.args, dataDir, fake.url, fake.token, '1', 'first', 'drain', watch], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: command.env,
    });
    const seen = new Map<string, number>();
    let buffered = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (seen.has(line)) continue;
        seen.set(line, performance.now());
        if (kill !== null && kill !== 'self' && line === kill.after) setTimeout(() => child.kill('SIGKILL'), kill.delayMs);
      }
    });
    child.stderr.on('data', (c: Buffer) => void (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) {
        reject(new Error(`child exited ${code}: ${stderr}`));
        return;
      }
      const ready = seen.get('ready') ?? performance.now();
      const at = (line: string) => {
        const t = seen.get(line);
        return t === undefined ? null : t - ready;
      };
      resolve({ exit: performance.now() - ready, dropped: at('indexes dropped'), back: at('indexes back') });
    });
  });
}

type Found = { rows: number; indexes: string[]; deferred: string[] | null };

function inspect(dataDir: string): Found {
  const db = new Sqlite(join(dataDir, DB_FILE_NAME));
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.exec("INSERT INTO referrals_fts (referrals_fts, rank) VALUES ('integrity-check', 1)");
    const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'meta'").get() !== undefined;
    const flag = hasMeta
      ? (db.prepare('SELECT value FROM meta WHERE key = ?').get(DEFERRED_INDEXES_KEY) as { value: string } | undefined)
      : undefined;
    const hasReferrals = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'referrals'").get() !== undefined;
    return {
      rows: hasReferrals ? (db.prepare('SELECT count(*) AS n FROM referrals').get() as { n: number }).n : 0,
      indexes: (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'referrals' AND sql IS NOT NULL").all() as {
          name: string;
        }[]
      ).map((r) => r.name),
      deferred: flag ? (JSON.parse(flag.value) as { name: string }[]).map((i) => i.name) : null,
    };
  } finally {
    db.close();
  }
}

describe('crash safety of the first sync: SIGKILL while it loads without the list indexes', () => {
  it(`leaves a sound store that the next start completes (${POINTS} kill points)`, { timeout: TIMEOUT_MS }, async () => {
    const random = mulberry32(SEED);
    const service = serviceReferrals(fake);
    // How long a whole first sync takes here, and its stretch without the list indexes: the kills spread over them.
    const calibration = join(dir, 'calibration');
    const full = await runChild(calibration, null);
    expect(inspect(calibration)).toMatchObject({ rows: service.length, deferred: null });
    expect(full.dropped, 'the first download drops the list indexes').not.toBeNull();
    expect(full.back, 'and builds them again').not.toBeNull();
    const windowMs = full.back! - full.dropped!;
    // Every other kill is timed from the child's `indexes dropped`, within that stretch: timed from `ready`
    // alone, a loaded machine shifts the stretch away from every kill. The last kill is the child's own, on
    // seeing the indexes dropped: at least one kill lands there whatever the load.
    const kills: Kill[] = Array.from({ length: POINTS }, (_, p) =>
      p % 2 === 0
        ? { after: 'ready', delayMs: Math.floor(random() * full.exit) }
        : { after: 'indexes dropped', delayMs: Math.floor(random() * windowMs) },
    );
    kills.push('self');
    let midLoad = 0;
    for (const [p, kill] of kills.entries()) {
      const dataDir = join(dir, `p${p}`);
      await runChild(dataDir, kill);
      const found = inspect(dataDir);
      expect(found.rows % 100, 'whole pages only').toBe(0);
      if (kill === 'self') expect(found.deferred, 'killed on seeing the indexes dropped: they are recorded for rebuilding').not.toBeNull();
      if (found.deferred) {
        midLoad += 1;
        // Every list index is there or waiting to be built.
        expect(new Set([...found.indexes, ...found.deferred]).size).toBe(LIST_INDEXES);
      } else {
        expect(found.indexes).toHaveLength(LIST_INDEXES);
      }
      // The next start: indexes back, sync finished.
      await runChild(dataDir, null);
      const after = inspect(dataDir);
      expect(after).toMatchObject({ rows: service.length, deferred: null });
      expect(after.indexes).toHaveLength(LIST_INDEXES);
      const db = new Sqlite(join(dataDir, DB_FILE_NAME), { readonly: true });
      try {
        for (const s of service) {
          const row = db.prepare('SELECT json FROM referrals WHERE id = ?').get(s.id) as { json: string } | undefined;
          expect(row && (JSON.parse(row.json) as Referral), s.id).toEqual(s);
        }
      } finally {
        db.close();
      }
      rmSync(dataDir, { recursive: true, force: true });
    }
    if (process.env.CRASH_STATS) {
      const stretch = `${Math.round(full.dropped!)}-${Math.round(full.back!)} ms`;
      process.stderr.write(
        `first-sync crash: ${kills.length} kills over ${Math.round(full.exit)} ms (indexes dropped ${stretch}), ${midLoad} while they were dropped\n`,
      );
    }
    expect(midLoad, 'kills that landed while the indexes were dropped (the interesting ones)').toBeGreaterThan(0);
  });
});
