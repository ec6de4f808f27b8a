import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { DatesInLanguage } from '../i18n/DatesInLanguage';
import { dateField, typeDate } from '../test/dates';
import { DateInput } from './DateInput';

function Harness({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <I18nextProvider i18n={i18n}>
      <DatesInLanguage>
        <DateInput label="Close date" value={value} onChange={setValue} />
        <button type="button" onClick={() => setValue('2027-12-31')}>
          Set from outside
        </button>
        <output>{value || 'none'}</output>
      </DatesInLanguage>
    </I18nextProvider>
  );
}

const speak = (language: 'en' | 'ru') =>
  act(async () => {
    await i18n.changeLanguage(language);
  });
const held = () => screen.getByRole('status').textContent;
/** What the field shows, as one string: its sections and the separators between them. */
const shown = (field: HTMLElement) => field.querySelector('.MuiPickersSectionList-root')?.textContent;

describe('DateInput', () => {
  afterEach(() => speak('en'));

  it('in Russian shows ДД.ММ.ГГГГ and a day as 01.07.2026; switching language re-formats it at once', async () => {
    await speak('ru');
    render(<Harness />);
    const field = await dateField('Close date');
    expect(shown(field)).toBe('ДД.ММ.ГГГГ');

    await typeDate(field, '01.07.2026');
    expect(held()).toBe('2026-07-01');
    expect(shown(field)).toBe('01.07.2026');
    expect(
      within(field)
        .getAllByRole('spinbutton')
        .map((s) => s.getAttribute('aria-label')),
    ).toEqual(['День', 'Месяц', 'Год']);

    await speak('en');
    await waitFor(() => expect(shown(field)).toBe('07/01/2026'));
    expect(held()).toBe('2026-07-01');
    fireEvent.click(screen.getByRole('button', { name: 'Set from outside' }));
    await waitFor(() => expect(shown(field)).toBe('12/31/2027'));

    await speak('ru');
    await waitFor(() => expect(shown(field)).toBe('31.12.2027'));
    await typeDate(field, '');
    expect(held()).toBe('none');
    expect(shown(field)).toBe('ДД.ММ.ГГГГ');
  });

  it('in English takes MM/DD/YYYY only; a day the calendar lacks is no day; one outside 1900–2199 is not handed on and marks the field', async () => {
    render(<Harness initial="2026-07-01" />);
    const field = await dateField('Close date');
    expect(shown(field)).toBe('07/01/2026');
    // 31 February is no day: it is not handed on, but stays in the field as typed, and the field says why.
    await typeDate(field, '02/31/2026');
    expect(held()).toBe('none');
    expect(shown(field)).toBe('02/31/2026');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(await screen.findByText('No such date: the month ends on Feb 28, 2026')).toBeTruthy();
    // Typing on in the field (another year) changes the words, though the field stays invalid.
    const year = within(field).getAllByRole('spinbutton')[2] as HTMLElement;
    fireEvent.mouseDown(year);
    fireEvent.paste(year, { clipboardData: { getData: () => '2028' } });
    await waitFor(() => expect(shown(field)).toBe('02/31/2028'));
    expect(await screen.findByText('No such date: the month ends on Feb 29, 2028')).toBeTruthy();
    expect(held()).toBe('none');
    // Numbers in the field's order without the leading zeros are read as the day they write.
    await typeDate(field, '3/5/2026');
    expect(held()).toBe('2026-03-05');
    expect(shown(field)).toBe('03/05/2026');
    expect(screen.queryByText(/No such date/)).toBeNull();
    await typeDate(field, '2026-03-15');
    expect(held()).toBe('none');
    await typeDate(field, '03/15/2026');
    expect(held()).toBe('2026-03-15');
    expect(field.getAttribute('aria-invalid')).toBe('false');
    await typeDate(field, '03/15/1899');
    expect(held()).toBe('none');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('in Russian a pasted 31.02.2027 stays as typed, is said under the field and is not handed on; a real day then replaces it', async () => {
    await speak('ru');
    render(<Harness initial="2026-07-01" />);
    const field = await dateField('Close date');
    const root = field.closest('.MuiPickersSectionList-root') ?? field;
    // A paste over the whole field (Ctrl+A, Ctrl+V), as a seller copies a day from a mail.
    fireEvent.click(within(field).getAllByRole('spinbutton')[0] as HTMLElement);
    fireEvent.keyDown(within(field).getAllByRole('spinbutton')[0] as HTMLElement, { key: 'a', ctrlKey: true });
    fireEvent.paste(root, { clipboardData: { getData: () => '31.02.2027' } });
    await waitFor(() => expect(shown(field)).toBe('31.02.2027'));
    expect(held()).toBe('none');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(await screen.findByText('Такой даты нет: месяц заканчивается 28 февр. 2027 г.')).toBeTruthy();

    await typeDate(field, '28.02.2027');
    expect(held()).toBe('2027-02-28');
    expect(shown(field)).toBe('28.02.2027');
    expect(screen.queryByText(/Такой даты нет/)).toBeNull();
    expect(field.getAttribute('aria-invalid')).toBe('false');
  });

  it('the calendar opens from its button in the language shown, a click on a day picks it, Esc closes it', async () => {
    await speak('ru');
    render(<Harness initial="2026-07-01" />);
    const field = await dateField('Close date');
    fireEvent.click(within(field).getByRole('button', { name: /^Выберите дату/ }));
    const calendar = await screen.findByRole('dialog');
    expect(within(calendar).getByText('июль 2026')).toBeTruthy();
    fireEvent.click(within(calendar).getByRole('gridcell', { name: '15' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(held()).toBe('2026-07-15');
    expect(shown(field)).toBe('15.07.2026');

    fireEvent.click(within(field).getByRole('button', { name: /^Выберите дату/ }));
    fireEvent.keyDown(await screen.findByRole('dialog'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(held()).toBe('2026-07-15');
  });
});
