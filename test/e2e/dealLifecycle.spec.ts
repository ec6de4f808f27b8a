import type { Page } from '@playwright/test';
import { expect, test } from './appFixture';
import {
  choose,
  dateField,
  detail,
  dialogNamed,
  dismissNotificationsAsTheyCome,
  expectAccessible,
  onlyStage,
  openRow,
  rows,
  shot,
  tab,
  typeDate,
} from './uiHelpers';

const step = (page: Page, n: number, title: string) => page.getByRole('heading', { level: 2, name: `Step ${n} of 6: ${title}` });
const rowNamed = (page: Page, label: string) => page.getByRole('row', { name: label, exact: true });
const actionButtons = /^(Accept|Decline|Won|Lost|Edit|Add employees|Solutions|Request Microsoft help)$/;

test('create a co-sell deal through the wizard, fixing a validation error; find it by search and favorite it', async ({
  app,
}, testInfo) => {
  // Six steps, each checked with axe: more than the default allowance on a loaded 2-core machine.
  test.slow();
  const page = app.page;
  await dismissNotificationsAsTheyCome(page);
  const dealName = 'Zephyr analytics rollout';
  await expect(rows(page).first()).toBeVisible();
  await page.getByRole('button', { name: 'New deal' }).click();
  const wizard = dialogNamed(page, 'New deal');

  // Step 1: Next without a customer shows the messages at the fields.
  await expect(step(page, 1, 'Customer')).toBeVisible();
  await wizard.getByRole('button', { name: 'Next' }).click();
  await expect(wizard.getByText('Choose a country')).toBeVisible();
  await expect(wizard.getByText('Customer name is required')).toBeVisible();
  await shot(page, testInfo, '01-wizard-customer-errors');
  await wizard.getByRole('combobox', { name: 'Country' }).fill('Germany');
  await page.getByRole('option', { name: 'Germany (DE)' }).click();
  await wizard.getByRole('combobox', { name: 'City' }).fill('Ber');
  await page.getByRole('option', { name: 'Berlin', exact: true }).click();
  await wizard.getByRole('combobox', { name: 'Customer name' }).fill('Adventure');
  const suggestion = page.getByRole('option', { name: /Adventure Works/ }).first();
  await expect(suggestion).toContainText('D-U-N-S');
  await shot(page, testInfo, '02-wizard-customer-suggestions');
  await suggestion.click();
  await expect(wizard.getByRole('status').filter({ hasText: 'D-U-N-S' })).toBeVisible();
  await wizard.getByRole('textbox', { name: 'First name' }).fill('Jonas');
  await wizard.getByRole('textbox', { name: 'Last name' }).fill('Weber');
  await wizard.getByRole('textbox', { name: 'Phone' }).fill('+49 30 1234567');
  await wizard.getByRole('textbox', { name: 'Email' }).fill('jonas.weber@adventure-works.example');
  await wizard.getByRole('checkbox', { name: 'The customer agreed to share this contact with Microsoft' }).check();
  await expectAccessible(page, 'wizard step 1');
  await shot(page, testInfo, '03-wizard-customer');
  await wizard.getByRole('button', { name: 'Next' }).click();

  // Step 2: a wrong amount is refused at the field, then fixed.
  await expect(step(page, 2, 'Deal details')).toBeVisible();
  await wizard.getByRole('textbox', { name: 'Deal name' }).fill(dealName);
  await wizard.getByRole('textbox', { name: 'Estimated value' }).fill('125.000,50');
  await wizard.getByRole('button', { name: 'Next' }).click();
  await expect(wizard.getByText('Enter an amount like 25000 or 25000.50 (no more than 2 decimals)')).toBeVisible();
  await expect(wizard.getByText('Choose the estimated close date')).toBeVisible();
  await expectAccessible(page, 'wizard step 2 with messages');
  await shot(page, testInfo, '04-wizard-details-errors');
  await wizard.getByRole('textbox', { name: 'Estimated value' }).fill('125000.50');
  await wizard.getByRole('combobox', { name: 'Currency' }).fill('EUR');
  await typeDate(dateField(wizard, 'Estimated close date'), '09/30/2027');
  await wizard.getByRole('textbox', { name: 'CRM ID' }).fill('CRM-ZEPHYR-1');
  await wizard.getByRole('textbox', { name: 'Marketing campaign ID' }).fill('FY27-Analytics');
  await wizard.getByRole('textbox', { name: 'Notes' }).fill('Analytics platform for the Berlin office.');
  await expect(wizard.getByText('Enter an amount like 25000')).toBeHidden();
  await wizard.getByRole('button', { name: 'Next' }).click();

  // Step 3: one click on a recent contact.
  await expect(step(page, 3, 'Team')).toBeVisible();
  const recent = wizard.getByRole('button', { name: /^Add .+ \(.+@.+\)$/ }).first();
  await recent.click();
  await expect(wizard.getByRole('list', { name: 'Added team members' }).getByRole('listitem')).toHaveCount(1);
  await expectAccessible(page, 'wizard step 3');
  await shot(page, testInfo, '05-wizard-team');
  await wizard.getByRole('button', { name: 'Next' }).click();

  // Step 4: solutions from the groups (ours is registration-eligible).
  await expect(step(page, 4, 'Solutions')).toBeVisible();
  await wizard.getByRole('checkbox', { name: /Lakeshore Landing Zone for Azure/ }).check();
  await wizard.getByRole('checkbox', { name: /Microsoft Fabric/ }).check();
  await expectAccessible(page, 'wizard step 4');
  await shot(page, testInfo, '06-wizard-solutions');
  await wizard.getByRole('button', { name: 'Next' }).click();

  // Step 5: ask for Microsoft's help.
  await expect(step(page, 5, 'Selling type')).toBeVisible();
  await wizard.getByRole('switch', { name: "Would you like Microsoft's help?" }).check();
  await choose(page, wizard.getByRole('combobox', { name: 'Help needed' }), 'Customer technical architecture');
  await wizard.getByRole('textbox', { name: 'Notes for Microsoft' }).fill('Reference architecture for Fabric.');
  await expectAccessible(page, 'wizard step 5');
  await shot(page, testInfo, '07-wizard-selling');
  await wizard.getByRole('button', { name: 'Review' }).click();

  // Step 6: the whole deal, before anything is sent.
  await expect(step(page, 6, 'Review')).toBeVisible();
  await expect(wizard.getByText("Co-sell with Microsoft's help (Customer technical architecture)")).toBeVisible();
  await expectAccessible(page, 'wizard review');
  await shot(page, testInfo, '07b-wizard-review');
  await wizard.getByRole('button', { name: 'Create deal' }).click();

  // The new deal opens in Outbound, co-sell, waiting for Microsoft.
  await expect(page.getByText(`Deal “${dealName}” created`)).toBeVisible();
  await expect(wizard).toBeHidden();
  await expect(tab(page, 'Outbound')).toHaveAttribute('aria-selected', 'true');
  const panel = detail(page);
  await expect(panel.getByRole('heading', { level: 2, name: dealName })).toBeVisible();
  await expect(panel.getByText('Waiting for Microsoft')).toBeVisible();
  await expect(panel.getByText('CRM-ZEPHYR-1')).toBeVisible();
  await shot(page, testInfo, '08-created-deal');

  // Won on a deal created minutes ago: registration is closed for 72 hours; Won without registration is offered.
  await panel.getByRole('button', { name: 'Won', exact: true }).click();
  const win = dialogNamed(page, 'Mark deal as won');
  await expect(win.getByText(/Deal registration opens on .*72 hours after the deal was created/)).toBeVisible();
  await expect(win.getByRole('button', { name: 'Mark won without registration' })).toBeVisible();
  await expect(win.getByRole('textbox', { name: 'Contract value' })).toBeDisabled();
  await expectAccessible(page, 'won dialog before 72 hours');
  await shot(page, testInfo, '09-won-too-early');
  await win.getByRole('button', { name: 'Cancel' }).click();
  await expect(win).toBeHidden();

  // Find it by search (Ctrl+F focuses the box), then favorite it; the deal stays open beside the list.
  await page.keyboard.press('Control+f');
  const search = page.getByRole('searchbox', { name: 'Search deals' });
  await expect(search).toBeFocused();
  await search.fill('zephyr');
  await expect(rows(page)).toHaveCount(1);
  const row = rows(page).first();
  await expect(row).toHaveAttribute('aria-label', new RegExp(`^${dealName}, `));
  await row.getByRole('button', { name: 'Add to favorites' }).click();
  await expect(row.getByRole('button', { name: 'Remove from favorites' })).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2, name: dealName })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Remove from favorites' })).toBeVisible();
  await shot(page, testInfo, '10-search-favorite');
  await tab(page, 'Favorites').click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute('aria-label', new RegExp(`^${dealName}, `));
});

test("request Microsoft's help on a private deal; win one with registration and lose another; archived deals offer no actions", async ({
  app,
}, testInfo) => {
  test.slow(); // many steps and screenshots: 45 s is not enough on a loaded 2-core machine
  const page = app.page;
  await dismissNotificationsAsTheyCome(page);
  await expect(rows(page).first()).toBeVisible();
  await tab(page, 'Outbound').click();
  await onlyStage(page, 'Accepted');
  await choose(page, page.getByRole('combobox', { name: 'Type' }), 'Private');
  await expect(rows(page).first()).toContainText('Private');

  // Help on a private deal: explained as permanent, then the deal is co-sell and the button is gone.
  const helpName = await openRow(page, rows(page).first());
  const panel = detail(page);
  await panel.getByRole('button', { name: 'Request Microsoft help' }).click();
  const help = dialogNamed(page, "Request Microsoft's help");
  await expect(help.getByText(/This cannot be undone/)).toBeVisible();
  await help.getByRole('button', { name: 'Request help' }).click();
  await expect(help.getByText('Choose the kind of help you need')).toBeVisible();
  await choose(page, help.getByRole('combobox', { name: 'Help needed' }), 'Proof of concept/Demo');
  await help.getByRole('textbox', { name: 'Notes for Microsoft' }).fill('PoC in the customer tenant.');
  await help.getByRole('button', { name: 'Request help' }).click();
  // The wizard's co-sell rule, enforced here too: the customer's consent (and a contact, when the deal has none).
  await expect(help.getByText('Confirm the customer agreed to share their contact with Microsoft')).toBeVisible();
  await shot(page, testInfo, '01-request-help');
  if (await help.getByRole('textbox', { name: 'First name' }).isVisible()) {
    await expect(help.getByText("A customer contact is required when you ask for Microsoft's help")).toBeVisible();
    await help.getByRole('textbox', { name: 'First name' }).fill('Dana');
    await help.getByRole('textbox', { name: 'Last name' }).fill('Weiss');
    await help.getByRole('textbox', { name: 'Phone' }).fill('+1 206 555 0142');
    await help.getByRole('textbox', { name: 'Email' }).fill('dana@customer.example');
  }
  await help.getByRole('checkbox', { name: 'The customer agreed to share this contact with Microsoft' }).check();
  await help.getByRole('button', { name: 'Request help' }).click();
  await expect(page.getByText("Microsoft's help requested: the deal is now co-sell")).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2, name: helpName })).toBeVisible();
  await expect(panel.getByText('Waiting for Microsoft')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Request Microsoft help' })).toHaveCount(0);
  await shot(page, testInfo, '02-help-requested');

  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await onlyStage(page, 'Accepted');
  const winLabel = (await rows(page).nth(1).getAttribute('aria-label')) ?? '';
  const loseLabel = (await rows(page).nth(2).getAttribute('aria-label')) ?? '';
  expect(new Set([winLabel, loseLabel, helpName]).size).toBe(3);

  // Won with a deal registration: give it an eligible solution, then fill the registration, fixing what is missing.
  const winName = await openRow(page, rowNamed(page, winLabel));
  await panel.getByRole('button', { name: 'Solutions', exact: true }).click();
  const solutions = dialogNamed(page, 'Solutions');
  await solutions.getByRole('checkbox', { name: /Lakeshore Landing Zone for Azure/ }).check();
  await solutions.getByRole('button', { name: 'Save solutions' }).click();
  await expect(page.getByText('Solutions saved')).toBeVisible();
  await panel.getByRole('button', { name: 'Won', exact: true }).click();
  const win = dialogNamed(page, 'Mark deal as won');
  await win.getByRole('button', { name: 'Mark won and register' }).click();
  await expect(win.getByText('Deployment details is required').first()).toBeVisible();
  await expect(win.getByText('Choose the end date')).toBeVisible();
  await expectAccessible(page, 'won dialog with registration messages');
  await shot(page, testInfo, '03-won-registration-errors');
  await typeDate(dateField(win, 'End date'), '06/30/2028');
  await typeDate(dateField(win, 'Sign date'), '11/20/2026');
  for (const box of await win.getByRole('textbox', { name: /^Deployment details:/ }).all())
    await box.fill('Landing zone in West Europe, 3 subscriptions.');
  await win.getByRole('button', { name: 'Mark won and register' }).click();
  await expect(page.getByText('Deal marked as won and registered')).toBeVisible();
  await expect(panel.getByText('Archived deals are read-only')).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Deal registration' })).toBeVisible();
  await shot(page, testInfo, '04-won');

  // Lost with a reason.
  const loseName = await openRow(page, rowNamed(page, loseLabel));
  await panel.getByRole('button', { name: 'Lost', exact: true }).click();
  const lose = dialogNamed(page, 'Mark deal as lost');
  await choose(page, lose.getByRole('combobox', { name: 'Reason' }), 'Customer chose another vendor');
  await lose.getByRole('textbox', { name: 'Notes' }).fill('Went with the incumbent.');
  await shot(page, testInfo, '05-lost-dialog');
  await lose.getByRole('button', { name: 'Mark as lost' }).click();
  await expect(page.getByText('Deal marked as lost')).toBeVisible();

  // Archived: outcome and reason shown, nothing to click but the heart.
  await onlyStage(page, 'Archived');
  await openRow(page, rowNamed(page, winLabel));
  await expect(panel.getByText(/Outcome: Won/)).toBeVisible();
  await expect(panel.getByRole('button', { name: actionButtons })).toHaveCount(0);
  await expect(panel.getByRole('combobox', { name: 'Sales stage' })).toHaveCount(0);
  await expect(panel.getByRole('heading', { level: 2, name: winName, exact: true })).toBeVisible();
  await openRow(page, rowNamed(page, loseLabel));
  await expect(panel.getByText(/Outcome: Lost · Reason: Customer chose another vendor/)).toBeVisible();
  await expect(panel.getByRole('button', { name: actionButtons })).toHaveCount(0);
  await expect(panel.getByRole('heading', { level: 2, name: loseName })).toBeVisible();
  await shot(page, testInfo, '06-archived-read-only');
});
