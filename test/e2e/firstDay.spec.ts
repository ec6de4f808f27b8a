import type { Page } from '@playwright/test';
import { expect, test } from './appFixture';
import { dateField, detail, dismissNotificationsAsTheyCome, rows, shot, tab, typeDate } from './uiHelpers';

// Issue 14: a seller's first day, at a desktop (1440×900) and a laptop (1280×720) screen.
const header = (page: Page, name: string) => page.getByRole('columnheader', { name, exact: true });

for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
]) {
  const at = `${size.width}x${size.height}`;
  test.describe(`first day at ${at}`, () => {
    test.beforeEach(async ({ app }) => {
      await app.page.setViewportSize(size);
      await dismissNotificationsAsTheyCome(app.page);
    });

    test('Inbound opens on what expires first, says how many expire, and filters them in one click', async ({ app }, testInfo) => {
      const { page } = app;
      await expect(rows(page).first()).toBeVisible();
      await expect(header(page, 'Expires')).toHaveAttribute('aria-sort', 'ascending');
      // The first rows are Received, each with a countdown; the sort arrow is drawn on Expires.
      for (const i of [0, 1, 2]) {
        await expect(rows(page).nth(i).locator('[data-col="stage"]')).toHaveText(/^Received/);
        await expect(rows(page).nth(i).locator('[data-col="expiry"]')).not.toBeEmpty();
      }
      await expect(header(page, 'Expires').locator('.MuiTableSortLabel-icon')).toBeVisible();
      const summary = page.getByRole('region', { name: 'Expiring soon' });
      await expect(summary).toContainText('this week');
      await shot(page, testInfo, `${at}-01-inbound-opens`);
      const week = summary.getByRole('button', { name: /^Show this week's/ });
      const n = Number((await week.textContent())?.replace(/\D/g, ''));
      await week.click();
      await expect(page.getByText('Expiring this week')).toBeVisible();
      await expect(tab(page, 'Inbound').getByText(`${n} /`)).toBeVisible();
      await shot(page, testInfo, `${at}-02-expiring-this-week`);
    });

    test('with the detail open, the names and the Expires countdown stay visible', async ({ app }, testInfo) => {
      const { page } = app;
      await rows(page).first().click();
      await expect(detail(page).getByRole('heading', { level: 2 })).toBeVisible();
      const panel = await detail(page).boundingBox();
      const expires = await header(page, 'Expires').boundingBox();
      const name = await rows(page).first().locator('[data-col="name"]').boundingBox();
      expect(panel && expires && name).toBeTruthy();
      if (!panel || !expires || !name) return;
      // Expires is wholly left of the detail panel, and the name column keeps a readable width.
      expect(expires.x + expires.width).toBeLessThanOrEqual(panel.x);
      expect(name.width).toBeGreaterThanOrEqual(200);
      // The full name is on hover.
      const nameCell = rows(page).first().locator('[data-col="name"]');
      const full = await nameCell.getAttribute('title');
      expect(full?.length).toBeGreaterThan(0);
      expect(full).toBe(await nameCell.textContent());
      // The sender's e-mail wraps only after the "@": the name and the domain are one line each, inside the panel.
      const email = detail(page).getByRole('link', { name: /@/ }).first();
      await expect(email).toHaveAttribute('href', /^mailto:/);
      await expect(email).toHaveAttribute('title', (await email.getAttribute('aria-label')) ?? '');
      for (const part of await email.locator('span').all()) {
        const box = await part.boundingBox();
        expect(box).toBeTruthy();
        if (!box) continue;
        expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width);
        expect(box.height).toBeLessThan(30);
      }
      await shot(page, testInfo, `${at}-03-detail-open`);
      // Esc closes the detail; focus goes back to the row.
      await page.keyboard.press('Escape');
      await expect(detail(page)).toBeHidden();
      await expect(rows(page).first()).toBeFocused();
    });

    test('search matches in other tabs, filtered counts, Outbound without Expires, Favorites by direction', async ({ app }, testInfo) => {
      const { page } = app;
      await expect(rows(page).first()).toBeVisible();
      await page.getByRole('searchbox', { name: 'Search deals' }).fill('migration');
      const other = page.getByRole('button', { name: /match(es)? in Outbound$/ });
      await expect(other).toBeVisible();
      await expect(tab(page, 'Inbound').getByText(/ \/ /)).toBeVisible();
      await shot(page, testInfo, `${at}-04-search-other-tabs`);
      await other.click();
      await expect(tab(page, 'Outbound')).toHaveAttribute('aria-selected', 'true');
      await expect(header(page, 'Deal')).toBeVisible();
      await expect(header(page, 'Expires')).toHaveCount(0);
      await expect(page.getByRole('button', { name: /^Received/ })).toHaveCount(0);
      await expect(header(page, 'Updated')).toHaveAttribute('aria-sort', 'descending');
      await shot(page, testInfo, `${at}-05-outbound`);
      await page.getByRole('button', { name: 'Clear filters' }).click();
      await tab(page, 'Favorites').click();
      await expect(rows(page).first()).toBeVisible();
      await expect(rows(page).first().locator('[data-col="direction"]')).toHaveText(/^(Inbound|Outbound)$/);
      await shot(page, testInfo, `${at}-06-favorites`);
      // Removing a favorite offers Undo.
      const label = await rows(page).first().getAttribute('aria-label');
      await rows(page).first().getByRole('button', { name: 'Remove from favorites' }).click();
      await expect(page.getByRole('row', { name: label ?? '', exact: true })).toHaveCount(0);
      await shot(page, testInfo, `${at}-07-undo-snackbar`);
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect(page.getByRole('row', { name: label ?? '', exact: true })).toBeVisible();
    });

    test('keyboard: skip link, / then Esc back to the list; reversed dates are said', async ({ app }, testInfo) => {
      const { page } = app;
      await expect(rows(page).first()).toBeVisible();
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to the deal list' });
      await expect(skip).toBeFocused();
      await shot(page, testInfo, `${at}-08-skip-link`);
      await page.keyboard.press('Enter');
      await expect(rows(page).first()).toBeFocused();
      await page.keyboard.press('/');
      await expect(page.getByRole('searchbox', { name: 'Search deals' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(rows(page).first()).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(rows(page).nth(1)).toBeFocused();

      // A day the calendar lacks, typed and then pasted: it stays as typed, is said, and filters nothing.
      const from = dateField(page, 'Closes from');
      await typeDate(from, '02/31/2027');
      await expect(page.getByText('No such date: the month ends on Feb 28, 2027')).toBeVisible();
      await from.getByRole('spinbutton').first().click();
      await page.keyboard.press('ControlOrMeta+A');
      await from.locator('.MuiPickersSectionList-root').evaluate((el) => {
        const data = new DataTransfer();
        data.setData('text/plain', '04/31/2027');
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      });
      await expect(from.locator('input')).toHaveValue('04/31/2027');
      await expect(page.getByText('No such date: the month ends on Apr 30, 2027')).toBeVisible();
      // No filter was applied: nothing to clear.
      await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
      await typeDate(dateField(page, 'Closes from'), '06/01/2027');
      await expect(page.getByText(/No such date/)).toHaveCount(0);
      await typeDate(dateField(page, 'Closes by'), '01/01/2026');
      await expect(page.getByRole('alert').filter({ hasText: 'The dates are the wrong way round' })).toBeVisible();
      // The alert says why; the empty list does not say it again, once the rows of "Closes from" alone have gone.
      await expect(page.getByRole('status').filter({ hasText: 'No deals in this range' })).toBeVisible();
      await expect(page.getByText(/wrong way round/)).toHaveCount(1);
      await expect(rows(page)).toHaveCount(0);
      await shot(page, testInfo, `${at}-09-reversed-dates`);
      await page.getByRole('button', { name: 'Swap the dates' }).click();
      await expect(rows(page).first()).toBeVisible();
    });
  });
}
