import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { received } from '../../test/fixtures';
import { findRow, renderApp } from '../../test/renderApp';

describe('StatusBar and main-process events', () => {
  it('shows online state, last sync and changes waiting to be sent', async () => {
    renderApp();
    expect(await screen.findByText('Online')).toBeTruthy();
    expect(screen.getByText('Last sync: never')).toBeTruthy();
    expect(screen.getByText('0 changes waiting to be sent')).toBeTruthy();
    expect(screen.getByText(/Version 0\.1\.0-test/)).toBeTruthy();
  });

  it('follows sync:status events and opens the last sync error', async () => {
    const { fake } = renderApp();
    await screen.findByText('Online');
    act(() => {
      fake.emit('sync:status', {
        online: false,
        serviceConfigured: true,
        syncing: false,
        lastSyncAt: null,
        pendingChanges: 3,
        lastError: { at: '2026-03-01T10:00:00.000Z', message: 'The service refused the token.', details: 'HTTP 401 Unauthorized' },
      });
    });
    expect(await screen.findByText('Offline')).toBeTruthy();
    expect(screen.getByText('3 changes waiting to be sent')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sync error' }));
    expect(await screen.findByText('The service refused the token.')).toBeTruthy();
    expect(screen.getByText('HTTP 401 Unauthorized')).toBeTruthy();
  });

  it('says "Can\'t reach the service" instead of Online when the last pass could not reach it, and the error once', async () => {
    const { fake } = renderApp();
    await screen.findByText('Online');
    const sentence =
      'The referrals service cannot be reached right now; your changes are kept and will be sent later. Trying again in about 4 s.';
    act(() => {
      fake.emit('sync:status', {
        online: true,
        serviceConfigured: true,
        syncing: false,
        lastSyncAt: null,
        pendingChanges: 1,
        unreachable: true,
        lastError: { at: '2026-03-01T10:00:00.000Z', message: sentence, details: 'network: connect ECONNREFUSED 127.0.0.1:4010' },
      });
    });
    expect(await screen.findByText("Can't reach the service")).toBeTruthy();
    expect(screen.queryByText('Online')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Sync error' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sync error' });
    expect(dialog.textContent.split('cannot be reached').length - 1).toBe(1);
    act(() =>
      fake.emit('sync:status', {
        online: true,
        serviceConfigured: true,
        syncing: false,
        lastSyncAt: null,
        pendingChanges: 0,
        lastError: null,
        unreachable: false,
      }),
    );
    expect(await screen.findByText('Online')).toBeTruthy();
  });

  it("says every cause in the sync error details in Russian, the service's own words as they came (issue 13)", async () => {
    const { fake } = renderApp({ settings: { language: 'ru' } });
    await screen.findByText('В сети');
    act(() => {
      fake.emit('sync:status', {
        online: true,
        serviceConfigured: true,
        syncing: false,
        lastSyncAt: null,
        pendingChanges: 1,
        lastError: {
          at: '2026-03-01T10:00:00.000Z',
          message: 'The referrals service cannot be reached right now; your changes are kept and will be sent later.',
          key: 'errors:sync.unreachable',
          details: 'English for logs',
          causes: [
            { lines: ['network: connect ECONNREFUSED 127.0.0.1:4010'] },
            { key: 'errors:sync.skipped', params: { count: 1 }, lines: ['errors:sync.issue.skipped|{"id":"r7"}', 'substatus: Unknown'] },
          ],
        },
      });
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Ошибка синхронизации' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ошибка синхронизации' });
    const details = dialog.querySelector('pre')?.textContent;
    expect(details).toBe(
      'network: connect ECONNREFUSED 127.0.0.1:4010\n\n1 заявку из сервиса не удалось прочитать, она пропущена; всё остальное актуально.\n' +
        'Сервис прислал заявку r7 в виде, который это приложение не может прочитать; она пропущена.\nsubstatus: Unknown',
    );
  });

  it('refetches the list when referrals:changed arrives', async () => {
    const { fake } = renderApp({ referrals: [received({ name: 'Changed elsewhere' })] });
    await findRow('Changed elsewhere');
    const before = fake.callsTo('referrals:list').length;
    act(() => fake.emit('referrals:changed', { ids: ['x'] }));
    await waitFor(() => expect(fake.callsTo('referrals:list').length).toBeGreaterThan(before));
  });

  it('opens the deal of a clicked notification', async () => {
    const { fake } = renderApp({ referrals: [received({ id: 'n1', name: 'Expiring soon' })] });
    await findRow('Expiring soon');
    act(() => fake.emit('notification:clicked', { id: 'n1' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Expiring soon' })).toBeTruthy();
  });
});
