import type { Page } from '@playwright/test';
import { expect, test } from './appFixture';
import { rows, shot, tab } from './uiHelpers';

// A tab of about 33,000 deals: big enough that reading every page in between would take seconds.
test.use({ demoCount: 60_000 });

const grid = (page: Page) => page.getByRole('grid');
const rowAt = (page: Page, index: number) => page.locator(`[role="row"][aria-rowindex="${index + 2}"]`);

/** Drags the scrollbar: the grid jumps to `fraction` of its height in one move. */
async function jumpTo(page: Page, fraction: number): Promise<void> {
  await grid(page).evaluate((el, f) => {
    el.scrollTop = Math.round((el.scrollHeight - el.clientHeight) * f);
  }, fraction);
}

test('jumping to the end or the middle of a large tab shows real rows there, reading only the rows it lands on', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await expect(tab(page, 'Inbound')).toHaveAttribute('aria-selected', 'true');
  await expect(rows(page).first()).toBeVisible();
  const total = Number(await grid(page).getAttribute('aria-rowcount')) - 1;
  expect(total).toBeGreaterThan(30_000);

  // What the list asks its host for from here on (the web host's calls; Electron's IPC cannot be watched from outside).
  const from = app.calls?.length ?? 0;
  const listCalls = () => (app.calls ?? []).slice(from).filter((c) => c.channel === 'referrals:list');

  await jumpTo(page, 1);
  const last = rowAt(page, total - 1);
  await expect(last).toHaveAttribute('data-testid', 'deal-row');
  await expect(last).toBeVisible();
  await expect(grid(page).getByTestId('deal-row-pending')).toHaveCount(0);
  await shot(page, testInfo, 'jump-end-of-inbound');
  // One or two blocks at the end, by row number: not the ~330 pages in between.
  if (app.calls) {
    expect(listCalls().length).toBeGreaterThanOrEqual(1);
    expect(listCalls().length).toBeLessThanOrEqual(3);
    expect(listCalls().every((c) => (c.input as { offset: number }).offset >= total - 300)).toBe(true);
  }

  await jumpTo(page, 0.5);
  const middle = Math.floor((total - 1) / 2);
  await expect(rowAt(page, middle)).toHaveAttribute('data-testid', 'deal-row');
  await expect(grid(page).getByTestId('deal-row-pending')).toHaveCount(0);

  // Sorted by name, the end is the end of the alphabet, and the first row is still the start.
  await page.getByRole('columnheader', { name: 'Deal' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'Deal' })).toHaveAttribute('aria-sort', 'ascending');
  const firstName = ((await rowAt(page, 0).getAttribute('aria-label')) ?? '').split(', ')[0]!;
  await jumpTo(page, 1);
  await expect(rowAt(page, total - 1)).toHaveAttribute('data-testid', 'deal-row');
  const lastName = ((await rowAt(page, total - 1).getAttribute('aria-label')) ?? '').split(', ')[0]!;
  expect(lastName.localeCompare(firstName, 'en', { sensitivity: 'base' })).toBeGreaterThan(0);
  await shot(page, testInfo, 'jump-end-by-name');
});
