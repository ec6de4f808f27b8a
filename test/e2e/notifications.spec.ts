import type { Page } from '@playwright/test';
import type { Api } from '../../shared/ipc';
import { expect, test } from './appFixture';
import { shot } from './uiHelpers';

/** The Received inbound referral that expires first, read through the app's own API (window.api). */
async function soonestExpiring(page: Page): Promise<{ name: string; expiresInMs: number }> {
  return page.evaluate(async () => {
    const { api } = window as unknown as { api: Api };
    const r = await api.invoke('referrals:list', {
      tab: 'inbound',
      stages: ['received'],
      sort: { column: 'expirationDateTime', direction: 'asc' },
      limit: 1,
    });
    if (!r.ok) throw new Error(r.error.message);
    const [first] = r.value.items;
    if (!first?.expirationDateTime) throw new Error('no Received referral with an expiry');
    return { name: first.name, expiresInMs: Date.parse(first.expirationDateTime) - Date.now() };
  });
}

test('a referral expiring in under 4 hours raises a notification; Open brings up that deal', async ({ app }, testInfo) => {
  test.skip(
    testInfo.project.metadata.transport === 'electron',
    'The desktop app shows native notifications outside the page (main/electron/notifier.test.ts, main.test.ts).',
  );
  const { page } = app;
  // The demo data (seed 1) always holds Received referrals due within 4 hours of start-up; what came due
  // while the app was closed is announced at start-up, and the host keeps it until the page connects.
  const soonest = await soonestExpiring(page);
  expect(soonest.expiresInMs).toBeGreaterThan(0);
  expect(soonest.expiresInMs).toBeLessThan(4 * 3600_000);

  const note = page.getByTestId('in-app-notification');
  await expect(note).toBeVisible();
  await expect(note).toContainText(/referrals are about to expire|Referral expires in/);
  await expect(note).toContainText(soonest.name);
  await shot(page, testInfo, '01-notification');

  await note.getByRole('button', { name: 'Open' }).click();
  const detail = page.getByTestId('deal-detail');
  await expect(detail.getByRole('heading', { level: 2, name: soonest.name })).toBeVisible();
  await expect(note).toBeHidden();
  await shot(page, testInfo, '02-deal-opened');
});

test('Settings: opened from the gear and with Ctrl+, ; a bad value is refused at the field; the theme applies on save and survives a restart', async ({
  app,
}, testInfo) => {
  let { page } = app;
  const dismiss = page.getByRole('button', { name: 'Dismiss' });
  if (await dismiss.isVisible().catch(() => false)) await dismiss.click();

  await page.getByRole('button', { name: 'Settings' }).click();
  let dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Referrals service address').fill('ftp://partner.example');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Enter the service address as http(s)://host, or leave it empty to work offline')).toBeVisible();
  await shot(page, testInfo, '03-settings-refused');

  await dialog.getByLabel('Referrals service address').fill('');
  await dialog.getByLabel('Hours before expiry').fill('48');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog.getByText('48 h (2 days)')).toBeVisible();
  // Quiet hours: time fields in the app's language (English: 12-hour), kept as 24-hour HH:mm.
  await dialog.getByLabel('Quiet hours (notifications wait until they end)').click();
  await expect(dialog.getByRole('group', { name: 'From', exact: true }).locator('input')).toHaveValue('10:00 PM');
  await expect(dialog.getByRole('group', { name: 'Until', exact: true }).locator('input')).toHaveValue('07:00 AM');
  await dialog.getByRole('button', { name: 'Dark' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(20, 20, 20)');
  await shot(page, testInfo, '04-dark-theme');

  await app.restart();
  page = app.page;
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(20, 20, 20)');
  await page.keyboard.press('Control+Comma');
  dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByText('48 h (2 days)')).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'From', exact: true }).locator('input')).toHaveValue('10:00 PM');
  await shot(page, testInfo, '05-settings-after-restart');
});
