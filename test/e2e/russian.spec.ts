import { readFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import type { MissingKey } from '../../shared/i18n';
import { unexpectedLatinWords } from '../../shared/i18n/latinAllowlist';
import type { Api } from '../../shared/ipc';

/** What the page's window has: the transport, and the keys i18next could not find (renderer/src/i18n). */
type AppWindow = { api: Api; __i18nMissing?: MissingKey[] };
import { expect, test } from './appFixture';
import { choose, dateField, detail, dialogNamed, dismissNotificationsAsTheyCome, rows, shot, typeDate } from './uiHelpers';

/**
 * Every word of the data on screen (deal and customer names, people, e-mails, notes, addresses: demo values
 * that stay as they were typed), read through the same contract the page uses. Only these and the short
 * allowlist in shared/i18n/latinAllowlist.ts may be Latin on a Russian screen.
 */
async function dataWords(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const { api } = window as unknown as AppWindow;
    const words = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === 'string') for (const w of value.match(/[A-Za-z][A-Za-z0-9-]*/g) ?? []) words.add(w);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    // The rows on screen: the first page of each tab, whole and per stage, in the list's default order.
    for (const tab of ['inbound', 'outbound', 'favorites'] as const) {
      for (const stages of [undefined, ['received'], ['accepted'], ['archived']]) {
        const list = await api.invoke('referrals:list', { tab, stages, limit: 60 } as never);
        if (list.ok) collect(list.value);
      }
    }
    // Recent contacts (people of other deals) and the solution catalog show in the dialogs.
    const recent = await api.invoke('contacts:recent', {});
    if (recent.ok) collect(recent.value);
    const catalog = await api.invoke('catalog:listSolutions', {});
    if (catalog.ok) collect(catalog.value);
    const selected = document.querySelector('[data-testid="deal-row"][aria-selected="true"]')?.getAttribute('data-deal-id');
    if (selected) {
      const got = await api.invoke('referrals:get', { id: selected });
      if (got.ok) collect(got.value);
    }
    return [...words];
  });
}

/** Fails on a translation key that no language has, and on Latin words outside the allowlist and the data. */
/** `data`: more words of data on this screen (a customer picked from the directory, what was typed, Insights' campaign IDs). */
async function expectRussian(page: Page, testInfo: TestInfo, screen: string, data: readonly string[] = []): Promise<void> {
  await page.waitForTimeout(300);
  await shot(page, testInfo, screen);
  const missing = await page.evaluate(() => (window as unknown as AppWindow).__i18nMissing ?? []);
  expect(missing, `missing translation keys on ${screen}`).toEqual([]);
  const text = await page.evaluate(() => {
    const parts: string[] = [document.body.innerText];
    for (const el of document.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder]')) {
      if (el.closest('[aria-hidden="true"]')) continue;
      for (const attr of ['aria-label', 'title', 'placeholder']) parts.push(el.getAttribute(attr) ?? '');
    }
    return parts.join('\n');
  });
  const left = [...new Set(unexpectedLatinWords(text, [...(await dataWords(page)), ...data]))];
  expect(left, `English left on ${screen}`).toEqual([]);
}

/** Opens a dialog from the deal's detail, checks it is all Russian (screenshot `screen`), and cancels it. */
async function lookAtDialog(page: Page, testInfo: TestInfo, action: string, title: string, screen: string): Promise<void> {
  await detail(page).getByRole('button', { name: action }).click();
  await expect(dialogNamed(page, title)).toBeVisible();
  await expectRussian(page, testInfo, screen);
  await dialogNamed(page, title).getByRole('button', { name: 'Отмена' }).click();
}

test('in Russian, the list, a deal, its dialogs, Settings and the status bar have no English left', async ({ app }, testInfo) => {
  // Ten screens, each scanned and photographed: longer than one flow of the other specs.
  test.setTimeout(180_000);
  const page = app.page;
  await dismissNotificationsAsTheyCome(page);
  await expect(rows(page).first()).toBeVisible();

  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = dialogNamed(page, 'Settings');
  await choose(page, settings.getByRole('combobox', { name: 'Language' }), 'Русский');
  await settings.getByRole('button', { name: 'Save' }).click();
  // No restart: the window is in Russian at once.
  await expect(page.getByRole('button', { name: 'Новая сделка' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

  const tab = (name: string) => page.getByRole('tab', { name, exact: true });
  await expect(tab('Входящие')).toHaveAttribute('aria-selected', 'true');
  await expectRussian(page, testInfo, 'ru-01-inbound');
  // The close-date filters are typed and shown in the app's language (ДД.ММ.ГГГГ), not the browser's (English here),
  // at a laptop's 1280×720.
  await page.setViewportSize({ width: 1280, height: 720 });
  const from = dateField(page, 'Закрытие с');
  await from.getByRole('spinbutton').first().click();
  await expect(from.getByRole('spinbutton')).toHaveText(['ДД', 'ММ', 'ГГГГ']);
  await typeDate(from, '01.07.2026');
  await typeDate(dateField(page, 'Закрытие по'), '31.12.2027');
  await expect(from.getByRole('spinbutton')).toHaveText(['01', '07', '2026']);
  await expectRussian(page, testInfo, 'ru-01a-filters-dates-1280x720');
  await page.getByRole('button', { name: 'Сбросить фильтры' }).first().click();
  await expect(from.locator('input')).toHaveValue('');
  // The "Фильтры сброшены" note would cover the dialogs photographed next.
  const cleared = page.getByRole('alert').filter({ hasText: 'Фильтры сброшены' });
  await cleared.getByRole('button', { name: 'Закрыть' }).click();
  await expect(cleared).toBeHidden();
  await page.setViewportSize({ width: 1400, height: 860 });
  await tab('Исходящие').click();
  await expect(rows(page).first()).toBeVisible();
  await expectRussian(page, testInfo, 'ru-02-outbound');
  await tab('Избранное').click();
  await expectRussian(page, testInfo, 'ru-03-favorites');

  // A Received referral: its detail, then the accept and decline dialogs (opened and cancelled).
  await tab('Входящие').click();
  for (const stage of ['Принято', 'В архиве']) {
    const button = page.getByRole('button', { name: stage, exact: true });
    if ((await button.getAttribute('aria-pressed')) === 'true') await button.click();
  }
  await page.getByRole('button', { name: 'Получено', exact: true }).click();
  await rows(page).first().click();
  await expect(detail(page).getByRole('button', { name: 'Принять' })).toBeVisible();
  await expectRussian(page, testInfo, 'ru-04-received-detail');
  await lookAtDialog(page, testInfo, 'Принять', 'Принять заявку', 'ru-05-accept-dialog');
  await lookAtDialog(page, testInfo, 'Отклонить', 'Отклонить заявку', 'ru-06-decline-dialog');

  // An Accepted deal: its detail, then the won and lost dialogs.
  await page.getByRole('button', { name: 'Получено', exact: true }).click();
  await page.getByRole('button', { name: 'Принято', exact: true }).click();
  await rows(page).first().click();
  await expect(detail(page).getByRole('button', { name: 'Выиграно' })).toBeVisible();
  await expectRussian(page, testInfo, 'ru-07-accepted-detail');
  await lookAtDialog(page, testInfo, 'Выиграно', 'Отметить сделку как выигранную', 'ru-08-won-dialog');
  await lookAtDialog(page, testInfo, 'Проиграно', 'Отметить сделку как проигранную', 'ru-09-lost-dialog');

  // Back to following the system (this browser is English): the window follows at once.
  await page.getByRole('button', { name: 'Настройки' }).click();
  const again = dialogNamed(page, 'Настройки');
  // Quiet hours on: the two times read as Russian ones, 24-hour, whatever the browser's own language.
  await again.getByLabel('Тихие часы (уведомления ждут их окончания)').click();
  await expect(again.getByRole('group', { name: 'С', exact: true }).locator('input')).toHaveValue('22:00');
  await expect(again.getByRole('group', { name: 'До', exact: true }).locator('input')).toHaveValue('07:00');
  await expectRussian(page, testInfo, 'ru-10-settings');
  await choose(page, again.getByRole('combobox', { name: 'Язык' }), 'Как в системе');
  await again.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('button', { name: 'New deal' })).toBeVisible();
});

test('in Russian, the new-deal wizard (every step and the review), Insights and CSV export have no English left', async ({
  app,
}, testInfo) => {
  // Eight screens scanned and photographed, six wizard steps filled, an export read back.
  test.setTimeout(240_000);
  const page = app.page;
  await dismissNotificationsAsTheyCome(page);
  await expect(rows(page).first()).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = dialogNamed(page, 'Settings');
  await choose(page, settings.getByRole('combobox', { name: 'Language' }), 'Русский');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Новая сделка' })).toBeVisible();

  // Insights («Аналитика»): the figures, the charts and their tables; campaign IDs and currency codes are data.
  await page.getByRole('button', { name: 'Аналитика', exact: true }).click();
  const insights = dialogNamed(page, 'Аналитика');
  await expect(insights.getByRole('table', { name: 'Воронка по этапам и валютам' })).toBeVisible();
  await expect(insights.getByRole('group', { name: 'Доля выигранных' })).toContainText('%');
  await expect(
    insights
      .getByRole('region', { name: /^Сумма воронки по этапам/ })
      .locator('svg rect')
      .first(),
  ).toBeVisible();
  const insightsData = await page.evaluate(async () => {
    const got = await (window as unknown as AppWindow).api.invoke('insights:get', {});
    return got.ok ? [...JSON.stringify(got.value).matchAll(/[A-Za-z][A-Za-z0-9-]*/g)].map((m) => m[0]) : [];
  });
  await expectRussian(page, testInfo, 'ru-11-insights', insightsData);
  // The declined and lost reasons are long in Russian: at a laptop's 1280×720 and at 1440×900 every label on the
  // chart's axis is shown whole (wrapped, never cut to "…"), and inside the chart's card.
  const reasons = insights.getByRole('region', { name: 'Причины отклонения и проигрыша' });
  const reasonNames = await reasons.getByRole('table').locator('tbody tr th, tbody tr td:first-child').allInnerTexts();
  expect(reasonNames.length).toBeGreaterThan(3);
  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await reasons.scrollIntoViewIfNeeded();
    const ticks = reasons.locator('.MuiChartsAxis-directionY .MuiChartsAxis-tickLabel');
    await expect(ticks).toHaveCount(reasonNames.length);
    // A label on several lines is several tspans; a cut one ends in "…".
    const shown = await ticks.evaluateAll((els) => els.map((el) => [...el.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')));
    expect(shown.map((label) => label.replace(/\s+/g, ' ').trim())).toEqual(reasonNames.map((name) => name.trim()));
    const card = await reasons.boundingBox();
    for (const box of await ticks.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.left).toBeGreaterThanOrEqual(card?.x ?? 0);
    }
    await shot(page, testInfo, `ru-11-insights-reasons-${width}x${height}`);
  }
  await page.setViewportSize({ width: 1400, height: 860 });
  await insights.getByRole('combobox', { name: 'Направление' }).click();
  await page.getByRole('option', { name: 'Исходящие', exact: true }).click();
  await expect(insights.getByRole('row', { name: /Отвечено рекомендаций\s*0/ })).toBeVisible();
  await insights.getByRole('button', { name: 'Закрыть аналитику' }).click();
  await expect(insights).toBeHidden();

  // The wizard, every step filled in Russian labels, up to the review (nothing is created).
  await page.getByRole('button', { name: 'Новая сделка' }).click();
  const wizard = dialogNamed(page, 'Новая сделка');
  const step = (n: number, title: string) => wizard.getByRole('heading', { level: 2, name: `Шаг ${n} из 6: ${title}` });
  const next = () => wizard.getByRole('button', { name: 'Далее' }).click();
  await expect(step(1, 'Клиент')).toBeVisible();
  await expectRussian(page, testInfo, 'ru-12-wizard-customer-empty');
  await wizard.getByRole('combobox', { name: 'Страна' }).fill('Герм');
  await page.getByRole('option', { name: 'Германия (DE)' }).click();
  await wizard.getByRole('combobox', { name: 'Город' }).fill('Ber');
  await page.getByRole('option', { name: 'Berlin', exact: true }).click();
  await wizard.getByRole('combobox', { name: 'Название клиента' }).fill('Adventure');
  await page
    .getByRole('option', { name: /Adventure Works/ })
    .first()
    .click();
  // The customer picked from the directory (its name and address) is data.
  const customer = await wizard.getByRole('status').filter({ hasText: 'D-U-N-S' }).innerText();
  const customerWords = customer.match(/[A-Za-z][A-Za-z0-9-]*/g) ?? [];
  await expectRussian(page, testInfo, 'ru-13-wizard-customer', customerWords);
  await next();

  await expect(step(2, 'Сделка')).toBeVisible();
  await wizard.getByRole('textbox', { name: 'Название сделки' }).fill('Zephyr analytics rollout');
  await wizard.getByRole('textbox', { name: 'Ожидаемая сумма' }).fill('125000,50');
  await wizard.getByRole('textbox', { name: 'ID маркетинговой кампании' }).fill('FY27-Analytics');
  // The close date at a laptop's 1280×720: typed as ДД.ММ.ГГГГ, and its calendar in Russian (Esc closes it).
  await page.setViewportSize({ width: 1280, height: 720 });
  const closeDate = dateField(wizard, 'Ожидаемая дата закрытия');
  await typeDate(closeDate, '30.09.2027');
  await closeDate.getByRole('button', { name: /^Выберите дату/ }).click();
  const calendar = page.getByRole('dialog').filter({ has: page.getByRole('grid') });
  await expect(calendar.getByText('сентябрь 2027')).toBeVisible();
  await expect(calendar.getByRole('gridcell', { name: '30' })).toHaveAttribute('aria-selected', 'true');
  await expectRussian(page, testInfo, 'ru-14a-wizard-close-date-calendar-1280x720');
  await page.keyboard.press('Escape');
  await expect(calendar).toBeHidden();
  await expect(closeDate.locator('input')).toHaveValue('30.09.2027');
  await expectRussian(page, testInfo, 'ru-14-wizard-deal-1280x720');
  await page.setViewportSize({ width: 1400, height: 860 });
  await next();

  await expect(step(3, 'Команда')).toBeVisible();
  await wizard
    .getByRole('button', { name: /^Добавить: .+ \(.+@.+\)$/ })
    .first()
    .click();
  await expect(wizard.getByRole('list', { name: 'Добавленные участники команды' }).getByRole('listitem')).toHaveCount(1);
  await expectRussian(page, testInfo, 'ru-15-wizard-team');
  await next();

  await expect(step(4, 'Решения')).toBeVisible();
  await wizard.getByRole('checkbox', { name: /Microsoft Fabric/ }).check();
  await expectRussian(page, testInfo, 'ru-16-wizard-solutions');
  await next();

  await expect(step(5, 'Тип продажи')).toBeVisible();
  await expect(wizard.getByRole('switch', { name: 'Нужна помощь Microsoft?' })).toBeVisible();
  await expectRussian(page, testInfo, 'ru-17-wizard-selling');
  await wizard.getByRole('button', { name: 'Проверить' }).click();

  await expect(step(6, 'Проверка')).toBeVisible();
  const deal = wizard.getByRole('region', { name: 'Сделка' });
  await expect(deal).toContainText(/125\s000,50\s€, закрытие 30 сент\. 2027 г\./);
  await expect(wizard.getByRole('region', { name: 'Клиент' })).toContainText('Германия');
  await expect(wizard.getByRole('button', { name: 'Создать сделку' })).toBeVisible();
  await expectRussian(page, testInfo, 'ru-18-wizard-review', [...customerWords, 'Zephyr', 'analytics', 'rollout', 'FY27-Analytics']);
  await wizard.getByRole('button', { name: 'Закрыть форму новой сделки' }).click();
  await expect(wizard).toBeHidden();

  // «Экспорт в CSV» of the Outbound tab: the file's headers and words are Russian too.
  await page.getByRole('tab', { name: 'Исходящие', exact: true }).click();
  await expect(rows(page).first()).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Экспорт в CSV' }).click();
  const download = await downloading;
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  await expect(page.getByText(new RegExp(`^В файл ${download.suggestedFilename().replace('.', '\\.')} выгружен[оы]? \\d`))).toBeVisible();
  await shot(page, testInfo, 'ru-19-export-done');
  const text = readFileSync(file, 'utf8').slice(1);
  expect(text.split('\r\n')[0]).toBe(
    'Название сделки,Клиент,Страна,Сумма,Валюта,Дата закрытия,Тип,Этап,Статус,Истекает (UTC),ID в CRM,ID маркетинговой кампании,Заметки,Избранное,Создано (UTC),Изменено (UTC),ID рекомендации',
  );
  expect(text).toMatch(/,(Совместная продажа|Собственная воронка),(Получено|Принято|В архиве),/);
});
