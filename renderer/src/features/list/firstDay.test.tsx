import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accepted, outbound, received } from '../../test/fixtures';
import { findRow, renderApp } from '../../test/renderApp';
import { dateField, typeDate } from '../../test/dates';

const HOUR = 3_600_000;
const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString();
const names = async () => (await screen.findAllByTestId('deal-row')).map((r) => r.getAttribute('aria-label')?.split(',')[0]);
const header = (name: string) => screen.getByRole('columnheader', { name });
const tab = (name: string) => screen.getByRole('tab', { name });

/** Issue 14: what a new seller meets on the first screen. */
describe('the first screen', () => {
  it('Inbound opens on Received referrals, soonest expiry first, and shows the Expires arrow', async () => {
    renderApp({
      referrals: [
        accepted({ name: 'Already accepted', updatedDateTime: inHours(-0.1) }),
        received({ name: 'Expires in 3 days', expirationDateTime: inHours(72) }),
        received({ name: 'Expires in 2 hours', expirationDateTime: inHours(2) }),
      ],
    });
    await findRow('Expires in 2 hours');
    expect(await names()).toEqual(['Expires in 2 hours', 'Expires in 3 days', 'Already accepted']);
    expect(header('Expires').getAttribute('aria-sort')).toBe('ascending');
    // The arrow is drawn on the sorted column (MUI marks the active sort label).
    expect(header('Expires').querySelector('.MuiTableSortLabel-root.Mui-active')).not.toBeNull();
  });

  it('Outbound has no Expires column nor Received filter; it sorts by its Updated column, arrow shown', async () => {
    renderApp({ referrals: [received({ name: 'In' }), outbound({ name: 'Out' })] });
    await findRow('In');
    expect(screen.getByRole('button', { name: /^Received/ })).toBeTruthy();
    fireEvent.click(tab('Outbound'));
    await findRow('Out');
    expect(screen.queryByRole('columnheader', { name: 'Expires' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Received/ })).toBeNull();
    expect(header('Updated').getAttribute('aria-sort')).toBe('descending');
  });

  it('Favorites says of each deal whether it is inbound or outbound', async () => {
    const { fake } = renderApp({ referrals: [received({ id: 'a', name: 'Sent to us' }), outbound({ id: 'b', name: 'Ours' })] });
    await findRow('Sent to us');
    await act(async () => {
      await fake.api.invoke('favorites:set', { id: 'a', favorite: true });
      await fake.api.invoke('favorites:set', { id: 'b', favorite: true });
    });
    fireEvent.click(tab('Favorites'));
    expect(within(await findRow('Sent to us')).getByText('Inbound')).toBeTruthy();
    expect(within(await findRow('Ours')).getByText('Outbound')).toBeTruthy();
    expect(header('Direction')).toBeTruthy();
  });

  it('says how many expire today and this week; one click shows just those', async () => {
    renderApp({
      referrals: [
        received({ name: 'Today A', expirationDateTime: inHours(0.5) }),
        received({ name: 'Later this week', expirationDateTime: inHours(24 * 5) }),
        received({ name: 'Next week', expirationDateTime: inHours(24 * 10) }),
        accepted({ name: 'Accepted one' }),
      ],
    });
    const summary = await screen.findByRole('region', { name: 'Expiring soon' });
    // "Today" ends at local midnight: half an hour from now may already be tomorrow, right before midnight.
    const today = new Date(Date.now() + 0.5 * HOUR).getDate() === new Date().getDate() ? 1 : 0;
    await waitFor(() => expect(summary.textContent).toContain(today === 1 ? '1 referral expires today, 2 this week' : ', 2 this week'));
    fireEvent.click(within(summary).getByRole('button', { name: "Show this week's 2" }));
    // "This week" is the next 7 days, today included: both show whether or not "Today A" is still today.
    await waitFor(async () => expect(await names()).toEqual(['Today A', 'Later this week']));
    expect(screen.getByText('Expiring this week')).toBeTruthy();
  });
});

describe('counts and search across tabs', () => {
  it('shows the filtered count beside the total in the tabs and stage buttons', async () => {
    renderApp({
      referrals: [received({ name: 'Contoso rollout' }), received({ name: 'Fabrikam pilot' }), accepted({ name: 'Contoso renewal' })],
    });
    await findRow('Fabrikam pilot');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search deals' }), { target: { value: 'contoso' } });
    await waitFor(() => expect(within(tab('Inbound')).getByText('2 / 3')).toBeTruthy());
    expect(screen.getByRole('button', { name: /^Received/ }).textContent).toContain('1 / 2');
    expect(screen.getByRole('button', { name: /^Accepted/ }).textContent).toContain('1 / 1');
  });

  it('a search with matches in another tab says so, and one click goes there', async () => {
    renderApp({
      referrals: [
        received({ name: 'Contoso inbound' }),
        outbound({ name: 'Contoso outbound 1' }),
        outbound({ name: 'Contoso outbound 2' }),
      ],
    });
    await findRow('Contoso inbound');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search deals' }), { target: { value: 'outbound' } });
    const go = await screen.findByRole('button', { name: '2 matches in Outbound' });
    fireEvent.click(go);
    await waitFor(() => expect(tab('Outbound').getAttribute('aria-selected')).toBe('true'));
    await findRow('Contoso outbound 2');
  });

  it('a reversed close-date range says the dates are the wrong way round, and swaps them in one click', async () => {
    renderApp({
      referrals: [received({ name: 'Closing in June', details: { ...received().details, closingDateTime: '2026-06-15T00:00:00.000Z' } })],
    });
    await findRow('Closing in June');
    await typeDate(dateField('Closes from'), '07/01/2026');
    await typeDate(dateField('Closes by'), '06/01/2026');
    expect((await screen.findByRole('alert')).textContent).toContain('The dates are the wrong way round');
    expect(await screen.findByText('No deals in this range')).toBeTruthy();
    // Said once, by the alert with its Swap button: the empty list does not repeat it.
    expect(screen.getAllByText(/wrong way round/)).toHaveLength(1);
    expect(screen.queryByText(/^No deals match/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Swap the dates' }));
    await findRow('Closing in June');
    expect(screen.queryByText(/wrong way round/)).toBeNull();
  });
});

describe('Undo', () => {
  it('removing a favorite offers Undo, which makes it a favorite again', async () => {
    const { fake } = renderApp({ referrals: [received({ id: 'f', name: 'Loved deal' })] });
    await findRow('Loved deal');
    fireEvent.click(within(await findRow('Loved deal')).getByRole('button', { name: 'Add to favorites' }));
    fireEvent.click(tab('Favorites'));
    fireEvent.click(within(await findRow('Loved deal')).getByRole('button', { name: 'Remove from favorites' }));
    const note = await screen.findByText('Removed from favorites');
    await waitFor(() => expect(screen.queryByRole('row', { name: /^Loved deal,/ })).toBeNull());
    fireEvent.click(within(note.closest('.MuiAlert-root') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await findRow('Loved deal');
    expect(fake.callsTo('favorites:set').at(-1)).toEqual({ id: 'f', favorite: true });
  });

  it('Clear filters offers Undo, which puts the search and stages back', async () => {
    renderApp({ referrals: [received({ name: 'Alpha' }), received({ name: 'Beta' })] });
    await findRow('Beta');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search deals' }), { target: { value: 'alpha' } });
    await waitFor(() => expect(screen.queryByRole('row', { name: /^Beta,/ })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await findRow('Beta');
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.queryByRole('row', { name: /^Beta,/ })).toBeNull());
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search deals' }).value).toBe('alpha');
  });
});
