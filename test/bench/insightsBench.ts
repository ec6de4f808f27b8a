import { createWriteStream, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ExportTarget } from '../../main/core/export/exportTarget';
import type { Workspace } from '../../main/core/workspaceTypes';
import type { ExportResult, Insights } from '../../shared/ipc';
import { percentile, rowOf, type BenchRow } from './benchReport';

/** The bench's export target: a file in the bench's data folder, overwritten each run. */
export function benchExportTarget(dataDir: string): ExportTarget {
  const file = join(dataDir, 'export.csv');
  return {
    open: (fileName) =>
      Promise.resolve({
        out: createWriteStream(file),
        finish: (rows) => Promise.resolve({ status: 'saved' as const, rows, fileName }),
        discard: () => Promise.resolve(),
      }),
  };
}

const INSIGHTS_RUNS = 60;
const EXPORT_RUNS = 5;

async function value<T>(workspace: Workspace, channel: 'insights:get' | 'export:csv', input: unknown): Promise<T> {
  const r = await workspace.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

/**
 * Insights over every deal (p95 target ≤ 100 ms, issue 13) and the CSV export of the biggest tab. Baselines, measured
 * interleaved in the same run on a raw connection: for Insights, one GROUP BY over the table (what a single naive
 * aggregate costs); for the export, the same rows read in one statement and joined into a file with no quoting.
 */
export async function insightsRows(workspace: Workspace, raw: Database): Promise<BenchRow[]> {
  const naive = raw.prepare('SELECT stage, currency, count(*) AS n, sum(deal_value_minor) AS v FROM referrals NOT INDEXED GROUP BY 1, 2');
  const core: number[] = [];
  const base: number[] = [];
  let total = 0;
  for (let i = 0; i < 5 + INSIGHTS_RUNS; i++) {
    let t = performance.now();
    const insights = await value<Insights>(workspace, 'insights:get', {});
    const coreMs = performance.now() - t;
    t = performance.now();
    naive.all();
    const rawMs = performance.now() - t;
    total = insights.total;
    if (i >= 5) {
      core.push(coreMs);
      base.push(rawMs);
    }
  }
  if (percentile(core, 95) > 100)
    process.stderr.write(`insights:get p95 ${percentile(core, 95).toFixed(1)} ms is over its 100 ms target\n`);
  return [
    rowOf(`insights:get over all ${total} deals (no filter)`, core, base, {
      note: `p95 target ≤ 100 ms; baseline = one GROUP BY over the table on a raw connection`,
    }),
  ];
}

/**
 * The CSV export of one whole tab (the inbound tab of a store seeded so that it holds about 50,000 deals), against
 * the same rows read in one statement and joined into a file with no quoting.
 */
export async function exportRows(workspace: Workspace, raw: Database, dataDir: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const tab = 'inbound';
  const exportMs: number[] = [];
  const rawExportMs: number[] = [];
  const everyRow = raw.prepare(
    `SELECT id, name, customer_name, customer_country, deal_value, currency, closing_date, deal_type, stage, substatus, expiration,
       crm_id, campaign_id, notes, created, updated FROM referrals WHERE direction = ? ORDER BY updated DESC, id DESC`,
  );
  let exported = 0;
  for (let i = 0; i < EXPORT_RUNS; i++) {
    let t = performance.now();
    const done = await value<ExportResult>(workspace, 'export:csv', { exportId: `bench-export-${i}`, query: { tab }, language: 'en' });
    exportMs.push(performance.now() - t);
    exported = done.rows;
    t = performance.now();
    const lines = (everyRow.all(tab) as Record<string, unknown>[]).map((r) => Object.values(r).join(','));
    writeFileSync(join(dataDir, 'raw.csv'), lines.join('\r\n'));
    rawExportMs.push(performance.now() - t);
  }
  const size = statSync(join(dataDir, 'export.csv')).size;
  rows.push(
    rowOf(`export:csv of the ${tab} tab, ${exported} rows (${(size / 1e6).toFixed(1)} MB)`, exportMs, rawExportMs, {
      note: `baseline = the same rows in one SELECT, joined with commas into a file (no quoting, no streaming); median of ${EXPORT_RUNS}`,
    }),
  );
  return rows;
}
