import MenuItem from '@mui/material/MenuItem';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import type { InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { fieldMessage } from './formMessages';

export type Option = { value: string; label: string; disabled?: boolean };

/** A select's options from a schema's values and the words people read for them. */
export const optionsOf = <V extends string>(values: readonly V[], labels: Record<V, string>): Option[] =>
  values.map((value) => ({ value, label: labels[value] }));

type Props<T extends FieldValues, Out> = {
  control: Control<T, unknown, Out>;
  name: FieldPathByValue<T, string>;
  label: string;
  /** Under the field while it has no message (an example, "Optional"); otherwise a blank line keeps the layout still. */
  hint?: string;
  /** Said instead of the schema's format rule when the field was left empty ("Choose the end date"). */
  emptyMessage?: string;
  /** A select of these options instead of a text box. */
  options?: readonly Option[];
  /** After each edit, for what else an edit changes (typing a region forgets a customer picked from the directory). */
  onEdited?: () => void;
  htmlInput?: InputHTMLAttributes<HTMLInputElement>;
} & Pick<TextFieldProps, 'required' | 'type' | 'multiline' | 'minRows' | 'disabled' | 'placeholder' | 'autoComplete' | 'sx'>;

/**
 * One text field (or select) of a react-hook-form form, in the app's look: small, full width, its message
 * (the shared schema's, or main's) underneath in place of the hint. A day is FormDateField's.
 */
export function FormTextField<T extends FieldValues, Out>(props: Props<T, Out>) {
  // The message is worded in the language shown: a switch of language re-renders the field.
  useTranslation();
  const { control, name, label, hint, emptyMessage, options, onEdited, htmlInput, type, multiline, minRows, ...rest } = props;
  const { field, fieldState } = useController({ control, name });
  const value: unknown = field.value;
  const message = fieldMessage(fieldState.error, value, emptyMessage);
  return (
    <TextField
      {...rest}
      name={field.name}
      inputRef={field.ref}
      value={value ?? ''}
      onChange={(e) => {
        field.onChange(e.target.value);
        onEdited?.();
      }}
      onBlur={field.onBlur}
      label={label}
      type={type}
      select={Boolean(options)}
      multiline={multiline}
      minRows={multiline ? (minRows ?? 3) : undefined}
      error={Boolean(message)}
      helperText={message ?? hint ?? ' '}
      size="small"
      fullWidth
      slotProps={{ inputLabel: type === 'time' ? { shrink: true } : undefined, htmlInput }}
    >
      {options?.map((o) => (
        <MenuItem key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
