import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { received } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { deliveryFor } from './delivery';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('notifications from the web host', () => {
  it('without permission for system notifications: an in-app message whose Open button opens the deal', async () => {
    const deal = received({ name: 'Contoso data platform' });
    const { fake } = renderApp({ referrals: [deal] });
    await screen.findByRole('button', { name: 'Settings' });
    fake.emit('notification:show', {
      id: 'expiry:1',
      title: 'Referral expires in 3 h 0 min',
      body: 'Contoso data platform — Contoso. Accept or decline it before it expires.',
      referralId: deal.id,
    });
    const note = await screen.findByTestId('in-app-notification');
    expect(within(note).getByText('Referral expires in 3 h 0 min')).toBeTruthy();
    fireEvent.click(within(note).getByRole('button', { name: 'Open' }));
    const panel = await screen.findByTestId('deal-detail');
    expect(await within(panel).findByRole('heading', { level: 2, name: 'Contoso data platform' })).toBeTruthy();
    expect(screen.queryByTestId('in-app-notification')).toBeNull();
  });

  it('shows them one at a time; Dismiss moves on', async () => {
    const { fake } = renderApp();
    await screen.findByRole('button', { name: 'Settings' });
    fake.emit('notification:show', { id: 'a', title: 'First', body: 'one', referralId: 'x' });
    fake.emit('notification:show', { id: 'b', title: 'Second', body: 'two', referralId: 'y' });
    expect(within(await screen.findByTestId('in-app-notification')).getByText(/1 more waiting/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(await screen.findByText('Second')).toBeTruthy();
  });

  it('a notification about the app itself ("Sign in again") has no deal to open: only Dismiss', async () => {
    const { fake } = renderApp();
    await screen.findByRole('button', { name: 'Settings' });
    fake.emit('notification:show', {
      id: 's',
      title: 'Sign in again to keep syncing',
      body: 'Your changes stay queued.',
      referralId: null,
    });
    const note = await screen.findByTestId('in-app-notification');
    expect(within(note).getByText('Sign in again to keep syncing')).toBeTruthy();
    expect(within(note).queryByRole('button', { name: 'Open' })).toBeNull();
    fireEvent.click(within(note).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByTestId('in-app-notification')).toBeNull());
  });

  it('waits while a dialog is open (it would hide behind it) and shows once the dialog is closed', async () => {
    const { fake } = renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    const settings = await screen.findByRole('dialog', { name: 'Settings' });
    fake.emit('notification:show', { id: 'w', title: 'Waiting note', body: 'shown later', referralId: 'x' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('in-app-notification')).toBeNull();
    fireEvent.click(within(settings).getByRole('button', { name: 'Cancel' }));
    expect(within(await screen.findByTestId('in-app-notification')).getByText('Waiting note')).toBeTruthy();
  });

  it('with permission: a Web Notification, and a click on it opens the deal', async () => {
    const created: Array<{ title: string; options?: NotificationOptions; onclick: (() => void) | null; close(): void }> = [];
    class FakeWebNotification {
      static permission: NotificationPermission = 'granted';
      onclick: (() => void) | null = null;
      constructor(
        readonly title: string,
        readonly options?: NotificationOptions,
      ) {
        created.push(this);
      }
      close() {}
    }
    vi.stubGlobal('Notification', FakeWebNotification);
    const deal = received({ name: 'Fabrikam rollout' });
    const { fake } = renderApp({ referrals: [deal] });
    await screen.findByRole('button', { name: 'Settings' });
    fake.emit('notification:show', { id: 'n1', title: 'New referral received', body: 'Fabrikam rollout — Fabrikam.', referralId: deal.id });
    expect(created.map((n) => [n.title, n.options?.body])).toEqual([['New referral received', 'Fabrikam rollout — Fabrikam.']]);
    expect(screen.queryByTestId('in-app-notification')).toBeNull();
    created[0]?.onclick?.();
    expect(
      await within(await screen.findByTestId('deal-detail')).findByRole('heading', { level: 2, name: 'Fabrikam rollout' }),
    ).toBeTruthy();
  });

  it('delivery: system only when granted', () => {
    expect(deliveryFor('granted')).toBe('system');
    expect(deliveryFor('default')).toBe('inApp');
    expect(deliveryFor('denied')).toBe('inApp');
    expect(deliveryFor('unsupported')).toBe('inApp');
  });
});
