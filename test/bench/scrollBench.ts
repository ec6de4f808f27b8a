/**
 * A scripted scroll through 100,000 rows (both tabs of a 100,000-deal folder) on the built web host: the list
 * scrolls by 50 rows every animation frame (a fling held down: every frame shows only new rows) to the last
 * row, until that row shows a real deal, while a PerformanceObserver records long tasks. It always ends: after
 * SCROLL_DEADLINE_MS per tab it stops and the row's note says how far it got and why.
 */
import type { Browser } from 'playwright-core';
import { round3, type BenchRow } from './benchReport';
import { startHost, stopProcess } from './benchProcess';
import { firstRowsMark } from './uiBench';

const ROW_PX = 48;
const SCROLL_STEP_PX = 50 * ROW_PX;
export const SCROLL_DEADLINE_MS = 120_000;

export type ScrollResult = {
  finished: boolean;
  durationMs: number;
  /** Frames from the start until the grid stood at its end, and the wait from there to real rows. */
  reachedEndMs: number;
  maxLongTaskMs: number;
  longTasksOver50: number;
  rowsReached: number;
  total: number;
  why: string;
};

export async function measureScroll(browser: Browser, folder100k: string): Promise<BenchRow[]> {
  const host = await startHost(folder100k);
  const results: (ScrollResult & { tab: string })[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(host.url);
    await firstRowsMark(page);
    // Every inbound and outbound deal is in one of the two tabs: scroll one, then the other.
    for (const tab of ['Inbound', 'Outbound']) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await page.waitForFunction((t) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent.startsWith(t), tab);
      await page.getByTestId('deal-row').first().waitFor();
      const r = await page.evaluate<ScrollResult>(`(${scrollThroughSource})(${SCROLL_STEP_PX}, ${SCROLL_DEADLINE_MS})`);
      results.push({ ...r, tab });
    }
    await page.close();
  } finally {
    await stopProcess(host);
  }
  const total = results.reduce((n, r) => n + r.total, 0);
  const reached = results.reduce((n, r) => n + r.rowsReached, 0);
  const duration = results.reduce((n, r) => n + r.durationMs, 0);
  const maxLong = Math.max(...results.map((r) => r.maxLongTaskMs));
  const over50 = results.reduce((n, r) => n + r.longTasksOver50, 0);
  const unfinished = results.filter((r) => !r.finished);
  const how = results.map(
    (r) =>
      `${r.tab} ${r.finished ? 'done' : `STOPPED at row ${r.rowsReached.toLocaleString('en')} of ${r.total.toLocaleString('en')}: ${r.why}`} (at the end after ${Math.round(r.reachedEndMs)} ms, real rows ${Math.round(r.durationMs - r.reachedEndMs)} ms later)`,
  );
  const label = `ui: scroll through ${total.toLocaleString('en')} rows`;
  return [
    {
      name: `${label} (duration)`,
      median_ms: round3(duration),
      p95_ms: round3(duration),
      baseline_median_ms: null,
      ratio: null,
      note: `${unfinished.length === 0 ? 'finished' : `did not finish: ${reached.toLocaleString('en')} of ${total.toLocaleString('en')} rows`}; ${how.join('; ')}`,
    },
    {
      name: `${label} (longest task; baseline: the 50 ms long-task limit)`,
      median_ms: round3(maxLong),
      p95_ms: round3(maxLong),
      baseline_median_ms: 50,
      ratio: round3(maxLong / 50),
      note: `${over50} tasks over 50 ms`,
    },
  ];
}

/**
 * Runs in the page. The grid is as tall as every deal from the start; rows not loaded yet are placeholders.
 * Kept as source text: a function would be rewritten by tsx (esbuild's __name helper) before it reaches the page.
 */
const scrollThroughSource = `(step, deadline) => new Promise((done) => {
  const grid = document.querySelector('[role="grid"]');
  if (!grid) return done({ finished: false, durationMs: 0, reachedEndMs: 0, maxLongTaskMs: 0, longTasksOver50: 0, rowsReached: 0, total: 0, why: 'no deal grid on the page' });
  const total = Number(grid.getAttribute('aria-rowcount')) - 1;
  const longTasks = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); });
  observer.observe({ type: 'longtask', buffered: false });
  grid.scrollTop = 0;
  const start = performance.now();
  let atEnd = null;
  // The deepest real deal row seen on screen: how far the scroll got with rows to read.
  let deepest = 0;
  const lastRowShown = () => grid.querySelector('[data-testid="deal-row"][aria-rowindex="' + (total + 1) + '"]') !== null;
  const why = () => {
    const pending = grid.querySelector('[data-testid="deal-row-pending"]');
    if (!pending) return 'the last row is not on screen';
    if (pending.textContent.includes('could not be loaded')) return 'a page failed to load: ' + pending.textContent.trim();
    return atEnd === null ? 'the scroll did not reach the end in time' : 'the last rows were still placeholders (their page had not arrived)';
  };
  const frame = () => {
    const now = performance.now();
    const shown = lastRowShown();
    const real = grid.querySelectorAll('[data-testid="deal-row"]');
    if (real.length > 0) deepest = Math.max(deepest, Number(real[real.length - 1].getAttribute('aria-rowindex')) - 1);
    if (shown || now - start > deadline) {
      observer.disconnect();
      return done({
        finished: shown,
        durationMs: now - start,
        reachedEndMs: (atEnd ?? now) - start,
        maxLongTaskMs: longTasks.length > 0 ? Math.max(...longTasks) : 0,
        longTasksOver50: longTasks.filter((d) => d > 50).length,
        rowsReached: shown ? total : deepest,
        total,
        why: shown ? '' : why(),
      });
    }
    grid.scrollTop = Math.min(grid.scrollTop + step, grid.scrollHeight);
    if (atEnd === null && grid.scrollTop + grid.clientHeight >= grid.scrollHeight - 1) atEnd = performance.now();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})`;
