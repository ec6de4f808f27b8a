/**
 * Random access in the list: in a tab of about 100,000 rows (Inbound of a 182,000-deal folder), the scrollbar
 * jumps to a position and the clock runs until the row at that position shows a real deal (not a placeholder),
 * checked every animation frame, as a person would see it. Several sorts and filters, six positions each.
 * Baseline: the 150 ms target. A jump that shows nothing within JUMP_DEADLINE_MS counts as that long and the
 * note says how many did.
 */
import type { Browser, Page } from 'playwright-core';
import { percentile, round3, type BenchRow } from './benchReport';
import { startHost, stopProcess } from './benchProcess';
import { firstRowsMark } from './uiBench';

/** Deals for an Inbound tab of about 100,000 rows (the demo makes 55% of deals inbound). */
export const JUMP_FOLDER_DEALS = 182_000;
const JUMP_DEADLINE_MS = 5_000;
const TARGET_MS = 150;
/** Where the jumps land, as fractions of the list: spread over it, the very end included. */
const POSITIONS = [0.62, 0.18, 0.97, 0.41, 0.83, 1];

type View = { label: string; set: (page: Page) => Promise<void> };

const sortBy = (header: string) => async (page: Page) => {
  await page.getByRole('columnheader', { name: header }).getByRole('button').click();
};
const views: View[] = [
  { label: 'last updated (default)', set: async () => {} },
  { label: 'by deal name', set: sortBy('Deal') },
  {
    label: 'Received + Accepted by value',
    set: async (page) => {
      await page.getByRole('button', { name: 'Received', exact: true }).click();
      await page.getByRole('button', { name: 'Accepted', exact: true }).click();
      await sortBy('Value')(page);
    },
  },
  {
    label: 'search "azure" by close date',
    set: async (page) => {
      await page.getByLabel('Search deals').fill('azure');
      await sortBy('Close date')(page);
    },
  },
];

type Jump = { ms: number; ok: boolean };

export async function measureJumps(browser: Browser, folder: string): Promise<BenchRow[]> {
  const host = await startHost(folder);
  const all: Jump[] = [];
  const notes: string[] = [];
  try {
    for (const view of views) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
      await page.goto(host.url);
      await firstRowsMark(page);
      await view.set(page);
      // The view's own first page (its rows replace the previous view's), then its size.
      await page.waitForTimeout(500);
      await page.getByTestId('deal-row').first().waitFor();
      const total = Number(await page.getByRole('grid').getAttribute('aria-rowcount')) - 1;
      const jumps: Jump[] = [];
      for (const at of POSITIONS) {
        const target = Math.min(total - 1, Math.floor(at * total));
        jumps.push(await page.evaluate<Jump>(`(${jumpSource})(${target}, ${JUMP_DEADLINE_MS})`));
        await page.waitForTimeout(300);
      }
      await page.close();
      all.push(...jumps);
      notes.push(
        `${view.label} (${total.toLocaleString('en')} rows): p95 ${Math.round(
          percentile(
            jumps.map((j) => j.ms),
            95,
          ),
        )} ms`,
      );
    }
  } finally {
    await stopProcess(host);
  }
  const ms = all.map((j) => j.ms);
  const missed = all.filter((j) => !j.ok).length;
  const median = percentile(ms, 50);
  return [
    {
      name: `ui: jump to any position of a ~100,000-row tab → real rows (${all.length} jumps, 4 sorts/filters; baseline: the 150 ms target)`,
      median_ms: round3(median),
      p95_ms: round3(percentile(ms, 95)),
      baseline_median_ms: TARGET_MS,
      ratio: round3(percentile(ms, 95) / TARGET_MS),
      note: `ratio = p95 / target; ${missed === 0 ? 'every jump showed rows' : `${missed} jumps showed no rows within ${JUMP_DEADLINE_MS / 1000} s (counted as ${JUMP_DEADLINE_MS / 1000} s)`}; ${notes.join('; ')}`,
    },
  ];
}

/** Runs in the page (source text, see scrollBench.ts): scrollbar to row `target`, then frames until it is a real row. */
const jumpSource = `(target, deadline) => new Promise((done) => {
  const grid = document.querySelector('[role="grid"]');
  const start = performance.now();
  grid.scrollTop = target * 48;
  const check = () => {
    const ms = performance.now() - start;
    if (grid.querySelector('[data-testid="deal-row"][aria-rowindex="' + (target + 2) + '"]')) return done({ ms, ok: true });
    if (ms > deadline) return done({ ms, ok: false });
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;
