import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accepted, archived, received } from '../../test/fixtures';
import { findRow, renderApp } from '../../test/renderApp';

async function open(name: string) {
  fireEvent.click(await findRow(name));
  const panel = await screen.findByTestId('deal-detail');
  await within(panel).findByRole('heading', { level: 2, name });
  return panel;
}

async function chooseReason(label: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Reason' }));
  fireEvent.click(await screen.findByRole('option', { name: label }));
}

describe('DealDetail', () => {
  it("shows how to reach the sender and who at Microsoft engaged; the deal's own amount with its US-dollar equivalent", async () => {
    renderApp({
      referrals: [
        received({
          name: 'Yen referral',
          senderName: 'Kenji Sato (Microsoft)',
          senderEmail: 'kenji.sato@microsoft.example',
          senderPhone: '+81 3 5555 0100',
          details: {
            dealValue: '265876000',
            currency: 'JPY',
            closingDateTime: '2027-03-31T00:00:00.000Z',
            notes: '',
            requirements: { solutions: [] },
          },
        }),
      ],
    });
    const panel = await open('Yen referral');
    const email = within(panel).getByRole('link', { name: 'kenji.sato@microsoft.example' });
    expect(email.getAttribute('href')).toBe('mailto:kenji.sato@microsoft.example');
    // A long address is cut, not broken mid-word: the whole of it is on hover, and a line breaks only after the "@".
    expect(email.getAttribute('title')).toBe('kenji.sato@microsoft.example');
    expect([...email.querySelectorAll('span')].map((part) => part.textContent)).toEqual(['kenji.sato@', 'microsoft.example']);
    expect(within(panel).getByRole('link', { name: '+81 3 5555 0100' }).getAttribute('href')).toBe('tel:+81 3 5555 0100');
    expect(within(panel).getByText('¥265,876,000')).toBeTruthy();
    expect(within(panel).getByText('≈ $1,661,725.00 at the rates of Nov 30, 2026')).toBeTruthy();
    const row = await findRow('Yen referral');
    expect(within(row).getByText('¥265,876,000').getAttribute('title')).toBe('≈ $1,661,725.00 in US dollars');
  });

  it('a won deal no longer waits for Microsoft; "Asked by" names the person, and who engaged is shown', async () => {
    const invite = {
      helpType: 'QuotesAndLicensing' as const,
      notes: '',
      invitedBy: 'ada@partner.example',
      invitedDateTime: '2026-10-01T09:00:00.000Z',
      respondByDateTime: '2026-10-15T09:00:00.000Z',
    };
    renderApp({
      referrals: [
        archived({
          name: 'Won while waiting',
          direction: 'outbound',
          substatus: 'Won',
          statusReason: undefined,
          inviteContext: { ...invite, microsoftResponse: 'pending' },
        }),
        accepted({
          name: 'Engaged deal',
          direction: 'outbound',
          inviteContext: {
            ...invite,
            microsoftResponse: 'engaged',
            engagedBy: { name: 'Maria Garcia', email: 'maria.garcia@microsoft.example', phoneNumber: '+1 425 555 0199' },
          },
        }),
      ],
    });
    fireEvent.click(await screen.findByRole('tab', { name: 'Outbound' }));
    let panel = await open('Won while waiting');
    expect(within(panel).getByText('No answer before the deal closed')).toBeTruthy();
    expect(within(panel).queryByText('Waiting for Microsoft')).toBeNull();
    expect(within(panel).queryByText('Answer due')).toBeNull();
    expect(within(panel).getByText(/^Ada Lovelace on /)).toBeTruthy();
    panel = await open('Engaged deal');
    expect(within(panel).getByText('Microsoft engaged')).toBeTruthy();
    expect(within(panel).getByText('Maria Garcia · maria.garcia@microsoft.example · +1 425 555 0199')).toBeTruthy();
  });

  it('in Russian, what the seller did says "Вы", not the stored "You": in the history and in "Asked by"', async () => {
    const { fake } = renderApp({
      settings: { language: 'ru' },
      referrals: [
        accepted({
          id: 'ru1',
          name: 'Своя сделка',
          direction: 'outbound',
          inviteContext: {
            helpType: 'QuotesAndLicensing',
            notes: '',
            invitedBy: 'You',
            invitedDateTime: '2026-10-01T09:00:00.000Z',
            respondByDateTime: '2026-10-15T09:00:00.000Z',
            microsoftResponse: 'pending',
          },
        }),
      ],
    });
    await act(async () => {
      await fake.api.invoke('referrals:act', { id: 'ru1', action: { type: 'setSalesStage', salesStage: 'Develop' } });
    });
    fireEvent.click(await screen.findByRole('tab', { name: 'Исходящие' }));
    const panel = await open('Своя сделка');
    expect(within(panel).getByText(/^Вы, /)).toBeTruthy();
    const history = within(panel).getByRole('region', { name: 'История' });
    expect(history.textContent).toMatch(/Вы · /);
    expect(panel.textContent).not.toMatch(/\bYou\b/);
  });

  it('opens on row click with the deal, its customer, team and history', async () => {
    renderApp({ referrals: [received({ name: 'Northwind upgrade', externalReferenceId: 'CRM-42', campaignId: 'CMP-7' })] });
    const panel = await open('Northwind upgrade');
    expect(within(panel).getByText('CRM-42')).toBeTruthy();
    expect(within(panel).getByText('CMP-7')).toBeTruthy();
    expect(within(panel).getByText('123456789')).toBeTruthy();
    expect(within(panel).getByText('Ada Lovelace')).toBeTruthy();
    expect(within(panel).getByRole('heading', { name: 'History' })).toBeTruthy();
    expect((await findRow('Northwind upgrade')).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(within(panel).getByRole('button', { name: 'Close details' }));
    await waitFor(() => expect(screen.queryByTestId('deal-detail')).toBeNull());
  });

  it('a deal created offline that gets its service id at sync stays open, selected under the new id', async () => {
    const { fake } = renderApp({ referrals: [accepted({ id: 'local-7', name: 'Offline pipeline deal' })] });
    const panel = await open('Offline pipeline deal');
    const lists = fake.callsTo('referrals:list').length;
    fake.rekey('local-7', 'srv-7');
    fake.emit('referrals:changed', { ids: ['local-7', 'srv-7'] });
    await waitFor(() => expect(fake.callsTo('referrals:list').length).toBeGreaterThan(lists));
    await waitFor(async () => expect((await findRow('Offline pipeline deal')).getAttribute('data-deal-id')).toBe('srv-7'));
    expect((await findRow('Offline pipeline deal')).getAttribute('aria-selected')).toBe('true');
    expect(within(panel).getByRole('heading', { level: 2, name: 'Offline pipeline deal' })).toBeTruthy();
  });

  it('offers Accept and Decline on Received only, a read-only note on Archived', async () => {
    renderApp({
      referrals: [
        received({ name: 'Fresh' }),
        accepted({ name: 'Going' }),
        archived({ name: 'Gone', statusReason: 'CustomerChoseAnotherVendor' }),
      ],
    });
    let panel = await open('Fresh');
    expect(within(panel).getByRole('button', { name: 'Accept' })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Decline' })).toBeTruthy();

    panel = await open('Going');
    expect(within(panel).queryByRole('button', { name: 'Accept' })).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Decline' })).toBeNull();

    panel = await open('Gone');
    expect(within(panel).queryByRole('button', { name: 'Accept' })).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Decline' })).toBeNull();
    expect(within(panel).getByText('Archived deals are read-only')).toBeTruthy();
    expect(within(panel).getAllByText(/Customer chose another vendor/).length).toBeGreaterThan(0);
  });

  it('declining with "Others" needs notes: the message shows at the field and nothing is sent until then', async () => {
    const { fake } = renderApp({ referrals: [received({ id: 'd1', name: 'Litware' })] });
    const panel = await open('Litware');
    fireEvent.click(within(panel).getByRole('button', { name: 'Decline' }));
    fireEvent.click(screen.getByRole('button', { name: 'Decline referral' }));
    expect(await screen.findByText('Choose a reason from the list')).toBeTruthy();

    await chooseReason('Others');
    fireEvent.click(screen.getByRole('button', { name: 'Decline referral' }));
    const notes = screen.getByRole('textbox', { name: /Notes/ });
    expect(await screen.findByText('Add a note explaining the reason when you choose "Others"')).toBeTruthy();
    expect(notes.getAttribute('aria-invalid')).toBe('true');
    expect(fake.callsTo('referrals:act')).toEqual([]);

    fireEvent.change(notes, { target: { value: 'Customer merged with another account' } });
    fireEvent.click(screen.getByRole('button', { name: 'Decline referral' }));
    expect(await screen.findByText('Referral declined')).toBeTruthy();
    expect(fake.callsTo('referrals:act')).toEqual([
      { id: 'd1', action: { type: 'decline', reason: 'Others', notes: 'Customer merged with another account' } },
    ]);
    expect(await within(panel).findByText('Archived deals are read-only')).toBeTruthy();
    expect(within(panel).getAllByText('Not yet synced').length).toBeGreaterThan(0);
  });

  it('accepts with edits, sending only what changed, and confirms with a snackbar', async () => {
    const { fake } = renderApp({ referrals: [received({ id: 'a1', name: 'Adatum' })] });
    const panel = await open('Adatum');
    fireEvent.click(within(panel).getByRole('button', { name: 'Accept' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Deal name/ }), { target: { value: 'Adatum phase 2' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Estimated value/ }), { target: { value: '30000.50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Accept referral' }));
    expect(await screen.findByText('Referral accepted')).toBeTruthy();
    expect(fake.callsTo('referrals:act')).toEqual([
      { id: 'a1', action: { type: 'accept', edits: { name: 'Adatum phase 2', dealValue: '30000.50' }, addTeam: [] } },
    ]);
    expect(await within(panel).findByRole('heading', { level: 2, name: 'Adatum phase 2' })).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Accept' })).toBeNull();
  });

  it('accepts and adds a team member in the same step, the half-typed one included', async () => {
    const { fake } = renderApp({ referrals: [received({ id: 'a2', name: 'Tailwind' })] });
    const panel = await open('Tailwind');
    fireEvent.click(within(panel).getByRole('button', { name: 'Accept' }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept referral' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /First name/ }), { target: { value: 'Mae' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Last name/ }), { target: { value: 'Jemison' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Phone/ }), { target: { value: '+1 555 0199' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Email/ }), { target: { value: 'ada@partner.example' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Accept referral' }));
    expect(await within(dialog).findByText('ada@partner.example is already on the team')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Email/ }), { target: { value: 'mae@partner.example' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Accept referral' }));
    expect(await screen.findByText('Referral accepted')).toBeTruthy();
    expect(fake.callsTo('referrals:act')).toEqual([
      {
        id: 'a2',
        action: {
          type: 'accept',
          edits: {},
          addTeam: [{ firstName: 'Mae', lastName: 'Jemison', phoneNumber: '+1 555 0199', email: 'mae@partner.example' }],
        },
      },
    ]);
    expect(await within(panel).findByText('Mae Jemison')).toBeTruthy();
  });

  it('checks accept input with the shared schema before sending', async () => {
    const { fake } = renderApp({ referrals: [received({ name: 'Wingtip' })] });
    const panel = await open('Wingtip');
    fireEvent.click(within(panel).getByRole('button', { name: 'Accept' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Estimated value/ }), { target: { value: '12,5' } });
    fireEvent.change(screen.getByRole('combobox', { name: /Currency/ }), { target: { value: 'eu' } });
    fireEvent.click(screen.getByRole('button', { name: 'Accept referral' }));
    expect(await screen.findByText('Enter an amount like 25000 or 25000.50 (no more than 2 decimals)')).toBeTruthy();
    expect(screen.getByText('Use a 3-letter ISO 4217 currency code such as USD or EUR')).toBeTruthy();
    expect(fake.callsTo('referrals:act')).toEqual([]);
  });

  it("shows the main process's error message and field messages in the dialog", async () => {
    const { fake } = renderApp({ referrals: [received({ name: 'Proseware' })] });
    const panel = await open('Proseware');
    fireEvent.click(within(panel).getByRole('button', { name: 'Accept' }));
    fake.failNext('referrals:act', {
      code: 'BAD_INPUT',
      message: 'That CRM ID is already used by another deal.',
      fields: { 'action.edits.externalReferenceId': 'Already used by "Contoso 2026"' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'CRM ID' }), { target: { value: 'CRM-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Accept referral' }));
    expect(await screen.findByText('That CRM ID is already used by another deal.')).toBeTruthy();
    expect(screen.getByText('Already used by "Contoso 2026"')).toBeTruthy();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('shows an error when the deal cannot be loaded', async () => {
    const { fake } = renderApp({ referrals: [received({ name: 'Vanishing' })] });
    fake.failNext('referrals:get', { code: 'NOT_FOUND', message: 'That deal no longer exists.' });
    fireEvent.click(await findRow('Vanishing'));
    expect(await screen.findByText('That deal no longer exists.')).toBeTruthy();
  });
});
