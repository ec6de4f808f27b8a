import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../../shared/ipc';
import { SyncErrorDialog } from '../features/status/SyncErrorDialog';
import { received } from '../test/fixtures';
import { findRow, renderApp } from '../test/renderApp';
import { i18n } from './i18n';

/** A refusal as main sends it: a code, English for logs, and the key and params the window words. */
const notInStage: ApiError = {
  code: 'NOT_ALLOWED_IN_STAGE',
  message: 'A deal in the Archived stage cannot be marked as won.',
  key: 'errors:lifecycle.notInStage',
  params: { stage: { key: 'common:stage.archived' }, action: { key: 'errors:action.win' } },
};

async function refusedOpening(language: 'ru' | 'en') {
  const { fake } = renderApp({ referrals: [received({ name: 'Vanishing' })], settings: { language } });
  fake.failNext('referrals:get', notInStage);
  fireEvent.click(await findRow('Vanishing'));
}

describe('an error from main, in the language shown', () => {
  it('is said in Russian from its key and params, the stage and the action in Russian too', async () => {
    await refusedOpening('ru');
    expect(await screen.findByText('Сделку на этапе «В архиве» нельзя отметить как выигранную.')).toBeTruthy();
    expect(screen.queryByText(notInStage.message)).toBeNull();
  });

  it('is said in English from the same key and params', async () => {
    await refusedOpening('en');
    expect(await screen.findByText('A deal in the Archived stage cannot be marked as won.')).toBeTruthy();
  });

  it("falls back to main's message when an error has no key", async () => {
    const { fake } = renderApp({ referrals: [received({ name: 'Old main' })], settings: { language: 'ru' } });
    fake.failNext('referrals:get', { code: 'NOT_FOUND', message: 'An older main said this.' });
    fireEvent.click(await findRow('Old main'));
    expect(await screen.findByText('An older main said this.')).toBeTruthy();
  });

  it("words the status bar's sync error from its key, and keeps the service's own details", async () => {
    await i18n.changeLanguage('ru');
    const lastError = {
      at: '2026-03-01T10:00:00.000Z',
      message: '5 referrals from the service could not be read and were skipped; everything else is up to date.',
      details: 'r1: unreadable',
      key: 'errors:sync.skipped',
      params: { count: 5 },
    };
    render(<SyncErrorDialog error={lastError} open onClose={() => undefined} />);
    expect(screen.getByRole('dialog', { name: 'Ошибка синхронизации' })).toBeTruthy();
    expect(screen.getByText('5 заявок из сервиса не удалось прочитать, они пропущены; всё остальное актуально.')).toBeTruthy();
    expect(screen.getByText('r1: unreadable')).toBeTruthy();
    await i18n.changeLanguage('en');
  });
});
