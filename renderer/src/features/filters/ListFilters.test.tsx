import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { received } from '../../test/fixtures';
import { findRow, renderApp } from '../../test/renderApp';
import { dateField, typeDate } from '../../test/dates';

const base = received();
const deals = () => [
  received({
    name: 'Contoso cloud move',
    externalReferenceId: 'CRM-777',
    customerProfile: { ...base.customerProfile, name: 'Contoso Ltd' },
  }),
  received({
    name: 'Fabrikam security',
    campaignId: 'FY26-SEC',
    consent: { consentToShareReferralWithMicrosoftSellers: false, consentToShareCustomerContact: false },
    customerProfile: { ...base.customerProfile, name: 'Fabrikam AG' },
    details: { ...base.details, closingDateTime: '2027-03-15T00:00:00.000Z', notes: 'Wants a pilot' },
  }),
];

const lastList = (fake: ReturnType<typeof renderApp>['fake']) => fake.callsTo('referrals:list').at(-1);

describe('ListFilters', () => {
  it('searches after a short pause, once, with the search parameter', async () => {
    const { fake } = renderApp({ referrals: deals() });
    await findRow('Contoso cloud move');
    const before = fake.callsTo('referrals:list').length;
    const box = screen.getByRole('searchbox', { name: 'Search deals' });
    fireEvent.change(box, { target: { value: 'p' } });
    fireEvent.change(box, { target: { value: 'pil' } });
    fireEvent.change(box, { target: { value: 'pilot' } });
    expect(fake.callsTo('referrals:list')).toHaveLength(before);
    await waitFor(() => expect(lastList(fake)).toMatchObject({ search: 'pilot' }));
    expect(fake.callsTo('referrals:list')).toHaveLength(before + 1);
    await waitFor(() => expect(screen.queryByRole('row', { name: /^Contoso cloud move,/ })).toBeNull());
    expect(await findRow('Fabrikam security')).toBeTruthy();
  });

  it('sends type, customer and close-date range as list parameters', async () => {
    const { fake } = renderApp({ referrals: deals() });
    await findRow('Contoso cloud move');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Type' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Private' }));
    await waitFor(() => expect(lastList(fake)).toMatchObject({ dealType: 'privatePipeline' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Customer' }), { target: { value: 'fabri' } });
    await waitFor(() => expect(lastList(fake)).toMatchObject({ customer: 'fabri' }));
    await typeDate(dateField('Closes from'), '03/01/2027');
    await typeDate(dateField('Closes by'), '03/31/2027');
    await waitFor(() =>
      expect(lastList(fake)).toMatchObject({ closeFrom: '2027-03-01T00:00:00.000Z', closeTo: '2027-03-31T00:00:00.000Z' }),
    );
    expect(await findRow('Fabrikam security')).toBeTruthy();
    expect(screen.queryByRole('row', { name: /^Contoso cloud move,/ })).toBeNull();
  });

  it('says which filters match nothing and clears them all with one button', async () => {
    renderApp({ referrals: deals() });
    await findRow('Contoso cloud move');
    fireEvent.click(screen.getByRole('button', { name: 'Received' }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search deals' }), { target: { value: 'nothing like this' } });
    const status = await screen.findByText('No Received deals match “nothing like this”');
    expect(status).toBeTruthy();
    const clear = screen.getAllByRole('button', { name: 'Clear filters' });
    fireEvent.click(clear.at(-1)!);
    // Back to the unfiltered list (served from the cache of the first load, so no new call is needed).
    expect(await findRow('Contoso cloud move')).toBeTruthy();
    expect(await findRow('Fabrikam security')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Received' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search deals' }).value).toBe('');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  it('shows an empty tab without filters as empty, not as filtered', async () => {
    renderApp({ referrals: [] });
    expect(await screen.findByText('No deals here yet')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });
});
