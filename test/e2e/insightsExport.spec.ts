import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, test } from './appFixture';
import { dismissNotificationsAsTheyCome, rows, shot, tab } from './uiHelpers';

// Issue 13 parts 2 and 3: the Insights view with its charts, and a CSV export of the Outbound tab.

test('Insights shows pipeline, win rate, reasons, response time and campaign ROI, with numbers as tables', async ({ app }, testInfo) => {
  const { page } = app;
  await dismissNotificationsAsTheyCome(page);
  await expect(rows(page).first()).toBeVisible();
  await page.getByRole('button', { name: 'Insights', exact: true }).click();
  const view = page.getByRole('dialog', { name: 'Insights' });
  await expect(view).toBeVisible();
  const total = await page.locator('#workspace-tab-inbound-count').getAttribute('aria-label');
  const outboundTotal = await page.locator('#workspace-tab-outbound-count').getAttribute('aria-label');
  const all = Number(total?.split(' ')[0]) + Number(outboundTotal?.split(' ')[0]);
  await expect(view.getByRole('group', { name: 'Deals' })).toContainText(all.toLocaleString('en'));
  for (const table of [
    'Pipeline by stage and currency',
    'Declined and lost reasons',
    'Deals, win rate and value by marketing campaign',
    'Response time to inbound referrals (received to accepted or declined)',
  ])
    await expect(view.getByRole('table', { name: table })).toBeVisible();
  // Charts are drawn (SVG bars), and each has its numbers beside it.
  await expect(view.getByRole('region', { name: 'Pipeline value by stage' }).locator('svg rect').first()).toBeVisible();
  expect(await view.locator('svg rect').count()).toBeGreaterThan(10);
  await expect(view.getByRole('table', { name: 'Response time to inbound referrals (received to accepted or declined)' })).toContainText(
    /Median\s*\d/,
  );
  await shot(page, testInfo, 'insights-all');

  // Filters: outbound only has no inbound response times.
  await view.getByRole('combobox', { name: 'Direction' }).click();
  await page.getByRole('option', { name: 'Outbound', exact: true }).click();
  await expect(view.getByRole('group', { name: 'Deals' })).toContainText(Number(outboundTotal?.split(' ')[0]).toLocaleString('en'));
  await expect(view.getByRole('row', { name: /Referrals answered\s*0/ })).toBeVisible();
  await shot(page, testInfo, 'insights-outbound');
  await view.getByRole('button', { name: 'Close Insights' }).click();
  await expect(view).toBeHidden();
});

test('Export CSV of the Outbound tab: every row, BOM, headers, RFC 4180 quoting', async ({ app }, testInfo) => {
  const { page } = app;
  await dismissNotificationsAsTheyCome(page);
  await tab(page, 'Outbound').click();
  await expect(rows(page).first()).toBeVisible();
  const countLabel = (await page.locator('#workspace-tab-outbound-count').getAttribute('aria-label')) ?? '';
  const count = Number(countLabel.split(' ')[0]);
  expect(count).toBeGreaterThan(50);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^co-sell-outbound-\d{4}-\d{2}-\d{2}\.csv$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  await expect(page.getByText(`Exported ${count.toLocaleString('en')} deals to ${download.suggestedFilename()}.`)).toBeVisible();
  await shot(page, testInfo, 'export-done');

  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.split('\r\n')[0]).toBe(
    'Deal name,Customer,Country,Value,Currency,Close date,Type,Stage,Status,Expires (UTC),CRM ID,Marketing campaign ID,Notes,Favorite,Created (UTC),Updated (UTC),Referral ID',
  );
  const records = parse<Record<string, string>>(text, { columns: true });
  expect(records).toHaveLength(count);
  // A note with a comma is one quoted cell, not two.
  const withComma = records.find((r) => (r.Notes ?? '').includes(','));
  expect(withComma, 'a demo note with a comma').toBeDefined();
  expect(text).toContain(`"${withComma?.Notes ?? ''}"`);
  expect(new Set(records.map((r) => r['Referral ID'])).size).toBe(count);
});
