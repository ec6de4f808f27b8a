import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeReferral, outbound, received } from '../../test/fixtures';
import { findRow, renderApp } from '../../test/renderApp';

describe('ReferralList', () => {
  it('renders deal rows with value, type, stage, expiry and the unsynced marker', async () => {
    const base = received();
    renderApp({ referrals: [received({ name: 'Contoso rollout', details: { ...base.details, dealValue: '1200.5', currency: 'EUR' } })] });
    const row = await findRow('Contoso rollout');
    expect(row.getAttribute('data-testid')).toBe('deal-row');
    expect(within(row).getByText('€1,200.50')).toBeTruthy();
    expect(within(row).getByText('Co-sell')).toBeTruthy();
    expect(within(row).getByText('Received')).toBeTruthy();
    expect(within(row).getByText(/^\dd \d+h left$/)).toBeTruthy();
    expect(within(row).queryByLabelText('Not yet synced')).toBeNull();
  });

  it('toggles the heart in one click each way, flipping its label, without selecting the row', async () => {
    const { fake } = renderApp({ referrals: [received({ id: 'r1', name: 'Fabrikam' })] });
    const row = await findRow('Fabrikam');
    fireEvent.click(within(row).getByRole('button', { name: 'Add to favorites' }));
    expect(await within(row).findByRole('button', { name: 'Remove from favorites' })).toBeTruthy();
    expect(fake.callsTo('favorites:set')).toEqual([{ id: 'r1', favorite: true }]);
    expect(screen.queryByTestId('deal-detail')).toBeNull();

    fireEvent.click(within(row).getByRole('button', { name: 'Remove from favorites' }));
    expect(await within(row).findByRole('button', { name: 'Add to favorites' })).toBeTruthy();
    expect(fake.callsTo('favorites:set').at(-1)).toEqual({ id: 'r1', favorite: false });
  });

  it('puts the heart back and says why when the main process refuses', async () => {
    const { fake } = renderApp({ referrals: [received({ name: 'Tailspin' })] });
    const row = await findRow('Tailspin');
    fake.failNext('favorites:set', { code: 'INTERNAL', message: 'The favorite could not be saved.' });
    fireEvent.click(within(row).getByRole('button', { name: 'Add to favorites' }));
    expect(await screen.findByText('The favorite could not be saved.')).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Add to favorites' })).toBeTruthy();
  });

  it('switches tabs by their exact names and asks for that tab', async () => {
    const { fake } = renderApp({ referrals: [received({ name: 'Inbound deal' }), outbound({ name: 'Outbound deal' })] });
    await findRow('Inbound deal');
    expect(fake.callsTo('referrals:list')[0]).toMatchObject({ tab: 'inbound', offset: 0, limit: 100 });

    fireEvent.click(screen.getByRole('tab', { name: 'Outbound' }));
    expect(await findRow('Outbound deal')).toBeTruthy();
    expect(screen.queryByRole('row', { name: /^Inbound deal,/ })).toBeNull();
    expect(fake.callsTo('referrals:list').at(-1)).toMatchObject({ tab: 'outbound' });
    expect(screen.getByRole('tab', { name: 'Outbound' }).getAttribute('aria-selected')).toBe('true');

    fireEvent.click(screen.getByRole('tab', { name: 'Favorites' }));
    expect(await screen.findByText('No deals here yet')).toBeTruthy();
    expect(screen.getByText('Click the heart on a deal to keep it here.')).toBeTruthy();
    expect(fake.callsTo('referrals:list').at(-1)).toMatchObject({ tab: 'favorites' });
  });

  it('shows counts beside the tabs without changing their names', async () => {
    renderApp({ referrals: [received(), received(), outbound()] });
    expect(await screen.findByLabelText('2 deals')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Inbound' })).toBeTruthy();
    expect(screen.getByLabelText('1 deal')).toBeTruthy();
  });

  it('filters by stage, several at once, and back to every stage', async () => {
    const { fake } = renderApp({
      referrals: [received({ name: 'New one' }), makeReferral({ name: 'Won one', status: 'Closed', substatus: 'Won' })],
    });
    await findRow('New one');
    fireEvent.click(screen.getByRole('button', { name: 'Archived' }));
    expect(await findRow('Won one')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('row', { name: /^New one,/ })).toBeNull());
    expect(fake.callsTo('referrals:list').at(-1)).toMatchObject({ tab: 'inbound', stages: ['archived'] });
    expect(screen.getByRole('button', { name: 'Archived' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Received' }));
    await waitFor(() => expect(fake.callsTo('referrals:list').at(-1)).toMatchObject({ stages: ['archived', 'received'] }));
    expect(await findRow('New one')).toBeTruthy();
  });

  it('sorts by a column header and says so with aria-sort', async () => {
    const { fake } = renderApp({ referrals: [received({ name: 'Beta' }), received({ name: 'Alpha' })] });
    await findRow('Beta');
    const header = screen.getByRole('columnheader', { name: 'Deal' });
    expect(header.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(header).getByRole('button'));
    await waitFor(() => expect(header.getAttribute('aria-sort')).toBe('ascending'));
    expect(fake.callsTo('referrals:list').at(-1)).toMatchObject({ sort: { column: 'name', direction: 'asc' } });
    await waitFor(() => expect(screen.getAllByTestId('deal-row')[0]?.getAttribute('aria-label')).toMatch(/^Alpha,/));
    fireEvent.click(within(header).getByRole('button'));
    await waitFor(() => expect(header.getAttribute('aria-sort')).toBe('descending'));
  });

  it('reads the next block by row number when scrolled near its start, and nothing more', async () => {
    const referrals = Array.from({ length: 150 }, (_, i) => received({ name: `Deal ${String(i).padStart(3, '0')}` }));
    const { fake } = renderApp({ referrals });
    const grid = await screen.findByRole('grid');
    await waitFor(() => expect(screen.getAllByTestId('deal-row').length).toBeGreaterThan(5));
    expect(fake.callsTo('referrals:list')).toHaveLength(1);
    expect(grid.getAttribute('aria-rowcount')).toBe('151');

    grid.scrollTop = 90 * 48;
    fireEvent.scroll(grid);
    await waitFor(() => expect(fake.callsTo('referrals:list')).toHaveLength(2));
    expect(fake.callsTo('referrals:list')[1]).toMatchObject({ offset: 100, limit: 100 });
    grid.scrollTop = 140 * 48;
    fireEvent.scroll(grid);
    await waitFor(() => expect(grid.querySelector('[data-testid="deal-row"][aria-rowindex="151"]')).not.toBeNull());
    expect(fake.callsTo('referrals:list')).toHaveLength(2);
  });

  it('the scrollbar spans every matching deal from the first page; rows not loaded yet show as placeholders', async () => {
    const referrals = Array.from({ length: 150 }, (_, i) => received({ name: `Deal ${String(i).padStart(3, '0')}` }));
    const { fake } = renderApp({ referrals });
    const grid = await screen.findByRole('grid');
    await waitFor(() => expect(screen.getAllByTestId('deal-row').length).toBeGreaterThan(5));
    const body = within(grid).getAllByRole('rowgroup').at(-1)!;
    expect(body.style.height).toBe(`${150 * 48}px`);
    fake.failNext('referrals:list', { code: 'UNAVAILABLE', message: 'The main process is busy.' });
    grid.scrollTop = 130 * 48;
    fireEvent.scroll(grid);
    const pending = await screen.findAllByTestId('deal-row-pending');
    expect(Number(pending.at(-1)?.getAttribute('aria-rowindex'))).toBeGreaterThan(130);
    // The page failed: it says so where the rows are missing, asks once more only when told to, then fills in.
    const retry = await within(grid).findByRole('button', { name: 'Try again' });
    expect(within(grid).getByText('More deals could not be loaded.')).toBeTruthy();
    expect(fake.callsTo('referrals:list')).toHaveLength(2);
    fireEvent.click(retry);
    await waitFor(() => expect(grid.querySelector('[data-testid="deal-row"][aria-rowindex="141"]')).not.toBeNull());
    expect(screen.queryAllByTestId('deal-row-pending')).toEqual([]);
  });

  it('moves between rows with the arrow keys and opens one with Enter', async () => {
    renderApp({ referrals: [received({ name: 'First' }), received({ name: 'Second' })] });
    await findRow('First');
    const [top, below] = screen.getAllByTestId('deal-row');
    top?.focus();
    fireEvent.keyDown(top!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(below));
    fireEvent.keyDown(below!, { key: 'Enter' });
    expect(await screen.findByTestId('deal-detail')).toBeTruthy();
  });

  it('marks deals with changes waiting to be sent', async () => {
    const { fake } = renderApp({ referrals: [received({ id: 'r9', name: 'Pending deal' })] });
    await findRow('Pending deal');
    fireEvent.click(await findRow('Pending deal'));
    fireEvent.click(await screen.findByRole('button', { name: 'Decline' }));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Reason' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Not a customer' }));
    fireEvent.click(screen.getByRole('button', { name: 'Decline referral' }));
    const row = await findRow('Pending deal');
    expect(await within(row).findByLabelText('Not yet synced')).toBeTruthy();
    expect(fake.referral('r9').substatus).toBe('Declined');
  });
});
