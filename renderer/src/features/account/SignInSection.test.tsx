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
        problems: [
          'account:problem.authority|{"where":{"key":"account:where.environment","params":{"name":"COSELL_AUTH_AUTHORITY"}},"example":"https://login.microsoftonline.com/organizations"}',
        ],
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
    expect(
      within(managed).getByText(
        'The environment variable COSELL_AUTH_AUTHORITY must be an https:// address like https://login.microsoftonline.com/organizations; sign-in stays off.',
      ),
    ).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('settings:set')).toHaveLength(1));
    expect(JSON.stringify(fake.callsTo('settings:set')[0])).not.toContain('update');
  });

  it("says IT's preset problems in Russian, with the variable IT set named as it is (issue 13)", async () => {
    renderApp({
      settings: { language: 'ru' },
      managed: {
        signIn: { configured: false, authority: null, source: null },
        update: { url: null, source: null, note: null },
        problems: [
          'account:problem.clientId|{"where":{"key":"account:where.policy","params":{"field":"signIn.clientId","file":"policy.json"}}}',
        ],
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Настройки' }));
    const dialog = await screen.findByRole('dialog', { name: 'Настройки' });
    const managed = await within(dialog).findByRole('region', { name: 'Задано ИТ-отделом' });
    expect(
      within(managed).getByText(
        '«signIn.clientId» в файле policy.json: это не идентификатор приложения (клиента); вход остаётся выключенным.',
      ),
    ).toBeTruthy();
  });
});
