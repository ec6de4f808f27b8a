import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accepted, outbound, received } from '../../test/fixtures';
import { findRow, renderApp } from '../../test/renderApp';

const press = (key: string, init: KeyboardEventInit = {}, target: Element = document.body) => fireEvent.keyDown(target, { key, ...init });

describe('keyboard shortcuts', () => {
  it('switches tabs with Ctrl+1/2/3 and focuses the search with Ctrl+F and /', async () => {
    renderApp({ referrals: [received({ name: 'In' }), outbound({ name: 'Out' })] });
    await findRow('In');
    press('2', { ctrlKey: true });
    expect(await findRow('Out')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Outbound' }).getAttribute('aria-selected')).toBe('true');
    press('3', { ctrlKey: true });
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Favorites' }).getAttribute('aria-selected')).toBe('true'));
    press('1', { ctrlKey: true });
    expect(await findRow('In')).toBeTruthy();

    const search = screen.getByRole('searchbox', { name: 'Search deals' });
    press('/');
    await waitFor(() => expect(document.activeElement).toBe(search));
    search.blur();
    press('f', { ctrlKey: true });
    await waitFor(() => expect(document.activeElement).toBe(search));
  });

  it('/ then Esc puts focus back on the list, where the arrow keys move; Esc closes the open deal onto its row', async () => {
    renderApp({
      referrals: [
        received({ name: 'First', expirationDateTime: new Date(Date.now() + 3_600_000).toISOString() }),
        received({ name: 'Second' }),
      ],
    });
    const first = await findRow('First');
    press('/');
    const search = screen.getByRole('searchbox', { name: 'Search deals' });
    await waitFor(() => expect(document.activeElement).toBe(search));
    press('Escape', {}, search);
    expect(document.activeElement).toBe(first);
    // Focus is where the arrow keys work: ArrowDown moves to the next row.
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    await waitFor(async () => expect(document.activeElement).toBe(await findRow('Second')));

    fireEvent.click(await findRow('Second'));
    // The detail panel's code loads on first use: allow for a slow first import.
    expect(await screen.findByRole('button', { name: 'Close details' }, { timeout: 10_000 })).toBeTruthy();
    press('Escape', {}, screen.getByRole('button', { name: 'Close details' }));
    await waitFor(() => expect(screen.queryByTestId('deal-detail')).toBeNull());
    await waitFor(async () => expect(document.activeElement).toBe(await findRow('Second')));
  });

  it('a skip link, the first Tab stop, goes straight to the list', async () => {
    renderApp({ referrals: [received({ name: 'Only deal' })] });
    const row = await findRow('Only deal');
    const skip = screen.getByRole('link', { name: 'Skip to the deal list' });
    // First in the page's tab order: nothing focusable comes before it.
    const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex="0"]')];
    expect(focusable[0]).toBe(skip);
    fireEvent.click(skip);
    expect(document.activeElement).toBe(row);
  });

  it('never fires while typing in a field', async () => {
    const { fake } = renderApp({ referrals: [received({ name: 'Typing' })] });
    await findRow('Typing');
    const search = screen.getByRole('searchbox', { name: 'Search deals' });
    search.focus();
    for (const key of ['n', '?', 'f', 'a', '2']) press(key, {}, search);
    press('2', { ctrlKey: true }, search);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('tab', { name: 'Inbound' }).getAttribute('aria-selected')).toBe('true');
    expect(fake.callsTo('favorites:set')).toEqual([]);
  });

  it('F favorites the focused or open deal; A and D open Accept and Decline on a Received one', async () => {
    const { fake } = renderApp({ referrals: [received({ id: 'r1', name: 'Keyed' }), accepted({ id: 'r2', name: 'Going' })] });
    const row = await findRow('Keyed');
    row.focus();
    press('f', {}, row);
    await waitFor(() => expect(fake.callsTo('favorites:set')).toEqual([{ id: 'r1', favorite: true }]));
    expect(await within(row).findByRole('button', { name: 'Remove from favorites' })).toBeTruthy();

    press('a', {}, row);
    expect(await screen.findByRole('dialog', { name: 'Accept referral' })).toBeTruthy();
    expect(screen.getByTestId('deal-detail')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    press('d');
    expect(await screen.findByRole('dialog', { name: 'Decline referral' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // An Accepted deal cannot be accepted or declined: the letters do nothing there.
    fireEvent.click(await findRow('Going'));
    await screen.findByRole('heading', { level: 2, name: 'Going' });
    press('a');
    press('d');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('N opens the new deal form and ? lists every shortcut', async () => {
    renderApp({ referrals: [received({ name: 'Any' })] });
    await findRow('Any');
    press('?', { shiftKey: true });
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const text of [
      'Show Inbound',
      'Search deals',
      'Add or remove the deal from favorites',
      'Accept a Received referral',
      'New deal',
      'Open Settings',
    ]) {
      expect(within(help).getByText(text)).toBeTruthy();
    }
    fireEvent.click(within(help).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    press('n');
    expect(await screen.findByRole('dialog', { name: 'New deal' })).toBeTruthy();
  });

  it('lists the shortcuts in Russian when the window is in Russian', async () => {
    renderApp({ referrals: [received({ name: 'Any' })], settings: { language: 'ru' } });
    await findRow('Any');
    press('?', { shiftKey: true });
    const help = await screen.findByRole('dialog', { name: 'Сочетания клавиш' });
    for (const text of ['Показать входящие', 'Искать сделки', 'Принять полученную рекомендацию', 'Открыть настройки']) {
      expect(within(help).getByText(text)).toBeTruthy();
    }
    expect(within(help).getAllByText('или').length).toBeGreaterThan(0);
    fireEvent.click(within(help).getByRole('button', { name: 'Закрыть' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
