/**
 * List and search benchmark on 50,000 demo deals: the core API (workspace.dispatch) against the
 * identical SQL on raw better-sqlite3, measured interleaved in the same run. Prints a table and merges
 * its rows into reports/bench.json (rows with other names are kept). No thresholds here: read the ratios.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { listQuerySchema, type ListPage, type ListQuery } from '../../shared/ipc';
import { buildCountSql, buildListSql, keysetSeek } from '../../main/core/store/list/listSql';
import { DB_FILE_NAME, PAGE_CACHE_KIB } from '../../main/core/store/database';
import { openWorkspace } from '../../main/core/workspace';
import { mergeBenchRows, percentile, printRows, type BenchRow } from './benchReport';
import { benchExportTarget, exportRows, insightsRows } from './insightsBench';
import { runAndReportSyncBench } from './syncBench';
import { runUiBench } from './uiRun';

const COUNT = 50_000;
const WARMUP = 20;
const ITERATIONS = 200;
const now = new Date('2026-11-24T10:00:00.000Z');

type Scenario = { name: string; query: ListQuery; countsAgain: boolean };

/** BENCH_ONLY=store|sync|ui runs one group (while working on it); unset, every group runs. */
const only = process.env.BENCH_ONLY;

async function main(): Promise<void> {
  if (!only || only === 'store') await storeBench();
  if (!only || only === 'sync') await runAndReportSyncBench();
  if (!only || only === 'ui') {
    // The renderer, the peer and the host process in headless Chromium on the built web host (npm run bench builds first).
    await runUiBench((ui) => {
      printRows(ui);
      mergeBenchRows('reports/bench.json', ui);
    });
    process.stdout.write(`(ui, peer, main: ms unless MB; headless Chromium against the web host) → reports/bench.json\n`);
  }
}

async function storeBench(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cosell-bench-'));
  const rows: BenchRow[] = [];
  try {
    const seedStart = performance.now();
    const workspace = openWorkspace({
      dataDir,
      demo: { count: COUNT, seed: 7 },
      clock: { now: () => now },
      transport: 'web',
      version: 'bench',
      exportTarget: benchExportTarget(dataDir),
    });
    const seedMs = performance.now() - seedStart;
    rows.push({
      name: `seed ${COUNT} demo deals (openWorkspace, empty folder)`,
      median_ms: round(seedMs),
      p95_ms: round(seedMs),
      baseline_median_ms: null,
      ratio: null,
    });

    const raw = new Sqlite(join(dataDir, DB_FILE_NAME));
    raw.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    // A third connection writes between runs: both measured connections see "data changed" alike.
    const writer = new Sqlite(join(dataDir, DB_FILE_NAME));
    const touch = writer.prepare(
      "INSERT INTO meta (key, value) VALUES ('bench.touch', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    );
    const call = async (query: ListQuery): Promise<ListPage> => {
      const result = await workspace.dispatch('referrals:list', query);
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return result.value as ListPage;
    };

    const firstPage: ListQuery = {
      tab: 'inbound',
      stages: ['received', 'accepted'],
      sort: { column: 'closingDateTime', direction: 'asc' },
      limit: 100,
    };
    const first = await call(firstPage);
    const scenarios: Scenario[] = [
      // A new filter: the total is counted (another connection's write between runs invalidates the cached total).
      { name: 'list: inbound received+accepted by close date, first page of 100', query: firstPage, countsAgain: true },
      // Scrolling: same filter, so the total is reused and only the page is read.
      { name: 'list: keyset next page', query: { ...firstPage, cursor: first.nextCursor }, countsAgain: false },
      {
        name: 'search: "azure migration" in inbound, first page of 100',
        query: { tab: 'inbound', search: 'azure migration', sort: { column: 'updatedDateTime', direction: 'desc' }, limit: 100 },
        countsAgain: true,
      },
      {
        name: 'search: one word "azure" in inbound, first page of 100',
        query: { tab: 'inbound', search: 'azure', sort: { column: 'updatedDateTime', direction: 'desc' }, limit: 100 },
        countsAgain: true,
      },
      {
        name: 'search: prefix "mig" in inbound, first page of 100',
        query: { tab: 'inbound', search: 'mig', sort: { column: 'updatedDateTime', direction: 'desc' }, limit: 100 },
        countsAgain: true,
      },
      {
        name: 'search: ID prefix "CRM-12" in every inbound stage by name, first page of 100',
        query: { tab: 'inbound', search: 'CRM-12', sort: { column: 'name', direction: 'asc' }, limit: 100 },
        countsAgain: true,
      },
      {
        name: 'search: customer name "contoso" in outbound, first page of 100',
        query: { tab: 'outbound', search: 'contoso', sort: { column: 'name', direction: 'asc' }, limit: 100 },
        countsAgain: true,
      },
    ];

    for (const s of scenarios) {
      const parsed = listQuerySchema.parse(s.query);
      const countSql = buildCountSql(parsed);
      const countStmt = raw.prepare(countSql.sql);
      // The page plan depends on the total, exactly as in the core.
      const total = (countStmt.get(...countSql.params) as { n: number }).n;
      const pageSql = buildListSql(parsed, keysetSeek(parsed), { total });
      const pageStmt = raw.prepare(pageSql.sql);
      const rawRun = () => {
        if (s.countsAgain) countStmt.get(...countSql.params);
        return pageStmt.all(...pageSql.params).length;
      };
      const core: number[] = [];
      const base: number[] = [];
      for (let i = 0; i < WARMUP + ITERATIONS; i++) {
        if (s.countsAgain) touch.run(String(i));
        let t = performance.now();
        const page = await call(s.query);
        const coreMs = performance.now() - t;
        t = performance.now();
        const n = rawRun();
        const rawMs = performance.now() - t;
        if (Math.min(n, parsed.limit) !== page.items.length)
          throw new Error(`${s.name}: core returned ${page.items.length} rows, raw SQL ${n}`);
        if (i >= WARMUP) {
          core.push(coreMs);
          base.push(rawMs);
        }
      }
      const median = percentile(core, 50);
      const baseMedian = percentile(base, 50);
      rows.push({
        name: s.name,
        median_ms: round(median),
        p95_ms: round(percentile(core, 95)),
        baseline_median_ms: round(baseMedian),
        ratio: round(median / baseMedian),
      });
    }
    rows.push(...(await insightsRows(workspace, raw)));
    raw.close();
    writer.close();
    workspace.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  rows.push(...(await exportBench()));

  const file = mergeBenchRows('reports/bench.json', rows);
  printRows(rows);
  process.stdout.write(
    `(store: ms; ${ITERATIONS} runs after ${WARMUP} warm-up, core and raw interleaved; baseline = raw better-sqlite3) → ${file}\n`,
  );
}

/** The demo puts 55% of deals in Inbound: 91,000 deals give an Inbound tab of about 50,000 to export. */
const EXPORT_STORE = 91_000;

async function exportBench(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cosell-bench-export-'));
  try {
    const workspace = openWorkspace({
      dataDir,
      demo: { count: EXPORT_STORE, seed: 7 },
      clock: { now: () => now },
      transport: 'web',
      version: 'bench',
      exportTarget: benchExportTarget(dataDir),
    });
    const raw = new Sqlite(join(dataDir, DB_FILE_NAME));
    raw.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    try {
      return await exportRows(workspace, raw, dataDir);
    } finally {
      raw.close();
      workspace.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
