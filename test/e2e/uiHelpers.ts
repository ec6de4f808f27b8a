import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** A screenshot in the test's output folder, animations finished so dialogs are not caught mid-fade. */
export async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), animations: 'disabled' });
}

/** Runs axe on the page as it is now and expects no violations; the message names each rule and element. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Let MUI's enter transitions end: axe reads computed colours, and a half-faded dialog has low contrast.
  await page.waitForTimeout(350);
  // Legacy mode runs axe inside the page itself: the fixture's page comes from browser.newPage(), whose
  // context cannot open the extra page that axe's default (cross-frame) mode needs. The app has no iframes.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  expect(found, `axe violations on ${screen}`).toEqual([]);
}

/**
 * In-app notifications (the web host's "referrals about to expire" and the like) arrive at any moment and
 * can cover a button at the bottom right; whenever one shows before an action, it is dismissed first.
 */
export async function dismissNotificationsAsTheyCome(page: Page): Promise<void> {
  // By role: a note under a modal's aria-hidden backdrop cannot be dismissed, and must not trigger the handler.
  await page.addLocatorHandler(
    page.getByRole('alert').and(page.getByTestId('in-app-notification')),
    async (note) => {
      // In English or Russian (test/e2e/russian.spec.ts switches the language). A note that leaves while it is
      // being clicked (a dialog opening over it, its own timeout) needs nothing more: without the short timeout the
      // handler waited on the detached button until the test timed out (wizardDraft, load ~10).
      await note
        .getByRole('button', { name: /^(Dismiss|Скрыть)$/ })
        .click({ timeout: 2_000 })
        .catch(() => undefined);
    },
    { noWaitAfter: true },
  );
}

export const rows = (page: Page) => page.getByTestId('deal-row');
export const tab = (page: Page, name: 'Inbound' | 'Outbound' | 'Favorites') => page.getByRole('tab', { name, exact: true });
export const detail = (page: Page) => page.getByTestId('deal-detail');
export const dialogNamed = (page: Page, name: string) => page.getByRole('dialog', { name });

/** Shows only the given stage in the current tab. */
export async function onlyStage(page: Page, stage: 'Received' | 'Accepted' | 'Archived'): Promise<void> {
  for (const s of ['Received', 'Accepted', 'Archived'] as const) {
    const button = page.getByRole('button', { name: s, exact: true });
    // Outbound offers no Received filter (its deals are never Received).
    if (s !== stage && (await button.count()) === 0) continue;
    const pressed = (await button.getAttribute('aria-pressed')) === 'true';
    if (pressed !== (s === stage)) await button.click();
  }
  await expect(page.getByRole('button', { name: stage, exact: true })).toHaveAttribute('aria-pressed', 'true');
}

/** Opens the deal in the row and waits for its detail panel. */
export async function openRow(page: Page, row: Locator): Promise<string> {
  await row.click();
  // The list may re-render (a filter's new page) between finding the row and the click: name the deal
  // that is selected now, not the label read before.
  const selected = page.locator('[data-testid="deal-row"][aria-selected="true"]');
  await expect(selected).toHaveCount(1);
  const label = (await selected.getAttribute('aria-label')) ?? '';
  const name = label.split(', ')[0] ?? '';
  await expect(detail(page).getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  return name;
}

/** Picks an option of an MUI select (a combobox that opens a listbox). */
export async function choose(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A date field (renderer/src/ui/DateInput: MUI X's field, a group of spin buttons, one per part of the day) by its label. */
export const dateField = (scope: Page | Locator, label: string | RegExp) => scope.getByRole('group', { name: label });

/**
 * Types a day into a date field as a person does: a click on its first part, select all and erase, then the digits
 * at a person's pace in the order the field shows them ("30.09.2027" in Russian, "09/30/2027" in English); the field moves from part
 * to part by itself. Expects the field to show `shown` after.
 */
export async function typeDate(field: Locator, shown: string): Promise<void> {
  const keyboard = field.page().keyboard;
  await field.getByRole('spinbutton').first().click();
  await keyboard.press('ControlOrMeta+A');
  await keyboard.press('Backspace');
  // At a person's pace (20 keys a second, still faster than most): typed at once, under load the field lost the month
  // and day now and then ("MM/DD/2027" once in two full runs), as MUI X's sectioned fields do with machine-speed keys.
  await keyboard.type(shown.replace(/\D/g, ''), { delay: 50 });
  await expect(field.locator('input')).toHaveValue(shown);
}
