import type { Page } from '@playwright/test';
import type { Api } from '../../shared/ipc';
import { startFakePartnerCenter, type FakePartnerCenter } from '../fake-partner-center';
import { expect, test as base } from './appFixture';
import { dismissNotificationsAsTheyCome, shot } from './uiHelpers';

// Main's refusals and sync problems cross the contract as a key and params: the window says them in the
// language it shows, and switching the language re-words what is already on screen.
const test = base.extend<{ service: FakePartnerCenter }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
  service: async ({}, provide) => {
    const fake = await startFakePartnerCenter({ seed: 11, initialReferrals: 4, customers: 5, token: 'e2e-service-token' });
    await provide(fake);
    await fake.close();
  },
  hostArgs: async ({ service }, provide) => provide(['--service', service.url, '--service-token', service.token]),
  demoCount: 0,
});

// eslint-disable-next-line no-empty-pattern -- no fixtures: skip before the app or the service starts
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.metadata.transport === 'electron', 'The desktop app takes the service from Settings, not from --service.');
});

/** Through the app's own API (window.api), as the window's controls do. */
async function invoke(page: Page, channel: 'sync:now' | 'settings:set', input: unknown): Promise<void> {
  await page.evaluate(
    async ([c, i]) => {
      const { api } = window as unknown as { api: { invoke: (c: string, i: unknown) => ReturnType<Api['invoke']> } };
      await api.invoke(c, i);
    },
    [channel, input] as const,
  );
}

const syncErrorButton = (page: Page) => page.getByRole('button', { name: /^(Sync error|Ошибка синхронизации)$/ });

test('a sync problem reads in Russian, and in English again after a switch', async ({ app, service }, testInfo) => {
  const { page } = app;
  await dismissNotificationsAsTheyCome(page);
  // Every connection to the service is dropped: the pass cannot reach it.
  service.faults.add({ kind: 'drop', phase: 'before' });
  await invoke(page, 'sync:now', {});
  await expect(syncErrorButton(page)).toBeVisible({ timeout: 20_000 });

  await invoke(page, 'settings:set', { settings: { language: 'ru' } });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await syncErrorButton(page).click();
  const dialog = page.getByRole('dialog', { name: 'Ошибка синхронизации' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/^Сервис заявок сейчас недоступен; ваши изменения сохранены и будут отправлены позже\./)).toBeVisible();
  await expect(dialog.getByText(/The referrals service/)).toHaveCount(0);
  await shot(page, testInfo, 'sync-error-ru');

  // The open dialog follows the language: the same key, now said in English.
  await invoke(page, 'settings:set', { settings: { language: 'en' } });
  const english = page.getByRole('dialog', { name: 'Sync error' });
  await expect(english.getByText(/^The referrals service cannot be reached right now/)).toBeVisible();
  await shot(page, testInfo, 'sync-error-en');
  await english.getByRole('button', { name: 'Close' }).click();
  await expect(english).toHaveCount(0);
});
