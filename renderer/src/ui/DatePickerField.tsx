import { DesktopDatePicker } from '@mui/x-date-pickers/DesktopDatePicker';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { DateInputProps } from './DateInput';
import { dayOf, isoOf } from './dayValue';

// The days the app keeps (shared/domain/primitives.ts refuses times outside 1900–2199).
const FIRST_DAY = '1900-01-01';
const LAST_DAY = '2199-12-31';

/**
 * DateInput's field: MUI X's desktop date picker (a field typed section by section, and a calendar in a popper).
 * The day being typed is kept here: the caller hears a yyyy-mm-dd once the day is complete, and a value the caller
 * changes (Clear filters, Swap) replaces what is shown.
 */
export function DatePickerField(props: DateInputProps & { autoFocus?: boolean }) {
  const { value, onChange, label, error, helperText, min, max, disabled, required, name, onBlur, inputRef, fullWidth, sx, autoFocus } =
    props;
  const earliest = min ?? FIRST_DAY;
  const latest = max ?? LAST_DAY;
  const minDate = useMemo(() => dayOf(earliest) ?? undefined, [earliest]);
  const maxDate = useMemo(() => dayOf(latest) ?? undefined, [latest]);
  const [shown, setShown] = useState<Dayjs | null>(() => dayOf(value));
  const [heard, setHeard] = useState(value);
  if (heard !== value) {
    setHeard(value);
    setShown(dayOf(value));
  }
  // The picker's own check (31.02, a day outside min/max) marks the field too.
  const [invalid, setInvalid] = useState(false);
  return (
    <DesktopDatePicker
      label={label}
      value={shown}
      onChange={(day) => {
        setShown(day);
        // Typing a year passes through 0002, 0020, 0202: no day outside the range is handed on.
        const typed = isoOf(day);
        const iso = typed >= earliest && typed <= latest ? typed : '';
        setHeard(iso);
        if (iso !== value) onChange(iso);
      }}
      onError={(reason) => setInvalid(reason !== null)}
      minDate={minDate}
      maxDate={maxDate}
      disabled={disabled}
      name={name}
      inputRef={inputRef}
      autoFocus={autoFocus}
      sx={sx}
      slotProps={{ textField: { size: 'small', required, fullWidth, error: Boolean(error) || invalid, helperText, onBlur } }}
    />
  );
}
