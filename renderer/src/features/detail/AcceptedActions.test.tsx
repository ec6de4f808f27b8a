import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accepted, archived, catalog, outbound, received } from '../../test/fixtures';
import { findRow, renderApp } from '../../test/renderApp';
import { dateField, typeDate } from '../../test/dates';

const DAY = 24 * 3600_000;
const makeAda = () => ({ firstName: 'Ada', lastName: 'Lovelace', phoneNumber: '+1 555 0100', email: 'ada@partner.example' });

async function openDeal(name: string, tab?: 'Outbound') {
  if (tab) fireEvent.click(await screen.findByRole('tab', { name: tab }));
  fireEvent.click(await findRow(name));
  const panel = await screen.findByTestId('deal-detail');
  await within(panel).findByRole('heading', { level: 2, name });
  return panel;
}

const dialog = (name: string) => screen.findByRole('dialog', { name });
const text = (scope: HTMLElement, name: RegExp | string) => within(scope).getByRole('textbox', { name });

describe('Accepted deal actions', () => {
  it('edits the deal, sending only what changed, and shows a refusal from the main process', async () => {
    const { fake } = renderApp({ referrals: [accepted({ id: 'e1', name: 'Editable' })] });
    const panel = await openDeal('Editable');
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit' }));
    const d = await dialog('Edit deal');
    fireEvent.click(within(d).getByRole('button', { name: 'Save changes' }));
    expect(await within(d).findByText('Nothing changed yet: edit a field, or Cancel.')).toBeTruthy();
    fireEvent.change(text(d, /CRM ID/), { target: { value: 'CRM-9' } });
    await waitFor(() => expect(within(d).queryByText('Nothing changed yet: edit a field, or Cancel.')).toBeNull());
    expect(fake.callsTo('referrals:act')).toEqual([]);
    fake.failNext('referrals:act', {
      code: 'BAD_INPUT',
      message: 'That CRM ID is taken.',
      fields: { 'action.edits.externalReferenceId': 'Already used' },
    });
    fireEvent.click(within(d).getByRole('button', { name: 'Save changes' }));
    expect(await within(d).findByText('That CRM ID is taken.')).toBeTruthy();
    expect(within(d).getByText('Already used')).toBeTruthy();
    fireEvent.click(within(d).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Deal saved')).toBeTruthy();
    expect(fake.callsTo('referrals:act').at(-1)).toEqual({ id: 'e1', action: { type: 'edit', edits: { externalReferenceId: 'CRM-9' } } });
  });

  it('Edit: 0 is refused, a past close date is warned about but kept, "250,000" is sent as 250000', async () => {
    const { fake } = renderApp({ referrals: [accepted({ id: 'e2', name: 'Amounts' })] });
    const panel = await openDeal('Amounts');
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit' }));
    const d = await dialog('Edit deal');
    fireEvent.change(text(d, /Estimated value/), { target: { value: '0' } });
    fireEvent.click(within(d).getByRole('button', { name: 'Save changes' }));
    expect(await within(d).findByText('Estimated value must be more than 0')).toBeTruthy();
    expect(fake.callsTo('referrals:act')).toEqual([]);
    await typeDate(dateField(/Estimated close date/, d), '01/31/2024');
    expect(await within(d).findByText('This close date is in the past. You can keep it, but check it is right.')).toBeTruthy();
    fireEvent.change(text(d, /Estimated value/), { target: { value: '250,000' } });
    fireEvent.click(within(d).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Deal saved')).toBeTruthy();
    expect(fake.callsTo('referrals:act')).toEqual([
      { id: 'e2', action: { type: 'edit', edits: { dealValue: '250000', closingDateTime: '2024-01-31T00:00:00.000Z' } } },
    ]);
  });

  it('adds employees: a recent contact in one click and a typed person, every field mandatory', async () => {
    const grace = { firstName: 'Grace', lastName: 'Hopper', phoneNumber: '+1 555 0101', email: 'grace@partner.example' };
    const { fake } = renderApp({ referrals: [accepted({ id: 't1', name: 'Team deal' }), outbound({ name: 'Other', team: [grace] })] });
    const panel = await openDeal('Team deal');
    fireEvent.click(within(panel).getByRole('button', { name: 'Add employees' }));
    const d = await dialog('Add employees');
    fireEvent.click(await within(d).findByRole('button', { name: 'Add Grace Hopper (grace@partner.example)' }));
    expect(within(d).getByRole('list', { name: 'Added team members' }).textContent).toContain('Grace Hopper');
    // Ada is already on this deal: she is not offered again.
    expect(within(d).queryByRole('button', { name: /^Add Ada Lovelace/ })).toBeNull();

    fireEvent.change(text(d, /First name/), { target: { value: 'Linus' } });
    fireEvent.change(text(d, /Last name/), { target: { value: 'Pauling' } });
    fireEvent.change(text(d, /Phone/), { target: { value: '12' } });
    fireEvent.click(within(d).getByRole('button', { name: 'Add to deal' }));
    expect(await within(d).findByText('Enter a phone number of 6 to 24 digits, spaces or dashes')).toBeTruthy();
    expect(within(d).getByText('Enter an email address like name@example.com')).toBeTruthy();
    expect(fake.callsTo('referrals:act')).toEqual([]);

    fireEvent.change(text(d, /Phone/), { target: { value: '+44 20 7946 0000' } });
    fireEvent.change(text(d, /Email/), { target: { value: 'linus@partner.example' } });
    fireEvent.click(within(d).getByRole('button', { name: 'Add to deal' }));
    expect(await screen.findByText('2 team members added')).toBeTruthy();
    expect(fake.callsTo('referrals:act').map((c) => (c.action as { member: { email: string } }).member.email)).toEqual([
      'grace@partner.example',
      'linus@partner.example',
    ]);
    expect(fake.referral('t1').team).toHaveLength(3);
  });

  it('changes solutions from the grouped catalog, at least one', async () => {
    const own = catalog[1]!;
    const { fake } = renderApp({
      referrals: [accepted({ id: 's1', name: 'Solutions deal', details: { ...accepted().details, requirements: { solutions: [own] } } })],
      solutions: catalog,
    });
    const panel = await openDeal('Solutions deal');
    fireEvent.click(within(panel).getByRole('button', { name: 'Solutions' }));
    const d = await dialog('Solutions');
    expect(await within(d).findByRole('group', { name: 'Our co-sell-ready solutions' })).toBeTruthy();
    expect(within(d).getByRole('group', { name: 'Microsoft solutions' })).toBeTruthy();
    expect(within(d).getByRole('group', { name: "Other partners' solutions" })).toBeTruthy();
    fireEvent.click(within(d).getByRole('checkbox', { name: /Lakeshore FinOps Review/ }));
    fireEvent.click(within(d).getByRole('button', { name: 'Save solutions' }));
    expect(await within(d).findByText('Add at least one solution')).toBeTruthy();
    fireEvent.click(within(d).getByRole('checkbox', { name: /Microsoft Fabric/ }));
    fireEvent.click(within(d).getByRole('button', { name: 'Save solutions' }));
    expect(await screen.findByText('Solutions saved')).toBeTruthy();
    expect(fake.callsTo('referrals:act').at(-1)).toMatchObject({
      id: 's1',
      action: { type: 'setSolutions', solutions: [{ id: 'sol-ms-1' }] },
    });
  });

  it('sets the sales stage as soon as one is picked', async () => {
    const { fake } = renderApp({ referrals: [accepted({ id: 'ss', name: 'Staged' })] });
    const panel = await openDeal('Staged');
    fireEvent.mouseDown(within(panel).getByRole('combobox', { name: 'Sales stage' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Develop' }));
    expect(await screen.findByText('Sales stage set to Develop')).toBeTruthy();
    expect(fake.callsTo('referrals:act')).toEqual([{ id: 'ss', action: { type: 'setSalesStage', salesStage: 'Develop' } }]);
  });

  it("asks for Microsoft's help on a private deal with the wizard's rule (customer contact and consent), then no longer offers it", async () => {
    const privateDeal = accepted({
      id: 'p1',
      name: 'Private one',
      direction: 'outbound',
      consent: { consentToShareReferralWithMicrosoftSellers: false, consentToShareCustomerContact: false },
    });
    const { fake } = renderApp({ referrals: [privateDeal] });
    const panel = await openDeal('Private one', 'Outbound');
    fireEvent.click(within(panel).getByRole('button', { name: 'Request Microsoft help' }));
    const d = await dialog("Request Microsoft's help");
    expect(within(d).getByText(/This cannot be undone/)).toBeTruthy();
    fireEvent.click(within(d).getByRole('button', { name: 'Request help' }));
    expect(await within(d).findByText('Choose the kind of help you need')).toBeTruthy();
    fireEvent.mouseDown(within(d).getByRole('combobox', { name: /Help needed/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Proof of concept/Demo' }));
    fireEvent.change(text(d, /Notes for Microsoft/), { target: { value: 'Need a PoC' } });
    fireEvent.click(within(d).getByRole('button', { name: 'Request help' }));
    // The same messages as the New deal wizard, at the same fields; nothing is sent.
    expect(await within(d).findByText("A customer contact is required when you ask for Microsoft's help")).toBeTruthy();
    expect(within(d).getByText('Confirm the customer agreed to share their contact with Microsoft')).toBeTruthy();
    expect(fake.callsTo('referrals:act')).toEqual([]);
    fireEvent.change(text(d, /^First name/), { target: { value: 'Dana' } });
    fireEvent.change(text(d, /^Last name/), { target: { value: 'Weiss' } });
    fireEvent.change(text(d, /^Phone/), { target: { value: '+1 206 555 0142' } });
    fireEvent.change(text(d, /^Email/), { target: { value: 'dana@fabrikam.example' } });
    fireEvent.click(within(d).getByRole('checkbox', { name: 'The customer agreed to share this contact with Microsoft' }));
    fireEvent.click(within(d).getByRole('button', { name: 'Request help' }));
    expect(await screen.findByText("Microsoft's help requested: the deal is now co-sell")).toBeTruthy();
    expect(fake.callsTo('referrals:act')).toEqual([
      {
        id: 'p1',
        action: {
          type: 'requestHelp',
          helpType: 'ProofOfConcept',
          notes: 'Need a PoC',
          customerContact: { firstName: 'Dana', lastName: 'Weiss', phoneNumber: '+1 206 555 0142', email: 'dana@fabrikam.example' },
          consentToShareCustomerContact: true,
        },
      },
    ]);
    await waitFor(() => expect(within(panel).queryByRole('button', { name: 'Request Microsoft help' })).toBeNull());
    expect(within(panel).getByText('Waiting for Microsoft')).toBeTruthy();
    expect(within(panel).getByText(/Dana Weiss · dana@fabrikam.example/)).toBeTruthy();
  });

  it('does not offer "Request Microsoft help" on a co-sell referral Microsoft sent', async () => {
    renderApp({ referrals: [accepted({ id: 'ms1', name: 'From Microsoft' })] });
    const panel = await openDeal('From Microsoft');
    expect(within(panel).getByRole('button', { name: 'Edit' })).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Request Microsoft help' })).toBeNull();
  });

  it('removes a team member from an accepted deal; the last one cannot be removed, and the button says why', async () => {
    const bob = { firstName: 'Bob', lastName: 'Ortiz', phoneNumber: '+1 555 0101', email: 'bob@partner.example' };
    const { fake } = renderApp({ referrals: [accepted({ id: 't1', name: 'Team deal', team: [makeAda(), bob] })] });
    const panel = await openDeal('Team deal');
    fireEvent.click(within(panel).getByRole('button', { name: 'Remove Bob Ortiz from the team' }));
    expect(await screen.findByText('Bob Ortiz was removed from the team')).toBeTruthy();
    expect(fake.callsTo('referrals:act')).toEqual([{ id: 't1', action: { type: 'removeTeamMember', email: 'bob@partner.example' } }]);
    await waitFor(() => expect(within(panel).queryByText('Bob Ortiz')).toBeNull());
    // The history says who, not "2 items → 1 item".
    expect(within(panel).getByText('Removed Bob Ortiz (bob@partner.example) from the team')).toBeTruthy();
    const last = within(panel).getByRole<HTMLButtonElement>('button', { name: 'Remove Ada Lovelace from the team' });
    expect(last.disabled).toBe(true);
  });

  it('a team member removed in one click comes back with the Undo in its snackbar', async () => {
    const bob = { firstName: 'Bob', lastName: 'Ortiz', phoneNumber: '+1 555 0101', email: 'bob@partner.example' };
    const { fake } = renderApp({ referrals: [accepted({ id: 't2', name: 'Undo deal', team: [makeAda(), bob] })] });
    const panel = await openDeal('Undo deal');
    fireEvent.click(within(panel).getByRole('button', { name: 'Remove Bob Ortiz from the team' }));
    const note = await screen.findByText('Bob Ortiz was removed from the team');
    await waitFor(() => expect(within(panel).queryByText('Bob Ortiz')).toBeNull());
    fireEvent.click(within(note.closest('.MuiAlert-root') as HTMLElement).getByRole('button', { name: 'Undo' }));
    expect(await within(panel).findByText('Bob Ortiz')).toBeTruthy();
    expect(fake.callsTo('referrals:act')).toEqual([
      { id: 't2', action: { type: 'removeTeamMember', email: 'bob@partner.example' } },
      { id: 't2', action: { type: 'addTeamMember', member: bob } },
    ]);
    // Two on the team again: Ada can be removed once more.
    expect(within(panel).getByRole<HTMLButtonElement>('button', { name: 'Remove Ada Lovelace from the team' }).disabled).toBe(false);
  });

  it('within 72 hours of creation, Won keeps the registration closed and offers Won without registration', async () => {
    const eligible = catalog[0]!;
    const fresh = accepted({
      id: 'w1',
      name: 'Fresh win',
      createdDateTime: new Date(Date.now() - DAY).toISOString(),
      details: { ...accepted().details, requirements: { solutions: [eligible] } },
    });
    const { fake } = renderApp({ referrals: [fresh] });
    const panel = await openDeal('Fresh win');
    fireEvent.click(within(panel).getByRole('button', { name: 'Won' }));
    const d = await dialog('Mark deal as won');
    expect(within(d).getByText(/Deal registration opens on .*72 hours after the deal was created/)).toBeTruthy();
    expect((text(d, /Contract value/) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(within(d).getByRole('button', { name: 'Mark won without registration' }));
    expect(await screen.findByText('Deal marked as won')).toBeTruthy();
    expect(fake.callsTo('referrals:act')).toEqual([{ id: 'w1', action: { type: 'win' } }]);
    expect(await within(panel).findByText('Archived deals are read-only')).toBeTruthy();
  });

  it('after 72 hours, Won asks for the registration and checks it with the shared schema', async () => {
    const eligible = catalog[0]!;
    const old = accepted({
      id: 'w2',
      name: 'Old win',
      createdDateTime: new Date(Date.now() - 10 * DAY).toISOString(),
      details: { ...accepted().details, requirements: { solutions: [eligible] } },
    });
    const { fake } = renderApp({ referrals: [old] });
    const panel = await openDeal('Old win');
    fireEvent.click(within(panel).getByRole('button', { name: 'Won' }));
    const d = await dialog('Mark deal as won');
    fireEvent.click(within(d).getByRole('button', { name: 'Mark won and register' }));
    expect(await within(d).findByText('Deployment details is required')).toBeTruthy();
    expect(within(d).getByText('Choose the end date')).toBeTruthy();
    expect(within(d).getByText('Choose the sign date')).toBeTruthy();
    expect(fake.callsTo('referrals:act')).toEqual([]);

    await typeDate(dateField(/End date/, d), '01/01/2028');
    await typeDate(dateField(/Sign date/, d), '12/20/2026');
    fireEvent.change(text(d, /Deployment details: Lakeshore Landing Zone/), { target: { value: 'Hub and spoke in West Europe' } });
    fireEvent.click(within(d).getByRole('button', { name: 'Mark won and register' }));
    expect(await screen.findByText('Deal marked as won and registered')).toBeTruthy();
    expect(fake.callsTo('referrals:act')[0]).toMatchObject({
      id: 'w2',
      action: {
        type: 'win',
        registration: {
          termMonths: 12,
          endDate: '2028-01-01T00:00:00.000Z',
          deployments: [{ solutionId: 'sol-own-1', deploymentDetails: 'Hub and spoke in West Europe' }],
        },
      },
    });
  });

  it('Lost needs a reason, and notes for Others; archived deals then offer nothing', async () => {
    const { fake } = renderApp({
      referrals: [accepted({ id: 'l1', name: 'Losing' }), archived({ name: 'Long gone' }), received({ name: 'Unrelated' })],
    });
    const panel = await openDeal('Losing');
    fireEvent.click(within(panel).getByRole('button', { name: 'Lost' }));
    const d = await dialog('Mark deal as lost');
    fireEvent.mouseDown(within(d).getByRole('combobox', { name: /Reason/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Others' }));
    fireEvent.click(within(d).getByRole('button', { name: 'Mark as lost' }));
    expect(await within(d).findByText('Add a note explaining the reason when you choose "Others"')).toBeTruthy();
    fireEvent.change(text(d, /Notes/), { target: { value: 'Project cancelled' } });
    fireEvent.click(within(d).getByRole('button', { name: 'Mark as lost' }));
    expect(await screen.findByText('Deal marked as lost')).toBeTruthy();
    expect(fake.callsTo('referrals:act')).toEqual([{ id: 'l1', action: { type: 'lose', reason: 'Others', notes: 'Project cancelled' } }]);
    expect(await within(panel).findByText('Archived deals are read-only')).toBeTruthy();
    expect(within(panel).getByText(/Outcome: Lost/)).toBeTruthy();
    for (const name of ['Won', 'Lost', 'Edit', 'Add employees', 'Solutions', 'Request Microsoft help', 'Accept', 'Decline']) {
      expect(within(panel).queryByRole('button', { name })).toBeNull();
    }
    expect(within(panel).queryByRole('combobox', { name: 'Sales stage' })).toBeNull();
  });
});
