import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeAccount } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';

const bar = () => screen.getByRole('contentinfo', { name: 'Sync status' });

/** A tab the page opened: records where it was sent and whether it was closed. */
function fakeTab() {
  return {
    closed: false,
    opener: {} as unknown,
    location: { href: 'about:blank' },
    close() {
      this.closed = true;
    },
  };
}

afterEach(() => vi.restoreAllMocks());

describe('sign-in in the status bar', () => {
  it('web host: one click opens a tab at once, the sign-in page loads into it, and the bar shows the account after', async () => {
    const tab = fakeTab();
    const open = vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    const { fake } = renderApp();
    fireEvent.click(
      await within(await screen.findByRole('contentinfo', { name: 'Sync status' })).findByRole('button', { name: 'Sign in' }),
    );
    // Opened in the click itself (a later window.open would be blocked), cut from this page.
    expect(open).toHaveBeenCalledWith('about:blank', '_blank');
    expect(await within(bar()).findByText('Signing in: finish in your browser')).toBeTruthy();
    await waitFor(() => expect(tab.location.href).toBe('https://login.example/authorize?x=1'));
    // The provider's page gets no handle on the app.
    expect(tab.opener).toBeNull();
    expect(fake.callsTo('auth:signIn')).toHaveLength(1);

    act(() => fake.finishSignIn('signedIn'));
    expect(await within(bar()).findByLabelText(`Signed in as ${fakeAccount.name} (${fakeAccount.username})`)).toBeTruthy();
    expect(within(bar()).getByText(fakeAccount.username)).toBeTruthy();
    // The tab keeps the provider's "You are signed in" page; the next sign-in opens a fresh one.
    expect(tab.closed).toBe(false);
    expect(await screen.findByText(`Signed in as ${fakeAccount.name}`)).toBeTruthy();
  });

  it('a blocked tab: the seller gets a link to the page; Cancel ends the sign-in', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { fake } = renderApp();
    fireEvent.click(
      await within(await screen.findByRole('contentinfo', { name: 'Sync status' })).findByRole('button', { name: 'Sign in' }),
    );
    fireEvent.click(await within(bar()).findByRole('button', { name: 'Open the sign-in page' }));
    expect(open).toHaveBeenLastCalledWith('https://login.example/authorize?x=1', '_blank', 'noopener,noreferrer');
    fireEvent.click(within(bar()).getByRole('button', { name: 'Cancel' }));
    expect(await within(bar()).findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(fake.callsTo('auth:cancelSignIn')).toHaveLength(1);
  });

  it('desktop app: no tab from the page (main opens the system browser)', async () => {
    const open = vi.spyOn(window, 'open');
    renderApp({ transport: 'electron' });
    fireEvent.click(
      await within(await screen.findByRole('contentinfo', { name: 'Sync status' })).findByRole('button', { name: 'Sign in' }),
    );
    expect(await within(bar()).findByText('Signing in: finish in your browser')).toBeTruthy();
    expect(open).not.toHaveBeenCalled();
  });

  it('"Sign in again" when the saved sign-in can no longer be renewed', async () => {
    const { fake } = renderApp({ auth: { status: 'signedIn', account: fakeAccount } });
    expect(await screen.findByLabelText(`Signed in as ${fakeAccount.name} (${fakeAccount.username})`)).toBeTruthy();
    act(() => fake.setAuth({ status: 'needsSignIn', message: 'Your sign-in has expired or was revoked: sign in again to keep syncing.' }));
    expect(await within(bar()).findByRole('button', { name: 'Sign in again' })).toBeTruthy();
  });
});
