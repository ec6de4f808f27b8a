/**
 * UI benchmark on the built web host (`npx electron-vite build` first) in Debian's Chromium:
 *  - first paint of the workspace with 50,000 deals: navigation start → the renderer's `cosell:first-rows`
 *    mark (set when the first deal rows are on screen), median of 7 reloads after one warm-up;
 *    baseline = the same navigation to a static file of the same host (its bridge script) until `load`;
 *  - a scripted scroll through 100,000 rows: the list container scrolls by a fixed step every animation
 *    frame (waiting at the end of what is loaded while the next page arrives) while a PerformanceObserver
 *    records long tasks; reports the longest task and the scroll duration.
 * No thresholds here (targets: first paint ≤ 500 ms median, no long task over 50 ms): read the numbers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { percentile, type BenchRow } from './benchReport';

const root = resolve(__dirname, '../..');
const FIRST_ROWS_MARK = 'cosell:first-rows';
const RELOADS = 7;
const SCROLL_ROWS = 100_000;
/** Pixels per animation frame: 50 rows of 48 px (about 140,000 px/s at 60 fps), a fling held down: every frame shows only new rows. */
const SCROLL_STEP_PX = 50 * 48;
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

type Host = { child: ChildProcess; url: string; dataDir: string };

function startHost(count: number): Promise<Host> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cosell-uibench-'));
  const child = spawn(
    process.execPath,
    [join(root, 'out/main/host.js'), '--port', '0', '--data-dir', dataDir, '--demo', '--demo-count', String(count)],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`web host did not start in 120 s\n${out}`)), 120_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        done({ child, url: m[1], dataDir });
      }
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`web host exited with ${code}\n${out}`));
    });
  });
}

async function stopHost(h: Host): Promise<void> {
  if (h.child.exitCode === null) {
    await new Promise<void>((done) => {
      h.child.removeAllListeners('exit');
      h.child.once('exit', () => done());
      h.child.kill('SIGTERM');
    });
  }
  rmSync(h.dataDir, { recursive: true, force: true });
}

const round = (ms: number) => Math.round(ms * 10) / 10;
const median = (xs: readonly number[]) => percentile(xs, 50);

/** Navigation start → the first-rows mark of one load of the workspace. */
async function firstRowsMs(page: Page, load: () => Promise<unknown>): Promise<number> {
  await load();
  const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? null, FIRST_ROWS_MARK, {
    timeout: 30_000,
    polling: 16,
  });
  return (await handle.jsonValue()) as number;
}

/** Navigation start → load event of a static file of the same host (no app, no data). */
async function staticLoadMs(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav ? nav.loadEventEnd || nav.duration : NaN;
  });
}

async function measureFirstPaint(browser: Browser): Promise<BenchRow> {
  const host = await startHost(50_000);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const origin = new URL(host.url).origin;
    await firstRowsMs(page, () => page.goto(host.url)); // warm-up: disk cache, first SQLite pages
    await staticLoadMs(page, `${origin}/__host/bridge.js`);
    const app: number[] = [];
    const blank: number[] = [];
    for (let i = 0; i < RELOADS; i++) {
      // Interleaved, so both see the same machine load.
      app.push(await firstRowsMs(page, () => page.goto(host.url)));
      blank.push(await staticLoadMs(page, `${origin}/__host/bridge.js`));
    }
    await page.close();
    const base = median(blank);
    return {
      name: 'ui: first paint of the workspace with 50,000 deals (navigation → first rows; baseline: static file of the same host)',
      median_ms: round(median(app)),
      p95_ms: round(percentile(app, 95)),
      baseline_median_ms: round(base),
      ratio: round(median(app) / base),
    };
  } finally {
    await stopHost(host);
  }
}

type ScrollResult = { durationMs: number; maxLongTaskMs: number; longTasksOver50: number; rowsReached: number; frames: number };

async function measureScroll(browser: Browser): Promise<BenchRow[]> {
  const host = await startHost(SCROLL_ROWS);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(host.url);
    await page.getByTestId('deal-row').first().waitFor();
    // Every inbound and outbound deal is in one of the two tabs; scroll the bigger one, then the other.
    const results: ScrollResult[] = [];
    for (const tab of ['Inbound', 'Outbound']) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await page.waitForFunction((t) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent.startsWith(t), tab);
      await page.getByTestId('deal-row').first().waitFor();
      results.push(await page.evaluate<ScrollResult>(`(${scrollThroughSource})(${SCROLL_STEP_PX})`));
    }
    await page.close();
    const rows = results.reduce((n, r) => n + r.rowsReached, 0);
    const duration = results.reduce((n, r) => n + r.durationMs, 0);
    const maxLong = Math.max(...results.map((r) => r.maxLongTaskMs));
    const over50 = results.reduce((n, r) => n + r.longTasksOver50, 0);
    return [
      {
        name: `ui: scroll through ${rows.toLocaleString('en')} rows (duration)`,
        median_ms: round(duration),
        p95_ms: round(duration),
        baseline_median_ms: null,
        ratio: null,
      },
      {
        name: `ui: scroll through ${rows.toLocaleString('en')} rows (longest task; ${over50} over 50 ms)`,
        median_ms: round(maxLong),
        p95_ms: round(maxLong),
        baseline_median_ms: 50,
        ratio: round(maxLong / 50),
      },
    ];
  } finally {
    await stopHost(host);
  }
}

/**
 * Runs in the page: scrolls the deal grid by `step` pixels per frame to the last row of the tab (the
 * grid is as tall as every deal from the start), until that last deal has loaded. Long tasks are recorded for the whole scroll.
 * Kept as source text: a function would be rewritten by tsx (esbuild's __name helper) before it reaches the page.
 */
const scrollThroughSource = `(step) => new Promise((done, fail) => {
  const grid = document.querySelector('[role="grid"]');
  if (!grid) return fail(new Error('no deal grid on the page'));
  const total = Number(grid.getAttribute('aria-rowcount')) - 1;
  const longTasks = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); });
  observer.observe({ type: 'longtask', buffered: false });
  grid.scrollTop = 0;
  const start = performance.now();
  let frames = 0;
  // A loaded deal row: the grid is sized for every deal, and rows not loaded yet are placeholders.
  const lastRowShown = () => grid.querySelector('[data-testid="deal-row"][aria-rowindex="' + (total + 1) + '"]') !== null;
  const frame = () => {
    frames += 1;
    if (lastRowShown() || performance.now() - start > 300000) {
      observer.disconnect();
      return done({
        durationMs: performance.now() - start,
        maxLongTaskMs: longTasks.length > 0 ? Math.max(...longTasks) : 0,
        longTasksOver50: longTasks.filter((d) => d > 50).length,
        rowsReached: lastRowShown() ? total : Math.floor(grid.scrollTop / 48),
        frames,
      });
    }
    grid.scrollTop = Math.min(grid.scrollTop + step, grid.scrollHeight);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})`;

/** Both UI measurements; the lead's run.ts prints and merges them into reports/bench.json. */
export async function runUiBench(): Promise<BenchRow[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    return [await measureFirstPaint(browser), ...(await measureScroll(browser))];
  } finally {
    await browser.close();
  }
}
