import { expect, test } from './appFixture';
import {
  choose,
  detail,
  dialogNamed,
  dismissNotificationsAsTheyCome,
  expectAccessible,
  onlyStage,
  openRow,
  rows,
  shot,
  tab,
} from './uiHelpers';

test('list, detail of every stage and every dialog have no axe violations', async ({ app }, testInfo) => {
  test.slow(); // axe on every stage and dialog: ~40 s here, past the 45 s default on a loaded 2-core machine
  const page = app.page;
  await dismissNotificationsAsTheyCome(page);
  await expect(rows(page).first()).toBeVisible();
  await expectAccessible(page, 'list');

  // Received: Accept and Decline dialogs.
  await onlyStage(page, 'Received');
  await openRow(page, rows(page).first());
  await expectAccessible(page, 'detail (Received)');
  for (const [button, title] of [
    ['Accept', 'Accept referral'],
    ['Decline', 'Decline referral'],
  ] as const) {
    await detail(page).getByRole('button', { name: button, exact: true }).click();
    await expect(dialogNamed(page, title)).toBeVisible();
    await expectAccessible(page, `${title} dialog`);
    await shot(page, testInfo, `a11y-${button.toLowerCase()}`);
    await dialogNamed(page, title).getByRole('button', { name: 'Cancel' }).click();
    await expect(dialogNamed(page, title)).toBeHidden();
  }

  // Accepted: every action dialog.
  await tab(page, 'Outbound').click();
  await onlyStage(page, 'Accepted');
  await openRow(page, rows(page).first());
  await expectAccessible(page, 'detail (Accepted)');
  const dialogs = [
    ['Edit', 'Edit deal'],
    ['Add employees', 'Add employees'],
    ['Solutions', 'Solutions'],
    ['Request Microsoft help', "Request Microsoft's help"],
    ['Won', 'Mark deal as won'],
    ['Lost', 'Mark deal as lost'],
  ] as const;
  for (const [button, title] of dialogs) {
    const opener = detail(page).getByRole('button', { name: button, exact: true });
    if ((await opener.count()) === 0) continue; // Request help shows only on private deals or deals nobody asked about.
    await opener.click();
    await expect(dialogNamed(page, title)).toBeVisible();
    await expectAccessible(page, `${title} dialog`);
    await shot(page, testInfo, `a11y-${button.replace(/\W+/g, '-').toLowerCase()}`);
    await dialogNamed(page, title).getByRole('button', { name: 'Cancel' }).click();
    await expect(dialogNamed(page, title)).toBeHidden();
  }
  await choose(page, detail(page).getByRole('combobox', { name: 'Sales stage' }), 'Propose');
  await expect(page.getByText('Sales stage set to Propose')).toBeVisible();

  // Archived.
  await onlyStage(page, 'Archived');
  await openRow(page, rows(page).first());
  await expectAccessible(page, 'detail (Archived)');

  // Shortcut help and an empty, filtered list.
  await page.locator('body').press('?');
  await expect(dialogNamed(page, 'Keyboard shortcuts')).toBeVisible();
  await expectAccessible(page, 'shortcut help');
  await shot(page, testInfo, 'a11y-shortcuts');
  await page.keyboard.press('Escape');
  await page.getByRole('searchbox', { name: 'Search deals' }).fill('zzzz nothing matches this');
  await expect(page.getByText('No Archived deals match “zzzz nothing matches this”')).toBeVisible();
  await expectAccessible(page, 'empty filtered list');
  await shot(page, testInfo, 'a11y-empty-filtered');
});

test('dark theme follows the OS and stays accessible', async ({ app }, testInfo) => {
  const page = app.page;
  await dismissNotificationsAsTheyCome(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(rows(page).first()).toBeVisible();
  await openRow(page, rows(page).nth(1));
  await expectAccessible(page, 'list and detail (dark)');
  await shot(page, testInfo, 'dark-list-detail');
  await page.getByRole('button', { name: 'New deal' }).click();
  await expect(dialogNamed(page, 'New deal')).toBeVisible();
  await expectAccessible(page, 'wizard (dark)');
  await shot(page, testInfo, 'dark-wizard');
});
