import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './appFixture';

const shot = async (page: Page, testInfo: TestInfo, name: string) => {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: false });
};

const rows = (page: Page) => page.getByTestId('deal-row');
const rowNamed = (page: Page, label: string) => page.getByRole('row', { name: label, exact: true });
const tab = (page: Page, name: 'Inbound' | 'Outbound' | 'Favorites') => page.getByRole('tab', { name, exact: true });

/** Shows only the given stage in the current tab. */
async function onlyStage(page: Page, stage: 'Received' | 'Accepted' | 'Archived') {
  for (const s of ['Received', 'Accepted', 'Archived'] as const) {
    const button = page.getByRole('button', { name: s, exact: true });
    // Outbound offers no Received filter (its deals are never Received).
    if (s !== stage && (await button.count()) === 0) continue;
    const pressed = (await button.getAttribute('aria-pressed')) === 'true';
    if (pressed !== (s === stage)) await button.click();
  }
  await expect(page.getByRole('button', { name: stage, exact: true })).toHaveAttribute('aria-pressed', 'true');
}

const labelOf = async (row: Locator) => (await row.getAttribute('aria-label')) ?? '';

test('switch tabs, favorite, accept and decline; everything is still there after a restart', async ({ app }, testInfo) => {
  let page = app.page;
  await expect(tab(page, 'Inbound')).toHaveAttribute('aria-selected', 'true');
  await expect(rows(page).first()).toBeVisible();
  await shot(page, testInfo, '01-inbound');

  await tab(page, 'Outbound').click();
  await expect(tab(page, 'Outbound')).toHaveAttribute('aria-selected', 'true');
  await expect(rows(page).first()).toBeVisible();
  await shot(page, testInfo, '02-outbound');

  // Favorite and unfavorite, one click each, and find the deal in Favorites.
  await tab(page, 'Inbound').click();
  await onlyStage(page, 'Received');
  const favLabel = await labelOf(rows(page).nth(0));
  const acceptLabel = await labelOf(rows(page).nth(1));
  const declineLabel = await labelOf(rows(page).nth(2));
  expect(new Set([favLabel, acceptLabel, declineLabel]).size).toBe(3);
  await rowNamed(page, favLabel).getByRole('button', { name: 'Add to favorites' }).click();
  await expect(rowNamed(page, favLabel).getByRole('button', { name: 'Remove from favorites' })).toBeVisible();
  await tab(page, 'Favorites').click();
  await expect(rowNamed(page, favLabel)).toBeVisible();
  await shot(page, testInfo, '03-favorites');
  const demoFavorites = await rows(page).count();
  await rowNamed(page, favLabel).getByRole('button', { name: 'Remove from favorites' }).click();
  await expect(rowNamed(page, favLabel)).toHaveCount(0);
  await expect(rows(page)).toHaveCount(demoFavorites - 1);
  // Favorite it again: it must survive the restart.
  await tab(page, 'Inbound').click();
  await rowNamed(page, favLabel).getByRole('button', { name: 'Add to favorites' }).click();
  await expect(rowNamed(page, favLabel).getByRole('button', { name: 'Remove from favorites' })).toBeVisible();

  // Accept one Received referral.
  await rowNamed(page, acceptLabel).click();
  const detail = page.getByTestId('deal-detail');
  await expect(detail.getByRole('heading', { name: acceptLabel.split(', ')[0] })).toBeVisible();
  await detail.getByRole('button', { name: 'Accept', exact: true }).click();
  const acceptDialog = page.getByRole('dialog');
  await expect(acceptDialog).toBeVisible();
  await shot(page, testInfo, '04-accept-dialog');
  await acceptDialog.getByRole('button', { name: 'Accept referral' }).click();
  await expect(page.getByText('Referral accepted')).toBeVisible();
  await expect(acceptDialog).toBeHidden();
  await expect(rowNamed(page, acceptLabel)).toHaveCount(0);

  // Decline another, with a reason from the list.
  await rowNamed(page, declineLabel).click();
  await expect(detail.getByRole('heading', { name: declineLabel.split(', ')[0] })).toBeVisible();
  await detail.getByRole('button', { name: 'Decline', exact: true }).click();
  const declineDialog = page.getByRole('dialog');
  await declineDialog.getByRole('button', { name: 'Decline referral' }).click();
  await expect(declineDialog.getByText('Choose a reason from the list')).toBeVisible();
  await declineDialog.getByRole('combobox', { name: 'Reason' }).click();
  await page.getByRole('option', { name: 'Customer chose another vendor' }).click();
  await shot(page, testInfo, '05-decline-dialog');
  await declineDialog.getByRole('button', { name: 'Decline referral' }).click();
  await expect(declineDialog).toBeHidden();
  await expect(rowNamed(page, declineLabel)).toHaveCount(0);

  // Restart on the same data folder: everything is as it was.
  await app.restart();
  page = app.page;
  await expect(tab(page, 'Inbound')).toHaveAttribute('aria-selected', 'true');
  await onlyStage(page, 'Accepted');
  await expect(rowNamed(page, acceptLabel)).toBeVisible();
  await rowNamed(page, acceptLabel).click();
  await expect(detail.getByText('Not yet synced').first()).toBeVisible();
  await shot(page, testInfo, '06-after-restart-accepted');
  await onlyStage(page, 'Archived');
  await expect(rowNamed(page, declineLabel)).toBeVisible();
  await rowNamed(page, declineLabel).click();
  await expect(detail.getByText('Archived deals are read-only')).toBeVisible();
  await expect(detail.getByText('Customer chose another vendor', { exact: true })).toBeVisible();
  await expect(detail.getByRole('button', { name: /^(Accept|Decline)$/ })).toHaveCount(0);
  await shot(page, testInfo, '07-after-restart-archived');
  await tab(page, 'Favorites').click();
  await expect(rowNamed(page, favLabel)).toBeVisible();
});

test('on the web host, the page calls its host over one open socket, not a request per call', async ({ app }, testInfo) => {
  test.skip(testInfo.project.metadata.transport !== 'web', 'Electron calls main over IPC; the socket is the web host’s');
  const page = app.page;
  await expect(rows(page).first()).toBeVisible();
  const requests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) requests.push(request.url());
  });
  await tab(page, 'Outbound').click();
  await expect(rows(page).first()).toBeVisible();
  const label = await labelOf(rows(page).first());
  await rowNamed(page, label).getByRole('button', { name: 'Add to favorites' }).click();
  await expect(rowNamed(page, label).getByRole('button', { name: 'Remove from favorites' })).toBeVisible();
  await tab(page, 'Favorites').click();
  await expect(rowNamed(page, label)).toBeVisible();
  await shot(page, testInfo, 'socket-favorites');
  // Every read and the favorite went over the socket: a fetch each would show here (and cost ~5 ms each).
  expect(requests).toEqual([]);
});
