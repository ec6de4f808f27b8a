/**
 * Sync benchmark: the first sync of 10,000 referrals.
 * - apply: the engine's pull of the same pages (validation, server copy, local view, search index,
 *   one transaction per page) against a raw bulk insert of the same rows into the same tables, one
 *   transaction, measured interleaved in the same run. Pages are fetched once from the fake and then
 *   replayed from memory, so the ratio is about the store, not the network.
 *   A third baseline, for reference: the same bulk insert with the list indexes dropped before and built
 *   after (the demo seeder's pattern, which a first sync into an empty list also uses).
 * - end to end: the same first sync over HTTP from the fake running in another process (loopback), with
 *   the main event loop's delay p99 and max while it runs (the engine yields between pages; the
 *   histogram stays on one timer tick past the end, so a stall in the very last turn counts too).
 * Merges its rows into reports/bench.json. `npx tsx test/bench/syncBench.ts` runs it alone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Referral } from '../../shared/domain';
import { silentLogger } from '../../main/core/logger';
import { valueUsdSql } from '../../main/core/rates/exchangeRates';
import { DB_FILE_NAME, openDatabase, type Database } from '../../main/core/store/database';
import { referralColumnNames, referralColumns } from '../../main/core/store/referralRow';
import { scopeOf } from '../../main/core/store/searchIndex';
import { createReferralStore } from '../../main/core/store/referralStore';
import { createReferralsClient } from '../../main/core/sync/referralsClient';
import type { RemoteApi, RemotePage } from '../../main/core/sync/remoteApi';
import { createSyncEngine } from '../../main/core/sync/syncEngine';
import { toDomain } from '../../main/core/sync/wire/toDomain';
import { mergeBenchRows, percentile, type BenchRow } from './benchReport';

const COUNT = 10_000;
const ITERATIONS = Number(process.env.SYNC_BENCH_ITERATIONS ?? 5);
const TOKEN = 'sync-bench';

/** The fake in its own process, so its work does not count as ours on the event loop. */
async function startFakeProcess(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/fake-partner-center/cli.ts', '--count', String(COUNT), '--seed', '5', '--token', TOKEN, '--no-examples'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (c: string) => {
      text += c;
      const m = /listening at (\S+)/.exec(text);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`the fake exited (${code}) before it was ready`)));
  });
  return { url, child };
}

function freshDb(): { db: Database; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cosell-syncbench-'));
  return { db: openDatabase(join(dir, DB_FILE_NAME)), dir };
}

const engineFor = (db: Database, api: RemoteApi) =>
  createSyncEngine({
    db,
    store: createReferralStore(db),
    api,
    logger: silentLogger,
    catalogEveryMs: 0,
    timers: { setTimeout: () => null, clearTimeout: () => {} },
  });

/** Pages as the service sent them, replayed from memory. */
function replayApi(pages: readonly RemotePage[]): RemoteApi {
  const byLink = new Map(pages.map((p, i) => [i === 0 ? 'first' : pages[i - 1]!.nextLink!, p]));
  const none = () => Promise.reject(new Error('not used by the benchmark'));
  return {
    listReferrals: async (from) => byLink.get('nextLink' in from ? from.nextLink : 'first')!,
    getReferral: none,
    createReferral: none,
    patchReferral: none,
    listCustomers: none,
    listSolutions: none,
    listEngagement: async () => [],
  };
}

/** A row as the engine stores it: the domain referral and the service's JSON as received. */
type RawRow = { referral: Referral; wire: string };

/**
 * The baseline: the same rows into the same tables and columns (the list row, the search index, the
 * server copy with the service's JSON as received, and the engagement owner of a shared outbound deal),
 * with prepared statements, in one transaction
 * (`perTransaction` = rows.length) or, for the second baseline, in transactions of one page each, the
 * commit pattern the sync needs (a page is atomic, the UI stays responsive between pages).
 */
function rawInsert(db: Database, rows: readonly RawRow[], perTransaction = rows.length, indexesAfter = false): void {
  const insertRow = db.prepare(
    `INSERT INTO referrals (${referralColumnNames.join(', ')}, pending, value_usd_minor)
     VALUES (${referralColumnNames.map((c) => '@' + c).join(', ')}, 0, ${valueUsdSql('@deal_value_minor', '@currency')})`,
  );
  const insertFts = db.prepare(
    'INSERT INTO referrals_fts (rowid, name, customer_name, notes, crm_id, campaign_id, scope) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertServer = db.prepare('INSERT INTO referrals_server (id, json, etag, updated, wire) VALUES (?, ?, ?, ?, ?)');
  const insertEngagement = db.prepare('INSERT OR REPLACE INTO sync_engagements (engagement_id, referral_id) VALUES (?, ?)');
  const insertAll = db.transaction((chunk: readonly RawRow[]) => {
    for (const { referral: r, wire } of chunk) {
      const c = referralColumns(r);
      const rowId = insertRow.run(c).lastInsertRowid;
      insertFts.run(rowId, c.name, c.customer_name, c.notes, c.crm_id, c.campaign_id, scopeOf(c.direction, c.stage));
      insertServer.run(r.id, c.json, r.eTag, r.updatedDateTime, wire);
      if (r.direction === 'outbound' && r.consent.consentToShareReferralWithMicrosoftSellers) insertEngagement.run(r.engagementId, r.id);
    }
  });
  if (!indexesAfter) {
    for (let i = 0; i < rows.length; i += perTransaction) insertAll.immediate(rows.slice(i, i + perTransaction));
    return;
  }
  db.transaction(() => {
    const indexes = db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'referrals' AND sql IS NOT NULL")
      .all() as { name: string; sql: string }[];
    for (const i of indexes) db.exec(`DROP INDEX "${i.name}"`);
    insertAll(rows);
    for (const i of indexes) db.exec(i.sql);
  }).immediate();
}

const count = (db: Database) => (db.prepare('SELECT count(*) AS n FROM referrals').get() as { n: number }).n;
/** Both sides wrote the same rows: every list row, its server copy with the wire JSON, the engagement owners. */
function sameRows(db: Database, engagements: number): void {
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const got = {
    referrals: n('SELECT count(*) AS n FROM referrals'),
    wire: n('SELECT count(*) AS n FROM referrals_server WHERE wire IS NOT NULL'),
    engagements: n('SELECT count(*) AS n FROM sync_engagements'),
  };
  if (got.referrals !== COUNT || got.wire !== COUNT || got.engagements !== engagements) {
    throw new Error(`rows differ from what was listed: ${JSON.stringify(got)}, expected ${COUNT}, ${COUNT}, ${engagements}`);
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export async function runSyncBench(): Promise<BenchRow[]> {
  const { url, child } = await startFakeProcess();
  try {
    const client = createReferralsClient({ serviceUrl: url, token: TOKEN });
    const pages: RemotePage[] = [];
    for (let page = await client.listReferrals({ updatedAfter: null }); ; page = await client.listReferrals({ nextLink: page.nextLink })) {
      pages.push(page);
      if (!page.nextLink) break;
    }
    // The baseline gets the rows already mapped to the domain (outside its timing): the engine's mapping is its own cost.
    const rows = pages.flatMap((p) =>
      p.value.map((raw): RawRow => {
        const mapped = toDomain(raw);
        if (!mapped.ok) throw new Error(`the fake sent a referral this app cannot read: ${mapped.details}`);
        return { referral: mapped.referral, wire: JSON.stringify(raw) };
      }),
    );
    if (rows.length !== COUNT) throw new Error(`the fake listed ${rows.length} referrals, expected ${COUNT}`);
    const shared = rows.filter((r) => r.referral.direction === 'outbound' && r.referral.consent.consentToShareReferralWithMicrosoftSellers);
    const engagements = new Set(shared.map((r) => r.referral.engagementId)).size;

    const apply: number[] = [];
    const raw: number[] = [];
    const rawPaged: number[] = [];
    const rawIndexesAfter: number[] = [];
    const e2e: number[] = [];
    const loopP99: number[] = [];
    const loopMax: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      {
        const { db, dir } = freshDb();
        const engine = engineFor(db, replayApi(pages));
        const t = performance.now();
        await engine.syncNow();
        apply.push(performance.now() - t);
        if (count(db) !== COUNT) throw new Error('the engine did not store every referral');
        sameRows(db, engagements);
        await engine.close();
        db.close();
        rmSync(dir, { recursive: true, force: true });
      }
      {
        const { db, dir } = freshDb();
        const t = performance.now();
        rawInsert(db, rows);
        raw.push(performance.now() - t);
        sameRows(db, engagements);
        db.close();
        rmSync(dir, { recursive: true, force: true });
      }
      {
        const { db, dir } = freshDb();
        const t = performance.now();
        // The pull's commit setting (withoutFsync), with the indexes kept and SQLite's own checkpoints: what
        // page-by-page commits cost without the pull's bulk-load and checkpoint steps (pull.ts).
        db.pragma('synchronous = NORMAL');
        rawInsert(db, rows, 100);
        rawPaged.push(performance.now() - t);
        db.close();
        rmSync(dir, { recursive: true, force: true });
      }
      {
        const { db, dir } = freshDb();
        const t = performance.now();
        rawInsert(db, rows, rows.length, true);
        rawIndexesAfter.push(performance.now() - t);
        db.close();
        rmSync(dir, { recursive: true, force: true });
      }
      {
        const { db, dir } = freshDb();
        const engine = engineFor(db, client);
        const h = monitorEventLoopDelay({ resolution: 5 });
        h.enable();
        const t = performance.now();
        await engine.syncNow();
        e2e.push(performance.now() - t);
        await new Promise((resolve) => setTimeout(resolve, 10));
        h.disable();
        loopP99.push(h.percentile(99) / 1e6);
        loopMax.push(h.max / 1e6);
        if (count(db) !== COUNT) throw new Error('the engine did not store every referral over HTTP');
        await engine.close();
        db.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
    const applyMedian = percentile(apply, 50);
    const rawMedian = percentile(raw, 50);
    const pagedMedian = percentile(rawPaged, 50);
    const indexesAfterMedian = percentile(rawIndexesAfter, 50);
    return [
      {
        name: `sync: first pull of ${COUNT} referrals, apply (vs raw bulk insert, same rows and tables)`,
        median_ms: round(applyMedian),
        p95_ms: round(percentile(apply, 95)),
        baseline_median_ms: round(rawMedian),
        ratio: round(applyMedian / rawMedian),
      },
      {
        name: `sync: first pull of ${COUNT} referrals, apply (vs raw insert in one transaction per page of 100)`,
        median_ms: round(applyMedian),
        p95_ms: round(percentile(apply, 95)),
        baseline_median_ms: round(pagedMedian),
        ratio: round(applyMedian / pagedMedian),
      },
      {
        name: `sync: first pull of ${COUNT} referrals, apply (vs raw bulk insert, list indexes built after the load)`,
        median_ms: round(applyMedian),
        p95_ms: round(percentile(apply, 95)),
        baseline_median_ms: round(indexesAfterMedian),
        ratio: round(applyMedian / indexesAfterMedian),
      },
      {
        name: `sync: first sync of ${COUNT} referrals over HTTP from the fake (loopback, end to end)`,
        median_ms: round(percentile(e2e, 50)),
        p95_ms: round(percentile(e2e, 95)),
        baseline_median_ms: null,
        ratio: null,
      },
      {
        name: `sync: main event-loop delay p99 during the first sync of ${COUNT} (target ≤ 50 ms)`,
        median_ms: round(percentile(loopP99, 50)),
        p95_ms: round(percentile(loopP99, 95)),
        baseline_median_ms: null,
        ratio: null,
      },
      {
        name: `sync: main event-loop delay max during the first sync of ${COUNT}`,
        median_ms: round(percentile(loopMax, 50)),
        p95_ms: round(percentile(loopMax, 95)),
        baseline_median_ms: null,
        ratio: null,
      },
    ];
  } finally {
    child.kill('SIGTERM');
  }
}

/** Runs the benchmark, merges its rows into reports/bench.json and prints them. */
export async function runAndReportSyncBench(): Promise<void> {
  const rows = await runSyncBench();
  const file = mergeBenchRows('reports/bench.json', rows);
  for (const r of rows) {
    process.stdout.write(
      `${r.name.padEnd(96)} median ${String(r.median_ms).padStart(9)}  p95 ${String(r.p95_ms).padStart(9)}  raw ${String(r.baseline_median_ms ?? '-').padStart(9)}  ratio ${String(r.ratio ?? '-').padStart(6)}\n`,
    );
  }
  process.stdout.write(`(ms; ${ITERATIONS} runs each, interleaved) → ${file}\n`);
}

if (process.argv[1] && /syncBench\.ts$/.test(process.argv[1])) {
  runAndReportSyncBench().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  });
}
