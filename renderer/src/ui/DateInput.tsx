import TextField from '@mui/material/TextField';
import type { SxProps, Theme } from '@mui/material/styles';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyBoundary, lazyPanel } from '../app/lazyPanel';
import { dayOf } from './dayValue';

export type DateInputProps = {
  /** yyyy-mm-dd, or '' for none: what the forms and filters hold. */
  value: string;
  /** A complete day as yyyy-mm-dd; '' when the field is emptied, half typed or holds a day the calendar lacks. */
  onChange: (value: string) => void;
  label: string;
  error?: boolean;
  helperText?: string;
  /** yyyy-mm-dd: no day before `min` or after `max` is offered or handed on (by default the app's 1900–2199). */
  min?: string;
  max?: string;
  disabled?: boolean;
  required?: boolean;
  name?: string;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  fullWidth?: boolean;
  sx?: SxProps<Theme>;
};

// MUI X's field and calendar are ~50 KB gzip: the list filters are on the first screen, so they come in a chunk of
// their own, fetched as the first screen mounts; until it is there the field is drawn as it will look.
const DatePickerField = lazyPanel(() => import('./DatePickerField').then((m) => m.DatePickerField));

/**
 * A date field in the app's language (i18n/DatesInLanguage): typed in that language's order (ДД.ММ.ГГГГ in
 * Russian, MM/DD/YYYY in English) or picked from the calendar its button opens (Esc closes it). Chromium's own
 * `<input type="date">` follows the browser's locale whatever the page's language, hence this.
 */
export function DateInput(props: DateInputProps) {
  // Focus given to the stand-in (in the moment before the chunk arrives) moves on to the field.
  const [focused, setFocused] = useState(false);
  return (
    <LazyBoundary fallback={<StandIn {...props} onFocus={() => setFocused(true)} />}>
      <DatePickerField {...props} autoFocus={focused} />
    </LazyBoundary>
  );
}

/** The field as the picker will draw it (same size, label and day), read only. */
function StandIn({
  value,
  label,
  error,
  helperText,
  disabled,
  required,
  fullWidth,
  sx,
  onFocus,
}: DateInputProps & { onFocus: () => void }) {
  const { i18n } = useTranslation();
  const day = dayOf(value);
  return (
    <TextField
      size="small"
      label={label}
      value={day ? day.locale(i18n.language === 'ru' ? 'ru' : 'en').format('L') : ''}
      error={error}
      helperText={helperText}
      disabled={disabled}
      required={required}
      fullWidth={fullWidth}
      sx={sx}
      onFocus={onFocus}
      slotProps={{ htmlInput: { readOnly: true, 'aria-hidden': true, tabIndex: -1 } }}
    />
  );
}
