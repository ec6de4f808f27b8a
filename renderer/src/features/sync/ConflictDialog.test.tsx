import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConflictView } from '../../../../shared/ipc';
import { accepted } from '../../test/fixtures';
import { findRow, renderApp } from '../../test/renderApp';

const valueConflict = (referralId: string, dealName: string): ConflictView => ({
  referralId,
  dealName,
  currency: 'USD',
  createdAt: '2026-11-24T10:00:00.000Z',
  fields: [{ field: 'details.dealValue', local: '11111.00', server: '22222.00' }],
});
const twoFields = (referralId: string, dealName: string): ConflictView => ({
  ...valueConflict(referralId, dealName),
  fields: [
    { field: 'details.dealValue', local: '11111.00', server: '22222.00' },
    { field: 'details.notes', local: 'Our note', server: '' },
  ],
});

const chip = () => screen.findByRole('button', { name: /conflicts? needs? a decision/ });
const dialog = () => screen.findByRole('dialog', { name: 'Choose which values to keep' });

describe('Conflict dialog', () => {
  it('opens from the status bar chip; both values side by side in plain words; Keep sends the choice and closes', async () => {
    const { fake } = renderApp({
      referrals: [accepted({ id: 'r1', name: 'Contoso data platform' })],
      conflicts: [valueConflict('r1', 'Contoso data platform')],
    });
    expect((await chip()).textContent).toBe('1 conflict needs a decision');
    fireEvent.click(await chip());
    const d = await dialog();
    expect(within(d).getByText('Contoso data platform')).toBeTruthy();
    const group = within(d).getByRole('radiogroup', { name: 'Value' });
    const mine = within(group).getByRole('radio', { name: /Your value.*\$11,111\.00/ });
    const theirs = within(group).getByRole('radio', { name: /Service value.*\$22,222\.00/ });
    expect([mine, theirs].map((r) => (r as HTMLInputElement).checked)).toEqual([false, false]);
    const keep = within(d).getByRole('button', { name: 'Keep these values' });
    expect(keep.hasAttribute('disabled')).toBe(true);
    expect(within(d).getByText('Choose a value for each field.')).toBeTruthy();

    fireEvent.click(theirs);
    expect(keep.hasAttribute('disabled')).toBe(false);
    fireEvent.click(keep);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Choose which values to keep' })).toBeNull());
    expect(fake.callsTo('sync:resolveConflict')).toEqual([{ referralId: 'r1', choices: { 'details.dealValue': 'server' } }]);
    expect(await screen.findByText('Your choice for "Contoso data platform" is saved and will be sent to the service.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: /needs? a decision/ })).toBeNull());
  });

  it('every field must be chosen; with several deals waiting, the next one follows', async () => {
    const { fake } = renderApp({
      referrals: [accepted({ id: 'a', name: 'Alpha' }), accepted({ id: 'b', name: 'Beta' })],
      conflicts: [twoFields('a', 'Alpha'), valueConflict('b', 'Beta')],
    });
    expect((await chip()).textContent).toBe('2 conflicts need a decision');
    fireEvent.click(await chip());
    let d = await dialog();
    expect(within(d).getByText('Alpha')).toBeTruthy();
    expect(within(d).getByText('One more deal waits for a decision after this one.')).toBeTruthy();
    expect(within(within(d).getByRole('radiogroup', { name: 'Notes' })).getByRole('radio', { name: /Service value.*Empty/ })).toBeTruthy();
    fireEvent.click(within(d).getByRole('radio', { name: /Your value.*\$11,111\.00/ }));
    const keep = within(d).getByRole('button', { name: 'Keep these values' });
    expect(keep.hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(d).getByRole('radio', { name: /Your value.*Our note/ }));
    fireEvent.click(keep);
    await waitFor(async () => expect(within(await dialog()).getByText('Beta')).toBeTruthy());
    d = await dialog();
    fireEvent.click(within(d).getByRole('radio', { name: /Your value/ }));
    fireEvent.click(within(d).getByRole('button', { name: 'Keep these values' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Choose which values to keep' })).toBeNull());
    expect(fake.callsTo('sync:resolveConflict')).toEqual([
      { referralId: 'a', choices: { 'details.dealValue': 'local', 'details.notes': 'local' } },
      { referralId: 'b', choices: { 'details.dealValue': 'local' } },
    ]);
  });

  it("opens from the deal's detail, for that deal only", async () => {
    renderApp({
      referrals: [accepted({ id: 'a', name: 'Alpha' }), accepted({ id: 'b', name: 'Beta' })],
      conflicts: [valueConflict('a', 'Alpha'), valueConflict('b', 'Beta')],
    });
    fireEvent.click(await findRow('Beta'));
    const panel = await screen.findByTestId('deal-detail');
    expect(await within(panel).findByText(/Changed here and on the referrals service/)).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Choose values' }));
    const d = await dialog();
    expect(within(d).getByText('Beta')).toBeTruthy();
    expect(within(d).queryByText(/more deal/)).toBeNull();
    fireEvent.click(within(d).getByRole('button', { name: 'Decide later' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Choose which values to keep' })).toBeNull());
  });

  it('a refusal is shown in the dialog, which stays open', async () => {
    const { fake } = renderApp({ referrals: [accepted({ id: 'r1', name: 'Gamma' })], conflicts: [valueConflict('r1', 'Gamma')] });
    fireEvent.click(await chip());
    const d = await dialog();
    fake.failNext('sync:resolveConflict', {
      code: 'NOT_FOUND',
      message: 'This deal has no conflict waiting for a decision (it may have been resolved already).',
    });
    fireEvent.click(within(d).getByRole('radio', { name: /Your value/ }));
    fireEvent.click(within(d).getByRole('button', { name: 'Keep these values' }));
    expect(await within(d).findByText(/no conflict waiting for a decision/)).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Choose which values to keep' })).toBeTruthy();
  });

  it('asks for conflicts again when a sync pass ends; no service, no question and no chip', async () => {
    const { fake } = renderApp({ referrals: [accepted({ id: 'r1', name: 'Delta' })] });
    await screen.findByText('Online');
    await waitFor(() => expect(fake.callsTo('sync:conflicts')).toHaveLength(1));
    const status = { online: true, serviceConfigured: true, syncing: true, lastSyncAt: null, pendingChanges: 1, lastError: null };
    act(() => fake.emit('sync:status', status));
    await screen.findByText('Syncing…');
    fake.conflicts.push(valueConflict('r1', 'Delta'));
    act(() => fake.emit('sync:status', { ...status, syncing: false }));
    expect((await chip()).textContent).toBe('1 conflict needs a decision');

    const offline = renderApp({ sync: { serviceConfigured: false, online: false }, conflicts: [valueConflict('r1', 'Delta')] });
    await screen.findAllByText('Service not set up: working offline');
    expect(offline.fake.callsTo('sync:conflicts')).toEqual([]);
  });
});
