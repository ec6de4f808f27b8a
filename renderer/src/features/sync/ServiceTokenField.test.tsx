import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';

async function openSettings() {
  fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
  return screen.findByRole('dialog', { name: 'Settings' });
}

describe('Service token in Settings', () => {
  it('says where the token is kept; a typed token is saved with Save (before the address) and never shown again', async () => {
    const { fake } = renderApp();
    const dialog = await openSettings();
    expect(await within(dialog).findByText('No token is saved.')).toBeTruthy();
    const field = within(dialog).getByLabelText('Service sign-in token');
    expect(field.getAttribute('type')).toBe('password');
    fireEvent.change(field, { target: { value: 'eyJ.secret' } });
    fireEvent.change(within(dialog).getByLabelText('Referrals service address'), { target: { value: 'https://pc.example' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Settings' })).toBeNull());
    expect(fake.calls.filter((c) => c.channel === 'sync:setToken' || c.channel === 'settings:set').map((c) => c.channel)).toEqual([
      'sync:setToken',
      'settings:set',
    ]);
    expect(fake.callsTo('sync:setToken')).toEqual([{ token: 'eyJ.secret' }]);

    const again = await openSettings();
    expect(await within(again).findByText('A token is saved, encrypted by your operating system.')).toBeTruthy();
    expect(within(again).getByLabelText<HTMLInputElement>('Service sign-in token').value).toBe('');
    fireEvent.click(within(again).getByRole('button', { name: 'Remove saved token' }));
    expect(await within(again).findByText('No token is saved.')).toBeTruthy();
    expect(fake.callsTo('sync:setToken').at(-1)).toEqual({ token: '' });
  });

  it('a token main refuses is shown at the field; the settings are not saved and the dialog stays', async () => {
    const { fake } = renderApp();
    const dialog = await openSettings();
    fireEvent.change(within(dialog).getByLabelText('Service sign-in token'), { target: { value: 'has spaces' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText('A token has no spaces or special characters: paste it exactly as you received it'),
    ).toBeTruthy();
    expect(fake.callsTo('settings:set')).toEqual([]);
  });
});
