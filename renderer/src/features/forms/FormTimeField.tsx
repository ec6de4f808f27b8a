import type { SxProps, Theme } from '@mui/material/styles';
import { TimeField } from '@mui/x-date-pickers/TimeField';
import dayjs, { type Dayjs } from 'dayjs';
import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useTypedValue } from '../../ui/useTypedValue';
import { fieldMessage } from './formMessages';

type Props<T extends FieldValues, Out> = {
  control: Control<T, unknown, Out>;
  /** A field holding a time of day as HH:mm, 24-hour ('22:00'), as the settings keep it. */
  name: FieldPathByValue<T, string>;
  label: string;
  /** Said instead of the schema's rule when the field was left empty or half typed. */
  emptyMessage?: string;
  sx?: SxProps<Theme>;
};

/** HH:mm as the time picker holds it (a day is needed; only its hours and minutes are read). */
export function timeOf(hhmm: string): Dayjs | null {
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(hhmm)) return null;
  return dayjs(`2000-01-01T${hhmm}`);
}

/**
 * A time of day in the app's language (i18n/DatesInLanguage): 10:00 PM in English, 22:00 in Russian, typed hour and
 * minute apart. Chromium's `<input type="time">` follows the browser's locale whatever the page's language, hence
 * this. The form still holds HH:mm, 24-hour; a half-typed time is '' (the schema's message says so).
 */
export function FormTimeField<T extends FieldValues, Out>({ control, name, label, emptyMessage, sx }: Props<T, Out>) {
  useTranslation();
  const { field, fieldState } = useController({ control, name });
  const value: unknown = field.value;
  const hhmm = typeof value === 'string' ? value : '';
  // What is shown, kept while half typed; a value set from outside (the switch's 22:00) replaces it.
  const [shown, show] = useTypedValue(hhmm, timeOf);
  const message = fieldMessage(fieldState.error, hhmm, emptyMessage);
  return (
    <TimeField
      label={label}
      value={shown}
      onChange={(time) => {
        const next = time?.isValid() ? time.format('HH:mm') : '';
        show(time, next);
        if (next !== hhmm) field.onChange(next);
      }}
      onBlur={field.onBlur}
      inputRef={field.ref}
      name={field.name}
      size="small"
      error={Boolean(message)}
      helperText={message ?? ' '}
      sx={sx}
    />
  );
}
