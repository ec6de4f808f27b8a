import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { ParsedListQuery } from '../../../shared/ipc';
import type { ReferralExport } from '../store/referralExport';
import { csvCells, csvHeaders, neutralizeFormula } from './csvCells';
import type { CsvWords } from './csvWords';

/** Rows read per database visit: big enough to be cheap, small enough that a cancel is seen within a moment. */
export const EXPORT_CHUNK = 1000;

export type CsvWriteOptions = {
  reader: ReferralExport;
  query: ParsedListQuery;
  /** Headers and cell words in the UI's language. */
  words: CsvWords;
  out: Writable;
  signal: AbortSignal;
  onProgress(rows: number, total: number): void;
};

/**
 * Streams every row of a list view into `out` as CSV (SPEC F7): UTF-8 with a byte-order mark (Excel then reads
 * Cyrillic right), RFC 4180 (CRLF records; a cell with a comma, quote or line break quoted, quotes doubled), formula
 * cells neutralized, headers in the UI language. Waits for `out` whenever it is full, so memory stays flat at any
 * size. Rejects with an AbortError when `signal` fires. Resolves with the number of rows written.
 */
export async function writeCsv(o: CsvWriteOptions): Promise<number> {
  const total = o.reader.count(o.query);
  const csv = stringify({
    bom: true,
    header: true,
    columns: csvHeaders(o.words),
    record_delimiter: 'windows',
    // csv-stringify quotes delimiters, quotes and its record delimiter; a lone \n or \r in a note must be quoted too.
    quoted_match: /[\r\n]/,
    cast: { string: neutralizeFormula },
  });
  const written = pipeline(csv, o.out, { signal: o.signal });
  // pipeline's rejection is awaited below; until then a failure must not count as unhandled.
  written.catch(() => undefined);
  let rows = 0;
  o.onProgress(0, total);
  try {
    let after: { value: string | number; id: string } | null = null;
    for (;;) {
      o.signal.throwIfAborted();
      const chunk = o.reader.chunk(o.query, after, EXPORT_CHUNK, total);
      for (const r of chunk) {
        if (!csv.write(csvCells(r, o.words))) await once(csv, 'drain', { signal: o.signal });
      }
      rows += chunk.length;
      o.onProgress(rows, Math.max(total, rows));
      const last = chunk[chunk.length - 1];
      if (chunk.length < EXPORT_CHUNK || !last) break;
      after = { value: last.sort_key, id: last.id };
      // Let a cancel (or any other request) in between chunks, even when the disk never pushes back.
      await yieldToEvents();
    }
    csv.end();
  } catch (err) {
    csv.destroy();
    await written.catch(() => undefined);
    throw err;
  }
  await written;
  return rows;
}
