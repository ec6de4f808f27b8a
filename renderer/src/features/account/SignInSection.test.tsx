import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeAccount } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';

async function openSettings() {
  fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
  return screen.findByRole('dialog', { name: 'Settings' });
}

describe('Settings: work account and what IT preset', () => {
  it('shows the account, where the sign-in is kept, and signs out at once', async () => {
    const { fake } = renderApp({ auth: { status: 'signedIn', account: fakeAccount, message: `Signed in as ${fakeAccount.name}.` } });
    const dialog = await openSettings();
    const section = within(dialog).getByRole('region', { name: 'Work account' });
    expect(within(section).getByText(fakeAccount.name)).toBeTruthy();
    expect(within(section).getByText(fakeAccount.username)).toBeTruthy();
    expect(within(section).getByText(/encrypted by your operating system/)).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Sign out' }));
    expect(await within(section).findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(fake.callsTo('auth:signOut')).toHaveLength(1);
    // There is no token field any more: nothing to paste, nothing the page could read back.
    expect(within(dialog).queryByLabelText(/token/i)).toBeNull();
  });

  it('shows the update server and sign-in authority read-only; saving never sends them', async () => {
    const { fake } = renderApp({
      managed: {
        signIn: { configured: true, authority: 'https://login.microsoftonline.com/organizations', source: 'policy' },
        update: { url: 'https://updates.contoso.example/cosell/', source: 'environment', note: null },
        problems: ['COSELL_AUTH_AUTHORITY must be an https:// address'],
      },
    });
    const dialog = await openSettings();
    const managed = within(dialog).getByRole('region', { name: 'Set by your IT department' });
    const feed = within(managed).getByLabelText<HTMLInputElement>('Update server');
    expect(feed.value).toBe('https://updates.contoso.example/cosell/');
    expect(feed.readOnly).toBe(true);
    expect(within(managed).getByText('Set by your IT department (environment).')).toBeTruthy();
    expect(within(managed).getByLabelText<HTMLInputElement>('Sign-in authority').value).toBe(
      'https://login.microsoftonline.com/organizations',
    );
    expect(within(managed).getByText('COSELL_AUTH_AUTHORITY must be an https:// address')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('settings:set')).toHaveLength(1));
    expect(JSON.stringify(fake.callsTo('settings:set')[0])).not.toContain('update');
  });
});
