import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * One line of reports/bench.json. Times are in ms; a row with `unit: 'MB'` holds megabytes in the same
 * fields (memory rows). `ratio` = median / baseline, the number that means the same on any machine.
 * `note` says what a bare number cannot: how far a measure got when it stopped, or why a row has no ratio.
 */
export type BenchRow = {
  name: string;
  median_ms: number;
  p95_ms: number;
  baseline_median_ms: number | null;
  ratio: number | null;
  unit?: 'ms' | 'MB';
  note?: string;
};

/** Nearest-rank percentile of a sample (p in 0..100). */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Milliseconds (or MB) to three decimals, the precision every row is printed with. */
export const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/** A row from a sample and its baseline sample (or a fixed baseline such as a target), ratio of the medians. */
export function rowOf(
  name: string,
  sample: readonly number[],
  baseline: readonly number[] | number | null,
  extra: Partial<BenchRow> = {},
): BenchRow {
  const median = percentile(sample, 50);
  const base = baseline === null ? null : typeof baseline === 'number' ? baseline : percentile(baseline, 50);
  return {
    name,
    median_ms: round3(median),
    p95_ms: round3(percentile(sample, 95)),
    baseline_median_ms: base === null ? null : round3(base),
    ratio: base === null || base === 0 ? null : round3(median / base),
    ...extra,
  };
}

/** Writes rows into the shared report, replacing rows with the same names and keeping every other bench's rows. */
export function mergeBenchRows(file: string, rows: readonly BenchRow[]): string {
  let existing: BenchRow[] = [];
  if (existsSync(file)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (Array.isArray(parsed)) existing = parsed as BenchRow[];
    } catch {
      existing = [];
    }
  }
  const mine = new Set(rows.map((r) => r.name));
  const merged = [...existing.filter((r) => !mine.has(r.name)), ...rows];
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(merged, null, 2) + '\n');
  return file;
}

const pad = (v: string | number | null | undefined, n: number) => String(v ?? '-').padStart(n);

/** Prints rows as a table (name, median, p95, baseline, ratio), each note on the line below its row. */
export function printRows(rows: readonly BenchRow[], out: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): void {
  out(`${'benchmark'.padEnd(96)} ${pad('median', 10)} ${pad('p95', 10)} ${pad('baseline', 10)} ${pad('ratio', 7)}`);
  for (const r of rows) {
    const unit = r.unit === 'MB' ? ' MB' : '';
    out(`${r.name.padEnd(96)} ${pad(r.median_ms, 10)} ${pad(r.p95_ms, 10)} ${pad(r.baseline_median_ms, 10)} ${pad(r.ratio, 7)}${unit}`);
    if (r.note) out(`    ↳ ${r.note}`);
  }
}
