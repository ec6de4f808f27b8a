import type { Locator, Page } from '@playwright/test';
import { expect, test } from './appFixture';
import { dateField, detail, dialogNamed, dismissNotificationsAsTheyCome, onlyStage, openRow, rows, shot, tab, typeDate } from './uiHelpers';

/** The two screens of issue 14: a desktop and a laptop. */
const sizes = [
  { name: '1440x900', width: 1440, height: 900 },
  { name: '1280x720', width: 1280, height: 720 },
] as const;

async function shots(page: Page, testInfo: Parameters<typeof shot>[1], name: string, atEachSize?: () => Promise<void>) {
  for (const s of sizes) {
    await page.setViewportSize({ width: s.width, height: s.height });
    await atEachSize?.();
    await shot(page, testInfo, `${name}-${s.name}`);
  }
}

/** The amounts of the first rows, each cut by its cell ("CHF 1,808,031.…"); none when every amount shows whole. */
async function cutAmounts(page: Page): Promise<string[]> {
  const cells = rows(page).locator('[data-col="value"]');
  const n = Math.min(12, await cells.count());
  const cut: string[] = [];
  for (let i = 0; i < n; i++) {
    const cell = cells.nth(i);
    if (await cell.evaluate((el) => el.scrollWidth > el.clientWidth)) cut.push(await cell.innerText());
  }
  return cut;
}

/** A row's value in US dollars: the hover's equivalent, or the amount itself for a dollar deal. */
async function usdOf(row: Locator): Promise<number> {
  const titled = row.locator('[role="gridcell"][title^="≈ "]');
  const text =
    (await titled.count()) > 0
      ? await titled.getAttribute('title')
      : await row.getByRole('gridcell').filter({ hasText: /^\$/ }).innerText();
  return Number(/\$([\d,]+(?:\.\d+)?)/.exec(text ?? '')?.[1]?.replaceAll(',', '') ?? NaN);
}

/** Sorts by a column until its header says descending. */
async function sortDescending(page: Page, name: RegExp) {
  const header = page.getByRole('columnheader', { name });
  for (let i = 0; i < 2 && (await header.getAttribute('aria-sort')) !== 'descending'; i++) await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
}

test('sorting by Value compares deals in US dollars; the detail shows the equivalent and how to reach the sender', async ({
  app,
}, testInfo) => {
  test.slow(); // screenshots at two sizes on a loaded 2-core machine
  const page = app.page;
  await dismissNotificationsAsTheyCome(page);
  await expect(rows(page).first()).toBeVisible();
  await sortDescending(page, /Value/);
  await expect(rows(page).first()).toBeVisible();
  const firstTen = await Promise.all(Array.from({ length: 10 }, (_, i) => usdOf(rows(page).nth(i))));
  expect(firstTen.every((v) => Number.isFinite(v))).toBe(true);
  expect(firstTen).toEqual([...firstTen].sort((a, b) => b - a));
  // Every amount reads whole at both sizes (the largest are francs and rupees: "CHF 1,808,031.25").
  await shots(page, testInfo, '01-inbound-by-value', async () => expect(await cutAmounts(page)).toEqual([]));

  // A deal in another currency: its own amount, and the equivalent with the rates' date.
  const foreign = rows(page)
    .filter({ has: page.locator('[title^="≈ "]') })
    .first();
  await openRow(page, foreign);
  await expect(detail(page).getByText(/^≈ \$[\d,.]+ at the rates of /)).toBeVisible();
  // An inbound referral says how to reach whoever sent it.
  await expect(detail(page).getByRole('link', { name: /@/ }).first()).toBeVisible();
  await shots(page, testInfo, '02-detail-equivalent-sender');
});

test('an accepted deal: amounts typed as the list shows them, history in words, a team member removed', async ({ app }, testInfo) => {
  test.slow(); // screenshots at two sizes on a loaded 2-core machine
  const page = app.page;
  await dismissNotificationsAsTheyCome(page);
  await expect(rows(page).first()).toBeVisible();
  await tab(page, 'Outbound').click();
  await onlyStage(page, 'Accepted');
  await openRow(page, rows(page).first());
  const panel = detail(page);

  // Edit with "250,000": taken as the amount; 0 is refused with "must be more than 0".
  await panel.getByRole('button', { name: 'Edit' }).click();
  const edit = dialogNamed(page, 'Edit deal');
  await edit.getByRole('textbox', { name: 'Estimated value' }).fill('0');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByText('Estimated value must be more than 0')).toBeVisible();
  await typeDate(dateField(edit, 'Estimated close date'), '01/31/2024');
  await expect(edit.getByText('This close date is in the past. You can keep it, but check it is right.')).toBeVisible();
  await shots(page, testInfo, '03-edit-zero-and-past-date');
  await edit.getByRole('textbox', { name: 'Estimated value' }).fill('250,000');
  await typeDate(dateField(edit, 'Estimated close date'), '12/31/2027');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Deal saved')).toBeVisible();
  const history = panel.getByRole('region', { name: 'History' });
  await expect(history.getByText(/^Value: .+ → .*250[,\u00a0 ]000/)).toBeVisible();
  await expect(history.getByText(/^Close date: .+ → Dec 31, 2027$/)).toBeVisible();

  // Add someone, then remove them: the history names who, not "2 items → 3 items".
  await panel.getByRole('button', { name: 'Add employees' }).click();
  const add = dialogNamed(page, 'Add employees');
  await add.getByRole('textbox', { name: 'First name' }).fill('Noor');
  await add.getByRole('textbox', { name: 'Last name' }).fill('Haddad');
  await add.getByRole('textbox', { name: 'Phone' }).fill('+1 425 555 0177');
  await add.getByRole('textbox', { name: 'Email' }).fill('noor.haddad@lakeshore-partners.example');
  await add.getByRole('button', { name: 'Add to deal' }).click();
  await expect(add).toBeHidden();
  await expect(history.getByText('Added Noor Haddad (noor.haddad@lakeshore-partners.example) to the team')).toBeVisible();
  await panel.getByRole('button', { name: 'Remove Noor Haddad from the team' }).click();
  await expect(page.getByText('Noor Haddad was removed from the team')).toBeVisible();
  await expect(history.getByText('Removed Noor Haddad (noor.haddad@lakeshore-partners.example) from the team')).toBeVisible();
  await expect(history.getByText(/items|\{"/)).toHaveCount(0);
  // The removal was one click: its snackbar's Undo puts Noor back on the team.
  const team = panel.getByRole('list', { name: 'Team members' });
  await expect(team.getByText('Noor Haddad', { exact: true })).toHaveCount(0);
  await page.getByRole('alert').filter({ hasText: 'Noor Haddad was removed from the team' }).getByRole('button', { name: 'Undo' }).click();
  await expect(team.getByText('Noor Haddad', { exact: true })).toBeVisible();
  // Each remove button sits beside its person's name, email and phone, not over them.
  for (const item of await team.getByRole('listitem').all()) {
    const words = await item.locator('.MuiListItemText-root').boundingBox();
    const button = await item.getByRole('button').boundingBox();
    expect(words && button && words.x + words.width <= button.x).toBe(true);
  }
  await shots(page, testInfo, '04-history-in-words');
});
