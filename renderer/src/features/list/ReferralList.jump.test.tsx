import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { outbound } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';

const DEALS = 10_000;
const BASE = Date.parse('2026-11-01T00:00:00.000Z');
/** Deal i is the i-th newest: Outbound's default sort (last updated first) puts it at row i. */
const deals = () =>
  Array.from({ length: DEALS }, (_, i) =>
    outbound({ id: `deal-${i}`, name: `Deal ${String(i).padStart(5, '0')}`, updatedDateTime: new Date(BASE - i * 60_000).toISOString() }),
  );
const rowShown = (grid: HTMLElement, index: number) => grid.querySelector(`[data-testid="deal-row"][aria-rowindex="${index + 2}"]`);
const offsetsAsked = (fake: ReturnType<typeof renderApp>['fake'], from = 0) =>
  fake
    .callsTo('referrals:list')
    .slice(from)
    .map((c) => c.offset as number);

describe('ReferralList random access', () => {
  it('a jump to the end of 10,000 deals reads only the blocks there, and shows their rows', async () => {
    const { fake } = renderApp({ referrals: deals() });
    fireEvent.click(await screen.findByRole('tab', { name: 'Outbound' }));
    const grid = await screen.findByRole('grid', { name: 'Outbound deals' });
    await waitFor(() => expect(rowShown(grid, 0)).not.toBeNull());
    expect(grid.getAttribute('aria-rowcount')).toBe(String(DEALS + 1));
    const before = fake.callsTo('referrals:list').length;

    grid.scrollTop = (DEALS - 10) * 48;
    fireEvent.scroll(grid);
    await waitFor(() => expect(rowShown(grid, DEALS - 1)?.getAttribute('aria-label')).toMatch(/^Deal 09999,/));
    expect(rowShown(grid, DEALS - 10)?.getAttribute('aria-label')).toMatch(/^Deal 09990,/);
    // Only the last blocks, by row number: none of the 9,800 rows in between.
    expect(offsetsAsked(fake, before).every((o) => o >= 9_800)).toBe(true);
    expect(offsetsAsked(fake, before).length).toBeLessThanOrEqual(2);
  });

  it('a fast drag shows the rows where it stops and reads only blocks where it stood, never the rows in between', async () => {
    const { fake } = renderApp({ referrals: deals() });
    fireEvent.click(await screen.findByRole('tab', { name: 'Outbound' }));
    const grid = await screen.findByRole('grid', { name: 'Outbound deals' });
    await waitFor(() => expect(rowShown(grid, 0)).not.toBeNull());
    const before = fake.callsTo('referrals:list').length;
    for (const row of [1_000, 2_500, 4_000, 5_500, 7_000]) {
      grid.scrollTop = row * 48;
      fireEvent.scroll(grid);
    }
    await waitFor(() => expect(rowShown(grid, 7_000)?.getAttribute('aria-label')).toMatch(/^Deal 07000,/));
    const stood = [1_000, 2_500, 4_000, 5_500, 7_000];
    // While it moves, blocks are asked for at most every 40 ms (how many depends on the machine's speed), and
    // only ever around a row the scroll stood at.
    expect(offsetsAsked(fake, before).every((o) => stood.some((row) => o >= row - 100 && o <= row))).toBe(true);
  });

  it('a change while the seller is at row 5,000 reads the blocks on screen again, at the same row numbers, and stays there', async () => {
    const { fake } = renderApp({ referrals: deals() });
    fireEvent.click(await screen.findByRole('tab', { name: 'Outbound' }));
    const grid = await screen.findByRole('grid', { name: 'Outbound deals' });
    await waitFor(() => expect(rowShown(grid, 0)).not.toBeNull());
    grid.scrollTop = 5_000 * 48;
    fireEvent.scroll(grid);
    await waitFor(() => expect(rowShown(grid, 5_000)?.getAttribute('aria-label')).toMatch(/^Deal 05000,/));
    const before = fake.callsTo('referrals:list').length;

    // Sync brings a newer version of deal 9,000: it moves to the top, and every row above its old place moves down one.
    fake.referral('deal-9000').updatedDateTime = new Date(BASE + 60_000).toISOString();
    fake.emit('referrals:changed', { ids: ['deal-9000'] });
    await waitFor(() => expect(rowShown(grid, 5_000)?.getAttribute('aria-label')).toMatch(/^Deal 04999,/));
    expect(grid.scrollTop).toBe(5_000 * 48);
    expect(grid.getAttribute('aria-rowcount')).toBe(String(DEALS + 1));
    // Only the blocks on screen were read again, not the top of the list nor anything in between.
    expect(offsetsAsked(fake, before).length).toBeGreaterThan(0);
    expect(offsetsAsked(fake, before).every((o) => o >= 4_900 && o <= 5_000)).toBe(true);
  });
});
