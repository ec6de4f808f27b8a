import type { Page } from '@playwright/test';
import { expect, test } from './appFixture';
import { dateField, dialogNamed, dismissNotificationsAsTheyCome, rows, shot, typeDate } from './uiHelpers';

const step = (page: Page, n: number, title: string) => page.getByRole('heading', { level: 2, name: `Step ${n} of 6: ${title}` });

test('back and forth in the wizard keeps every input; a reload mid-wizard offers the draft back', async ({ app }, testInfo) => {
  const page = app.page;
  await dismissNotificationsAsTheyCome(page);
  await expect(rows(page).first()).toBeVisible();
  await page.keyboard.press('n');
  const wizard = dialogNamed(page, 'New deal');
  await expect(step(page, 1, 'Customer')).toBeVisible();

  // A customer that is not in the directory: typed by hand, with its address.
  await wizard.getByRole('combobox', { name: 'Country' }).fill('France');
  await page.getByRole('option', { name: 'France (FR)' }).click();
  await wizard.getByRole('combobox', { name: 'City' }).fill('Lille');
  await wizard.getByRole('textbox', { name: 'Region or state' }).fill('Hauts-de-France');
  await wizard.getByRole('combobox', { name: 'Customer name' }).fill('Quillon Textiles SA');
  await wizard.getByRole('textbox', { name: 'Street address' }).fill('12 Rue Nationale');
  await wizard.getByRole('button', { name: 'Next' }).click();

  await expect(step(page, 2, 'Deal details')).toBeVisible();
  await wizard.getByRole('textbox', { name: 'Deal name' }).fill('Quillon ERP to Azure');
  await wizard.getByRole('textbox', { name: 'Estimated value' }).fill('88000');
  await typeDate(dateField(wizard, 'Estimated close date'), '04/15/2027');
  await wizard.getByRole('button', { name: 'Back' }).click();

  await expect(step(page, 1, 'Customer')).toBeVisible();
  await expect(wizard.getByRole('combobox', { name: 'Country' })).toHaveValue('France (FR)');
  await expect(wizard.getByRole('combobox', { name: 'City' })).toHaveValue('Lille');
  await expect(wizard.getByRole('combobox', { name: 'Customer name' })).toHaveValue('Quillon Textiles SA');
  await expect(wizard.getByRole('textbox', { name: 'Street address' })).toHaveValue('12 Rue Nationale');
  await shot(page, testInfo, '01-back-to-customer');
  await wizard.getByRole('button', { name: 'Next' }).click();
  await expect(wizard.getByRole('textbox', { name: 'Deal name' })).toHaveValue('Quillon ERP to Azure');
  await expect(dateField(wizard, 'Estimated close date').locator('input')).toHaveValue('04/15/2027');
  await wizard.getByRole('button', { name: 'Next' }).click();

  // Team: a person typed in full and added.
  await expect(step(page, 3, 'Team')).toBeVisible();
  await wizard.getByRole('textbox', { name: 'First name' }).fill('Camille');
  await wizard.getByRole('textbox', { name: 'Last name' }).fill('Durand');
  await wizard.getByRole('textbox', { name: 'Phone' }).fill('+33 1 23 45 67 89');
  await wizard.getByRole('textbox', { name: 'Email' }).fill('camille.durand@lakeshore-partners.example');
  await wizard.getByRole('button', { name: 'Add to team' }).click();
  await expect(wizard.getByRole('list', { name: 'Added team members' })).toContainText('Camille Durand');
  await expect(wizard.getByText(/^Draft saved/)).toBeVisible();
  await page.waitForTimeout(800); // the last change is written half a second after typing stops
  await shot(page, testInfo, '02-team-before-reload');

  // Reload, as if the app had been closed: the draft is offered back, at the step it was left.
  await page.reload();
  await expect(rows(page).first()).toBeVisible();
  await page.getByRole('button', { name: 'New deal' }).click();
  await expect(wizard.getByText('You have an unfinished deal')).toBeVisible();
  await expect(wizard.getByText('Quillon Textiles SA · Quillon ERP to Azure')).toBeVisible();
  await shot(page, testInfo, '03-draft-offer');
  await wizard.getByRole('button', { name: /^Continue your draft from/ }).click();
  await expect(step(page, 3, 'Team')).toBeVisible();
  await expect(wizard.getByRole('list', { name: 'Added team members' })).toContainText('Camille Durand');
  await wizard.getByRole('button', { name: 'Back' }).click();
  await expect(wizard.getByRole('textbox', { name: 'Deal name' })).toHaveValue('Quillon ERP to Azure');
  await wizard.getByRole('button', { name: 'Back' }).click();
  await expect(wizard.getByRole('combobox', { name: 'Customer name' })).toHaveValue('Quillon Textiles SA');
  await shot(page, testInfo, '04-draft-continued');

  // Start over discards it.
  await wizard.getByRole('button', { name: 'Close the new deal form' }).click();
  await expect(wizard).toBeHidden();
  await page.getByRole('button', { name: 'New deal' }).click();
  await wizard.getByRole('button', { name: 'Start over' }).click();
  await expect(step(page, 1, 'Customer')).toBeVisible();
  await expect(wizard.getByRole('combobox', { name: 'Customer name' })).toHaveValue('');
  await wizard.getByRole('button', { name: 'Close the new deal form' }).click();
  await page.getByRole('button', { name: 'New deal' }).click();
  await expect(step(page, 1, 'Customer')).toBeVisible();
  await expect(wizard.getByText('You have an unfinished deal')).toHaveCount(0);
});
