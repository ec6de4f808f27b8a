import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../shared/settings';
import { dateField, typeDate } from '../../test/dates';
import { renderApp } from '../../test/renderApp';

async function openSettings() {
  fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
  return screen.findByRole('dialog', { name: 'Settings' });
}

const save = (dialog: HTMLElement) => fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

describe('Settings dialog', () => {
  it('opens from the gear button in the app bar and with Ctrl+,', async () => {
    renderApp();
    const dialog = await openSettings();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Settings' })).toBeNull());
    fireEvent.keyDown(window, { key: ',', ctrlKey: true });
    expect(await screen.findByRole('dialog', { name: 'Settings' })).toBeTruthy();
  });

  it('switches the whole window to Russian on save, without a restart, and back to following the system', async () => {
    const { fake } = renderApp();
    const dialog = await openSettings();
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Language' }));
    expect(screen.getByRole('option', { name: 'As in the system' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('option', { name: 'Русский' }));
    save(dialog);
    expect(await screen.findByRole('button', { name: 'Новая сделка' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Входящие' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('ru');
    expect(fake.callsTo('settings:set')).toEqual([{ settings: expect.objectContaining({ language: 'ru' }) }]);

    fireEvent.click(screen.getByRole('button', { name: 'Настройки' }));
    const again = await screen.findByRole('dialog', { name: 'Настройки' });
    fireEvent.mouseDown(within(again).getByRole('combobox', { name: 'Язык' }));
    fireEvent.click(screen.getByRole('option', { name: 'Как в системе' }));
    fireEvent.click(within(again).getByRole('button', { name: 'Сохранить' }));
    // jsdom's browser language is English.
    expect(await screen.findByRole('button', { name: 'New deal' })).toBeTruthy();
  });

  it('shows an invalid service address at the field and sends nothing', async () => {
    const { fake } = renderApp();
    const dialog = await openSettings();
    fireEvent.change(within(dialog).getByLabelText('Referrals service address'), { target: { value: 'ftp://partner' } });
    save(dialog);
    expect(await within(dialog).findByText('Enter the service address as http(s)://host, or leave it empty to work offline')).toBeTruthy();
    expect(fake.callsTo('settings:set')).toEqual([]);
  });

  it('edits thresholds as chips of hours and saves the whole change', async () => {
    const { fake } = renderApp();
    const dialog = await openSettings();
    expect(within(dialog).getByText('72 h (3 days)')).toBeTruthy();
    const hours = within(dialog).getByLabelText('Hours before expiry');
    fireEvent.change(hours, { target: { value: 'soon' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(within(dialog).getByText('Use whole hours, like 48')).toBeTruthy();
    fireEvent.change(hours, { target: { value: '48' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(within(dialog).getByText('48 h (2 days)')).toBeTruthy();
    const fourHours = within(dialog).getByText('4 h').closest('.MuiChip-root') as HTMLElement;
    fireEvent.click(within(fourHours).getByTestId('CancelIcon'));
    fireEvent.click(within(dialog).getByLabelText('Quiet hours (notifications wait until they end)'));
    fireEvent.click(within(dialog).getByLabelText('New inbound referrals'));
    save(dialog);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Settings' })).toBeNull());
    expect(fake.callsTo('settings:set')[0]?.settings).toMatchObject({
      notifications: { thresholdsHours: [72, 48, 24], quietHours: { start: '22:00', end: '07:00' }, newInbound: false },
    });
    expect(await screen.findByText('Settings saved')).toBeTruthy();
  });

  it('quiet hours are time fields in the language shown (10:00 PM in English, 22:00 in Russian) and are kept as HH:mm', async () => {
    const { fake } = renderApp();
    const dialog = await openSettings();
    fireEvent.click(within(dialog).getByLabelText('Quiet hours (notifications wait until they end)'));
    const shown = (field: HTMLElement) => field.querySelector('.MuiPickersSectionList-root')?.textContent;
    const from = await dateField('From', dialog);
    expect(shown(from)).toBe('10:00 PM');
    expect(shown(await dateField('Until', dialog))).toBe('07:00 AM');
    await typeDate(from, '11:30 PM');
    expect(shown(from)).toBe('11:30 PM');
    // Half typed is no time: said at the field, and nothing is sent.
    await typeDate(dateField('Until', dialog), '');
    save(dialog);
    expect(await within(dialog).findByText('Enter the hour and the minutes')).toBeTruthy();
    expect(fake.callsTo('settings:set')).toEqual([]);
    await typeDate(dateField('Until', dialog), '06:15 AM');
    save(dialog);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Settings' })).toBeNull());
    expect(fake.callsTo('settings:set')[0]?.settings).toMatchObject({ notifications: { quietHours: { start: '23:30', end: '06:15' } } });

    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    const again = await screen.findByRole('dialog', { name: 'Settings' });
    fireEvent.mouseDown(within(again).getByRole('combobox', { name: 'Language' }));
    fireEvent.click(screen.getByRole('option', { name: 'Русский' }));
    save(again);
    fireEvent.click(await screen.findByRole('button', { name: 'Настройки' }));
    const ru = await screen.findByRole('dialog', { name: 'Настройки' });
    await waitFor(async () => expect(shown(await dateField('С', ru))).toBe('23:30'));
    expect(shown(await dateField('До', ru))).toBe('06:15');
  });

  it('removing every threshold is refused at the field, with the rule in words', async () => {
    renderApp();
    const dialog = await openSettings();
    for (const label of ['72 h (3 days)', '24 h (1 day)', '4 h']) {
      fireEvent.click(within(within(dialog).getByText(label).closest('.MuiChip-root') as HTMLElement).getByTestId('CancelIcon'));
    }
    save(dialog);
    expect(await within(dialog).findByText('Keep at least one threshold, or turn expiry notifications off')).toBeTruthy();
  });

  it("main's refusal shows at its field", async () => {
    const { fake } = renderApp();
    const dialog = await openSettings();
    fake.failNext('settings:set', {
      code: 'BAD_INPUT',
      message: 'That quiet hour is not a time',
      fields: { 'settings.notifications.quietHours.end': 'That quiet hour is not a time' },
    });
    fireEvent.click(within(dialog).getByLabelText('Quiet hours (notifications wait until they end)'));
    save(dialog);
    expect(await within(dialog).findByText('That quiet hour is not a time')).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Settings' })).toBeTruthy();
  });

  it('the theme applies as soon as it is saved', async () => {
    const { fake } = renderApp();
    const dialog = await openSettings();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Dark' }));
    save(dialog);
    await waitFor(() => expect(fake.callsTo('settings:set')).toHaveLength(1));
    await waitFor(() => expect(getComputedStyle(document.body).backgroundColor).toBe('rgb(20, 20, 20)'));
  });

  it('a change made elsewhere (another window, the tray) applies at once, the theme included', async () => {
    const { fake } = renderApp();
    await screen.findByRole('button', { name: 'Settings' });
    await waitFor(() => expect(fake.callsTo('settings:get')).toHaveLength(1));
    fake.emit('settings:changed', { ...defaultSettings, theme: 'dark', serviceUrl: 'https://pc.example' });
    await waitFor(() => expect(getComputedStyle(document.body).backgroundColor).toBe('rgb(20, 20, 20)'));
    const dialog = await openSettings();
    expect(within(dialog).getByLabelText<HTMLInputElement>('Referrals service address').value).toBe('https://pc.example');
    expect(within(dialog).getByRole('button', { name: 'Dark' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('settings that could not be read: the gear says why instead of doing nothing, and asks again', async () => {
    const { fake } = renderApp({ failFirst: { 'settings:get': { code: 'UNAVAILABLE', message: 'The settings file could not be read.' } } });
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(await screen.findByText('The settings file could not be read.')).toBeTruthy();
    // Asked again at once: the dialog opens when they arrive.
    expect(await screen.findByRole('dialog', { name: 'Settings' })).toBeTruthy();
    expect(fake.callsTo('settings:get')).toHaveLength(2);
  });

  it('in Russian: notifications, reminders with Russian hours and days, the work account and what IT set', async () => {
    // Main says which sentences it means (auth state `say`), and the window words them in its language.
    renderApp({ settings: { language: 'ru' }, auth: { say: { message: 'signedOut', storage: 'osEncrypted' } } });
    fireEvent.click(await screen.findByRole('button', { name: 'Настройки' }));
    const dialog = await screen.findByRole('dialog', { name: 'Настройки' });
    expect(within(dialog).getByLabelText('Показывать уведомления')).toBeTruthy();
    expect(within(dialog).getByLabelText('Новые входящие рекомендации')).toBeTruthy();
    expect(within(dialog).getByText('72 ч (3 дня)')).toBeTruthy();
    expect(within(dialog).getByText('24 ч (1 день)')).toBeTruthy();
    const hours = within(dialog).getByLabelText('Часов до истечения');
    fireEvent.change(hours, { target: { value: '72' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Добавить' }));
    expect(within(dialog).getByText('72 ч уже в списке')).toBeTruthy();
    fireEvent.change(hours, { target: { value: '120' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Добавить' }));
    expect(within(dialog).getByText('120 ч (5 дней)')).toBeTruthy();
    expect(within(dialog).getByRole('region', { name: 'Рабочая учётная запись' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Войти' })).toBeTruthy();
    expect(within(dialog).getByText(/^Вы не вошли: войдите с рабочей учётной записью/)).toBeTruthy();
    expect(await within(dialog).findByRole('region', { name: 'Задано ИТ-отделом' })).toBeTruthy();
    expect(within(dialog).getByText('Задано ИТ-отделом в файле политики.')).toBeTruthy();
    expect(within(dialog).getByLabelText<HTMLInputElement>('Сервер обновлений').value).toBe('Нет');
    expect(
      within(dialog).getByText('Обновления выключены: ИТ-отдел не задал сервер обновлений (в файле политики или переменной среды).'),
    ).toBeTruthy();
  });
});
