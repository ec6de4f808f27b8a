import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type BenchRow = { name: string; median_ms: number; p95_ms: number; baseline_median_ms: number | null; ratio: number | null };

/** Nearest-rank percentile of a sample (p in 0..100). */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
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
