import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalog, directory, received } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { dateField, typeDate } from '../../test/dates';
import { emptyContact } from '../forms/contactForm';
import { DRAFT_SAVE_DELAY_MS } from './useWizardDraft';
import { emptyWizardForm, type WizardForm } from './wizardForm';

const ada = { firstName: 'Ada', lastName: 'Lovelace', phoneNumber: '+1 555 0100', email: 'ada@partner.example' };

async function openWizard() {
  fireEvent.click(await screen.findByRole('button', { name: 'New deal' }));
  // The wizard is a lazy panel: the first opening in a run loads its module (slow on a busy machine).
  return screen.findByRole('dialog', { name: 'New deal' }, { timeout: 15_000 });
}
const stepHeading = (n: number, title: string) => screen.findByRole('heading', { level: 2, name: `Step ${n} of 6: ${title}` });
const box = (name: RegExp | string) => screen.getByRole('textbox', { name });
const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next' }));

/** A draft with steps 1 and 2 done, waiting at `step`. */
const draftAt = (step: number, form: Partial<WizardForm> = {}) => ({
  'new-deal': {
    savedAt: '2026-03-01T09:30:00.000Z',
    value: {
      version: 2,
      step,
      form: {
        ...emptyWizardForm,
        customer: {
          name: 'Contoso Bank GmbH',
          address: { addressLine1: '', city: 'Berlin', region: 'Berlin', postalCode: '', country: 'DE' },
        },
        picked: directory[1],
        name: 'Berlin landing zone',
        dealValue: '48000',
        currency: 'EUR',
        closingDateTime: '2027-05-31',
        ...form,
      },
      teamDraft: emptyContact,
    },
  },
});

describe('New deal wizard', () => {
  it('a customer in Germany makes the deal EUR; "250,000" is an amount, 0 and a past close date are refused at their fields', async () => {
    renderApp({ customers: directory, solutions: catalog });
    await openWizard();
    await stepHeading(1, 'Customer');
    fireEvent.change(screen.getByRole('combobox', { name: /Country/ }), { target: { value: 'Germ' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Germany (DE)' }));
    fireEvent.change(screen.getByRole('combobox', { name: /Customer name/ }), { target: { value: 'Contoso' } });
    fireEvent.click((await screen.findAllByRole('option', { name: /Contoso Bank GmbH/ }))[0]!);
    next();

    await stepHeading(2, 'Deal details');
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: /Currency/ }).value).toBe('EUR');
    fireEvent.change(box(/Deal name/), { target: { value: 'Berlin landing zone' } });
    fireEvent.change(box(/Estimated value/), { target: { value: '0' } });
    await typeDate(dateField(/Estimated close date/), '01/31/2024');
    next();
    expect(await screen.findByText('Estimated value must be more than 0')).toBeTruthy();
    expect(screen.getByText('The close date is in the past: choose today or a later date')).toBeTruthy();
    fireEvent.change(box(/Estimated value/), { target: { value: '-5' } });
    expect(await screen.findByText('Estimated value must be more than 0')).toBeTruthy();
    fireEvent.change(box(/Estimated value/), { target: { value: '250,000' } });
    await typeDate(dateField(/Estimated close date/), '06/30/2099');
    await waitFor(() => expect(screen.queryByText('Estimated value must be more than 0')).toBeNull());
    next();
    await stepHeading(3, 'Team');
  });

  it('checks each step before Next with messages at the fields, and Back and Next keep everything typed', async () => {
    renderApp({ customers: directory, solutions: catalog });
    await openWizard();
    await stepHeading(1, 'Customer');
    next();
    expect(await screen.findByText('Choose a country')).toBeTruthy();
    expect(screen.getByText('City is required')).toBeTruthy();
    expect(screen.getByText('Customer name is required')).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: /Country/ }), { target: { value: 'Germ' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Germany (DE)' }));
    expect(screen.queryByText('Choose a country')).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: /Customer name/ }), { target: { value: 'Contoso' } });
    // Two entities share the name and city: the address and D-U-N-S tell them apart.
    const options = await screen.findAllByRole('option', { name: /Contoso Bank GmbH/ });
    expect(options.map((o) => o.textContent)).toEqual([
      'Contoso Bank GmbH1 Hauptstraße, Berlin, Berlin, 10115 · D-U-N-S 111111111',
      'Contoso Bank GmbH9 Nebenweg, Berlin, Berlin, 10117 · D-U-N-S 222222222',
    ]);
    fireEvent.click(options[1]!);
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: /City/ }).value).toBe('Berlin');
    next();

    await stepHeading(2, 'Deal details');
    fireEvent.change(box(/Deal name/), { target: { value: 'Berlin landing zone' } });
    fireEvent.change(box(/Estimated value/), { target: { value: '48000,5' } });
    next();
    expect(await screen.findByText('Enter an amount like 25000 or 25000.50 (no more than 2 decimals)')).toBeTruthy();
    expect(screen.getByText('Choose the estimated close date')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await stepHeading(1, 'Customer');
    expect(screen.getByText(/9 Nebenweg.*D-U-N-S 222222222/)).toBeTruthy();
    next();
    await stepHeading(2, 'Deal details');
    expect((box(/Deal name/) as HTMLInputElement).value).toBe('Berlin landing zone');
    expect((box(/Estimated value/) as HTMLInputElement).value).toBe('48000,5');
  });

  it('needs a team member and a solution, enforces the contact rule for co-sell at the end, creates the deal and opens it', async () => {
    const { fake } = renderApp({
      referrals: [received({ name: 'Earlier', team: [ada] })],
      customers: directory,
      solutions: catalog,
      drafts: draftAt(2),
    });
    await openWizard();
    fireEvent.click(await screen.findByRole('button', { name: /^Continue your draft from/ }));
    await stepHeading(3, 'Team');
    next();
    expect(await screen.findByText('Add at least one team member with name, phone and email')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Add Ada Lovelace (ada@partner.example)' }));
    expect(screen.getByRole('list', { name: 'Added team members' }).textContent).toContain('Ada Lovelace');
    fireEvent.change(box(/^First name/), { target: { value: 'Lena' } });
    fireEvent.change(box(/^Last name/), { target: { value: 'Vogel' } });
    fireEvent.change(box(/^Phone/), { target: { value: '+49 30 7654321' } });
    fireEvent.change(box(/^Email/), { target: { value: 'lena.vogel@partner.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to team' }));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Added team members' }).textContent).toContain('Lena Vogel'));
    expect((box(/^First name/) as HTMLInputElement).value).toBe('');
    next();

    await stepHeading(4, 'Solutions');
    await screen.findByRole('group', { name: 'Microsoft solutions' });
    next();
    expect(await screen.findByText('Add at least one solution')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /Microsoft Fabric/ }));
    next();

    await stepHeading(5, 'Selling type');
    fireEvent.click(screen.getByRole('switch', { name: "Would you like Microsoft's help?" }));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: /Help needed/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Quotes and licensing' }));
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    // The contact rule shown at step 1 is enforced before the review: back to step 1, messages at the fields.
    await stepHeading(1, 'Customer');
    expect(screen.getByText("A customer contact is required when you ask for Microsoft's help")).toBeTruthy();
    expect(screen.getByText('Confirm the customer agreed to share their contact with Microsoft')).toBeTruthy();
    expect(fake.callsTo('referrals:create')).toEqual([]);

    fireEvent.change(box(/^First name/), { target: { value: 'Jonas' } });
    fireEvent.change(box(/^Last name/), { target: { value: 'Weber' } });
    fireEvent.change(box(/^Phone/), { target: { value: '+49 30 1234567' } });
    fireEvent.change(box(/^Email/), { target: { value: 'jonas.weber@contoso.example' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'The customer agreed to share this contact with Microsoft' }));
    for (const title of ['Deal details', 'Team', 'Solutions', 'Selling type']) {
      next();
      await screen.findByRole('heading', { level: 2, name: new RegExp(title) });
    }
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    // The review shows the whole deal before anything is sent; Change goes back to a step.
    await stepHeading(6, 'Review');
    const review = screen.getByRole('heading', { level: 2, name: /Review/ }).parentElement as HTMLElement;
    expect(review.textContent).toContain('Berlin landing zone');
    expect(review.textContent).toContain('Jonas Weber (jonas.weber@contoso.example), agreed to be shared with Microsoft');
    expect(review.textContent).toContain("Co-sell with Microsoft's help (Quotes and licensing)");
    expect(review.textContent).toContain('Lena Vogel');
    expect(fake.callsTo('referrals:create')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Change solutions' }));
    await stepHeading(4, 'Solutions');
    next();
    await stepHeading(5, 'Selling type');
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    await stepHeading(6, 'Review');
    fireEvent.click(screen.getByRole('button', { name: 'Create deal' }));

    expect(await screen.findByText('Deal “Berlin landing zone” created')).toBeTruthy();
    expect(fake.callsTo('referrals:create')).toHaveLength(1);
    expect(fake.callsTo('referrals:create')[0]).toMatchObject({
      deal: {
        customer: { id: 'c2', duns: '222222222' },
        customerContact: { email: 'jonas.weber@contoso.example' },
        consentToShareCustomerContact: true,
        team: [ada, { firstName: 'Lena', email: 'lena.vogel@partner.example' }],
        solutions: [{ id: 'sol-ms-1' }],
        wantsMicrosoftHelp: true,
        helpType: 'QuotesAndLicensing',
        closingDateTime: '2027-05-31T00:00:00.000Z',
      },
    });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New deal' })).toBeNull());
    expect(screen.getByRole('tab', { name: 'Outbound' }).getAttribute('aria-selected')).toBe('true');
    const panel = await screen.findByTestId('deal-detail');
    expect(await within(panel).findByRole('heading', { level: 2, name: 'Berlin landing zone' })).toBeTruthy();
    expect(within(panel).getAllByText('Co-sell').length).toBeGreaterThan(0);
    expect(within(panel).getByText('Waiting for Microsoft')).toBeTruthy();
    await waitFor(() => expect(fake.draft('new-deal')).toBeUndefined());
  });

  it('saves the draft while typing, offers it back when reopened, and Start over discards it', async () => {
    const { fake } = renderApp({ customers: directory, solutions: catalog });
    await openWizard();
    await stepHeading(1, 'Customer');
    expect(screen.queryByText(/unfinished deal/)).toBeNull();
    fireEvent.change(box(/^First name/), { target: { value: 'Zed' } });
    await waitFor(() => expect(fake.callsTo('drafts:save')).toHaveLength(1), { timeout: 2000 });
    expect(fake.callsTo('drafts:save')[0]).toMatchObject({
      key: 'new-deal',
      value: { version: 2, step: 0, form: { customerContact: { firstName: 'Zed' } } },
    });
    expect(await screen.findByText(/^Draft saved/)).toBeTruthy();
    // Written once: nothing changed since, so nothing is written again while the wizard stays open.
    await new Promise((resolve) => setTimeout(resolve, 3 * DRAFT_SAVE_DELAY_MS));
    expect(fake.callsTo('drafts:save')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Close the new deal form' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New deal' })).toBeNull());

    await openWizard();
    expect(await screen.findByText('You have an unfinished deal')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Continue your draft from/ }));
    await stepHeading(1, 'Customer');
    expect((box(/^First name/) as HTMLInputElement).value).toBe('Zed');
    fireEvent.click(screen.getByRole('button', { name: 'Close the new deal form' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New deal' })).toBeNull());

    await openWizard();
    fireEvent.click(await screen.findByRole('button', { name: 'Start over' }));
    await stepHeading(1, 'Customer');
    expect((box(/^First name/) as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(fake.callsTo('drafts:discard')).toEqual([{ key: 'new-deal' }]));
    expect(fake.draft('new-deal')).toBeUndefined();
  });

  it("shows main's refusal at the field it names, on that field's step; a person typed on the Team step joins the team", async () => {
    const { fake } = renderApp({
      customers: directory,
      solutions: catalog,
      drafts: draftAt(2, { solutions: [catalog[2]!] }),
    });
    await openWizard();
    fireEvent.click(await screen.findByRole('button', { name: /^Continue your draft from/ }));
    await stepHeading(3, 'Team');
    fireEvent.change(box(/^First name/), { target: { value: 'Lena' } });
    fireEvent.change(box(/^Last name/), { target: { value: 'Vogel' } });
    fireEvent.change(box(/^Phone/), { target: { value: '+49 30 7654321' } });
    fireEvent.change(box(/^Email/), { target: { value: 'lena.vogel@partner.example' } });
    next();
    await stepHeading(4, 'Solutions');
    next();
    await stepHeading(5, 'Selling type');
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    await stepHeading(6, 'Review');
    fake.failNext('referrals:create', {
      code: 'BAD_INPUT',
      message: 'A deal with this name already exists for Contoso Bank GmbH.',
      fields: { 'deal.name': 'Choose another name: this one is taken' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create deal' }));
    await stepHeading(2, 'Deal details');
    expect(screen.getByText('A deal with this name already exists for Contoso Bank GmbH.')).toBeTruthy();
    expect(screen.getByText('Choose another name: this one is taken')).toBeTruthy();
    expect(box(/Deal name/).getAttribute('aria-invalid')).toBe('true');
    expect(fake.callsTo('referrals:create')[0]).toMatchObject({ deal: { team: [{ email: 'lena.vogel@partner.example' }] } });
  });

  it('offers back a draft saved by the previous version of the app, with everything in its place', async () => {
    renderApp({
      customers: directory,
      solutions: catalog,
      drafts: {
        'new-deal': {
          savedAt: '2026-03-01T09:30:00.000Z',
          value: {
            version: 1,
            step: 1,
            form: {
              country: 'FR',
              city: 'Lille',
              region: 'Hauts-de-France',
              customerName: 'Quillon Textiles SA',
              picked: null,
              addressLine1: '12 Rue Nationale',
              postalCode: '',
              contact: emptyContact,
              consent: false,
              name: 'Quillon ERP to Azure',
              dealValue: '88000',
              currency: 'EUR',
              closeDate: '2027-04-15',
              externalReferenceId: '',
              campaignId: '',
              notes: '',
              team: [],
              teamDraft: emptyContact,
              solutions: [],
              wantsHelp: false,
              helpType: '',
              helpNotes: '',
            },
          },
        },
      },
    });
    await openWizard();
    expect(await screen.findByText('Quillon Textiles SA · Quillon ERP to Azure')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Continue your draft from/ }));
    await stepHeading(2, 'Deal details');
    expect((box(/Deal name/) as HTMLInputElement).value).toBe('Quillon ERP to Azure');
    expect((await dateField(/Estimated close date/)).querySelector('input')?.value).toBe('04/15/2027');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await stepHeading(1, 'Customer');
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: /Customer name/ }).value).toBe('Quillon Textiles SA');
    expect((box(/Street address/) as HTMLInputElement).value).toBe('12 Rue Nationale');
  });

  it('speaks Russian: steps, labels, its own messages, the draft offer and the review with Russian money and dates', async () => {
    renderApp({
      settings: { language: 'ru' },
      customers: directory,
      solutions: catalog,
      drafts: draftAt(4, { team: [ada], solutions: [catalog[2]!] }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Новая сделка' }));
    await screen.findByRole('dialog', { name: 'Новая сделка' }, { timeout: 15_000 });
    expect(await screen.findByText('У вас есть незаконченная сделка')).toBeTruthy();
    expect(screen.getByText(/^Сохранено .*, шаг 5: Тип продажи$/)).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Начать заново' }));

    // A fresh form: Next with nothing typed says what is missing, in Russian.
    await screen.findByRole('heading', { level: 2, name: 'Шаг 1 из 6: Клиент' });
    fireEvent.click(screen.getByRole('button', { name: 'Далее' }));
    expect(await screen.findByText('Выберите страну')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: /Город/ })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: /Страна/ }), { target: { value: 'Герм' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Германия (DE)' }));
    expect(screen.getByRole('checkbox', { name: 'Клиент согласен, чтобы его контакт передали Microsoft' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Закрыть форму новой сделки' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Новая сделка' })).toBeNull());
  });

  it('reviews the deal in Russian: amounts and dates through the shared formatter, Change goes back to the step', async () => {
    renderApp({
      settings: { language: 'ru' },
      customers: directory,
      solutions: catalog,
      drafts: draftAt(4, { team: [ada], solutions: [catalog[2]!] }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Новая сделка' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Продолжить черновик от/ }, { timeout: 15_000 }));
    await screen.findByRole('heading', { level: 2, name: 'Шаг 5 из 6: Тип продажи' });
    expect(screen.getByRole('switch', { name: 'Нужна помощь Microsoft?' })).toBeTruthy();
    expect(screen.getByText(/^Сделка останется в собственной воронке/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Проверить' }));

    await screen.findByRole('heading', { level: 2, name: 'Шаг 6 из 6: Проверка' });
    const review = screen.getByRole('region', { name: 'Сделка' });
    expect(review.textContent).toMatch(/48\s000,00\s€, закрытие 31 мая 2027 г\./);
    expect(screen.getByRole('region', { name: 'Клиент' }).textContent).toContain('Германия');
    expect(screen.getByText('Без контакта клиента')).toBeTruthy();
    expect(screen.getByText('Ada Lovelace (ada@partner.example)')).toBeTruthy();
    expect(screen.getByText('Собственная воронка: помощь Microsoft не запрашивается')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Создать сделку' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Изменить решения' }));
    await screen.findByRole('heading', { level: 2, name: 'Шаг 4 из 6: Решения' });
  });
});
