import type { SxProps, Theme } from '@mui/material/styles';
import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../ui/DateInput';
import { fieldMessage } from './formMessages';

type Props<T extends FieldValues, Out> = {
  control: Control<T, unknown, Out>;
  /** A field holding the day as yyyy-mm-dd ('' for none). */
  name: FieldPathByValue<T, string>;
  label: string;
  /** Under the field while it has no message; otherwise a blank line keeps the layout still. */
  hint?: string;
  /** Said instead of the schema's format rule when the field was left empty ("Choose the end date"). */
  emptyMessage?: string;
  required?: boolean;
  disabled?: boolean;
  sx?: SxProps<Theme>;
};

/** FormTextField's counterpart for a day: a DateInput in the app's language, its message (or hint) underneath. */
export function FormDateField<T extends FieldValues, Out>({
  control,
  name,
  label,
  hint,
  emptyMessage,
  required,
  disabled,
  sx,
}: Props<T, Out>) {
  // The message is worded in the language shown: a switch of language re-renders the field.
  useTranslation();
  const { field, fieldState } = useController({ control, name });
  const value: unknown = field.value;
  const day = typeof value === 'string' ? value : '';
  const message = fieldMessage(fieldState.error, day, emptyMessage);
  return (
    <DateInput
      name={field.name}
      inputRef={field.ref}
      value={day}
      onChange={field.onChange}
      onBlur={field.onBlur}
      label={label}
      required={required}
      disabled={disabled}
      error={Boolean(message)}
      helperText={message ?? hint ?? ' '}
      fullWidth
      sx={sx}
    />
  );
}
