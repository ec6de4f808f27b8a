import { fireEvent, screen, within } from '@testing-library/react';

/**
 * The DateInput (ui/DateInput) named `label`, once its picker has loaded: MUI X's field, a group of one
 * spin button per part of the day, named by its label.
 */
export function dateField(label: string | RegExp, inside?: HTMLElement): Promise<HTMLElement> {
  return (inside ? within(inside) : screen).findByRole('group', { name: label });
}

/**
 * Puts a day into a DateInput written as the field shows it ("01.07.2026" in Russian, "07/01/2026" in English), as a
 * paste or the browser's autofill does: through the field's own input, which parses it in the field's format.
 * '' empties the field.
 */
export async function typeDate(field: HTMLElement | Promise<HTMLElement>, shown: string): Promise<void> {
  const input = (await field).querySelector('input');
  if (!input) throw new Error('the date field has no input');
  fireEvent.change(input, { target: { value: shown } });
}
