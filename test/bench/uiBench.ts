/**
 * UI benchmark on the built web host (`npx electron-vite build` first) in Debian's Chromium. Every row has a
 * baseline measured in the same run, so a slow machine slows both sides and the ratio keeps its meaning:
 *  - first paint with 50,000 deals: navigation → the renderer's `cosell:first-rows` mark, against the same
 *    built page rendering the same rows from answers embedded in the page (pageServer.mjs: no fetch, no
 *    SQLite; the floor for this stack). Median of 7 interleaved loads after one warm-up each;
 *  - cold start: spawning the host on a folder of 50,000 deals → first rows in a fresh browser context, as a
 *    whole process, against spawning the bare page server → the same first rows;
 *  - memory: the host's resident set (RSS) with 50,000 and 100,000 deals after first paint, 10,000 rows of
 *    scrolling and five searches, against the target of 150 MB;
 *  - scroll: scripted scroll through 100,000 rows (both tabs), see scrollBench.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { rowOf, type BenchRow } from './benchReport';
import { residentMb, startHost, startPageServer, stopProcess, type BenchProcess } from './benchProcess';
import { recordApiCalls, writeRecording } from './embeddedApi';

export const FIRST_ROWS_MARK = 'cosell:first-rows';
const RELOADS = 7;
const COLD_STARTS = 5;
export const MEMORY_TARGET_MB = 150;

/** Waits for the first-rows mark of the page's current document and returns its time since navigation start. */
export async function firstRowsMark(page: Page, timeoutMs = 30_000): Promise<number> {
  const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? null, FIRST_ROWS_MARK, {
    timeout: timeoutMs,
    polling: 16,
  });
  return (await handle.jsonValue()) as number;
}

async function loadMs(page: Page, url: string): Promise<number> {
  await page.goto(url);
  return firstRowsMark(page);
}

type Paint = { rows: BenchRow[]; recording: string; cleanup: () => void };

/** First paint (app vs embedded page) and cold start (host vs bare page server), both on the 50,000-deal folder. */
export async function measureFirstPaintAndColdStart(browser: Browser, folder50k: string): Promise<Paint> {
  const work = mkdtempSync(join(tmpdir(), 'cosell-uibench-'));
  const recording = join(work, 'recorded-api.json');
  const rows: BenchRow[] = [];
  const host = await startHost(folder50k);
  let pages: BenchProcess | null = null;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    writeRecording(
      recording,
      await recordApiCalls(
        page,
        () => page.goto(host.url),
        () => firstRowsMark(page),
      ),
    );
    pages = await startPageServer(recording);
    await loadMs(page, host.url); // warm-up: disk cache, first SQLite pages, compiled code
    await loadMs(page, pages.url);
    const app: number[] = [];
    const embedded: number[] = [];
    for (let i = 0; i < RELOADS; i++) {
      // Interleaved, so both see the same machine load.
      app.push(await loadMs(page, host.url));
      embedded.push(await loadMs(page, pages.url));
    }
    await page.close();
    rows.push(
      rowOf('ui: first paint with 50,000 deals (navigation → first rows; baseline: same page, data embedded)', app, embedded, {
        note: 'target ≤ 1.5×',
      }),
    );
  } finally {
    await stopProcess(host);
    if (pages) await stopProcess(pages);
  }

  const cold: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < COLD_STARTS; i++) {
    cold.push(await coldStartMs(browser, () => startHost(folder50k)));
    bare.push(await coldStartMs(browser, () => startPageServer(recording)));
  }
  rows.push(rowOf('ui: cold start, host process start → first rows, 50,000 deals (baseline: bare page server, data embedded)', cold, bare));
  return { rows, recording, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

/** Spawn → first rows in a fresh browser context (no cache), wall clock, as a person starting the app sees it. */
async function coldStartMs(browser: Browser, start: () => Promise<BenchProcess>): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const server = await start();
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await firstRowsMark(page);
    const shownAt = await page.evaluate(
      (mark) => performance.timeOrigin + (performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? NaN),
      FIRST_ROWS_MARK,
    );
    return shownAt - server.startedAt;
  } finally {
    await context.close();
    await stopProcess(server);
  }
}

/**
 * The host's RSS after a seller's first minutes: first paint, the Inbound list read 10,000 rows deep (keyset
 * pages of 500, as scrolling reads them), five searches and the counts. Ratio against the 150 MB target.
 */
export async function measureMemory(browser: Browser, folder: string, count: number): Promise<BenchRow> {
  const host = await startHost(folder);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(host.url);
    await firstRowsMark(page);
    await page.evaluate(async () => {
      type Page = { ok: boolean; value: { nextCursor: string | null } };
      const api = (window as unknown as { api: { invoke: (c: string, i: unknown) => Promise<Page> } }).api;
      let cursor: string | null = null;
      for (let i = 0; i < 21; i++) {
        const res: Page = await api.invoke('referrals:list', {
          tab: 'inbound',
          sort: { column: 'name', direction: 'asc' },
          limit: 500,
          cursor,
        });
        cursor = res.value.nextCursor;
      }
      for (const search of ['azure', 'azure migration', 'contoso', 'CRM-1', 'data platform'])
        await api.invoke('referrals:list', { tab: 'inbound', search, sort: { column: 'updatedDateTime', direction: 'desc' }, limit: 100 });
      await api.invoke('referrals:counts', {});
    });
    await page.close();
    await new Promise((r) => setTimeout(r, 500));
    const mem = residentMb(host.child.pid);
    const label = `main: host process RSS with ${count.toLocaleString('en')} deals (after first paint, 10,000 rows, 5 searches; MB)`;
    if (!mem)
      return {
        name: label,
        median_ms: NaN,
        p95_ms: NaN,
        baseline_median_ms: MEMORY_TARGET_MB,
        ratio: null,
        unit: 'MB',
        note: 'RSS is read from /proc: Linux only',
      };
    return {
      ...rowOf(label, [mem.rss], MEMORY_TARGET_MB, { unit: 'MB' }),
      note: `peak (VmHWM) ${Math.round(mem.peak)} MB; baseline = the target, ${MEMORY_TARGET_MB} MB`,
    };
  } finally {
    await stopProcess(host);
  }
}
