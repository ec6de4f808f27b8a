import { DesktopDatePicker } from '@mui/x-date-pickers/DesktopDatePicker';
import type { FieldRef } from '@mui/x-date-pickers/models';
import { pickersSectionListClasses } from '@mui/x-date-pickers/PickersSectionList';
import { PickersTextField, type PickersTextFieldProps } from '@mui/x-date-pickers/PickersTextField';
import type { Dayjs } from 'dayjs';
import { createContext, useContext, useMemo, useRef, useState, type SyntheticEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n';
import type { DateInputProps } from './DateInput';
import { dayOf, isoOf } from './dayValue';
import { pastMonthEnd, typedDay } from './typedDay';
import { useTypedValue } from './useTypedValue';

// The days the app keeps (shared/domain/primitives.ts refuses times outside 1900–2199).
const FIRST_DAY = '1900-01-01';
const LAST_DAY = '2199-12-31';

/** Why the field holds no day although every part of it is typed. */
type Problem = { kind: 'noSuchDay'; monthEnd: string } | { kind: 'notADate' };

/** What the field says while it holds a complete day the calendar lacks; null while it says nothing of its own. */
type Saying = { reason: string | null; problemOf: (shown: string) => Problem | null; say: (problem: Problem) => string };
const SayingContext = createContext<Saying | null>(null);

/**
 * The picker's text field, saying why a complete day is no day. It is drawn from what the field shows (its hidden
 * input's text), which changes with every digit: typing on in a field already invalid (the year of 02/31/2027) changes
 * the words but not the picker's error.
 */
function SayingTextField(props: PickersTextFieldProps) {
  const saying = useContext(SayingContext);
  const problem = saying?.reason === 'invalidDate' ? saying.problemOf(props.value) : null;
  return <PickersTextField {...props} helperText={problem && saying ? saying.say(problem) : props.helperText} />;
}

/**
 * DateInput's field: MUI X's desktop date picker (a field typed section by section, and a calendar in a popper).
 * The day being typed is kept here: the caller hears a yyyy-mm-dd once the day is complete, and a value the caller
 * changes (Clear filters, Swap) replaces what is shown. A day the calendar lacks (31.02.2027), typed or pasted, stays
 * in the field as typed, is said under it ("the month ends on 28 Feb 2027") and is not handed on.
 */
export function DatePickerField(props: DateInputProps & { autoFocus?: boolean }) {
  const { value, onChange, label, error, helperText, min, max, disabled, required, name, onBlur, inputRef, fullWidth, sx, autoFocus } =
    props;
  const { t } = useTranslation('forms');
  const fmt = useFormat();
  const earliest = min ?? FIRST_DAY;
  const latest = max ?? LAST_DAY;
  const minDate = useMemo(() => dayOf(earliest) ?? undefined, [earliest]);
  const maxDate = useMemo(() => dayOf(latest) ?? undefined, [latest]);
  const [shown, show] = useTypedValue(value, dayOf);
  const fieldRef = useRef<FieldRef<Dayjs | null>>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  // The picker's own check (31.02, a day outside min/max) marks the field too.
  const [invalid, setInvalid] = useState<string | null>(null);

  /**
   * A whole day pasted or filled in (the field's own reading takes its exact format only, and empties itself for a
   * day the calendar lacks): written into the field section by section instead, as if typed, so 31.02.2027 stays
   * there to be corrected and 1.7.2026 is read as 01.07.2026. false when the text is no day in the field's order.
   */
  const typeIn = (text: string): boolean => {
    const field = fieldRef.current;
    const box = boxRef.current;
    if (!field || !box || disabled) return false;
    const sections = field.getSections();
    const typed = typedDay(text, sections);
    if (!typed) return false;
    const exact = sections.map((s, i) => `${s.startSeparator}${typed.digits[i] ?? ''}${s.endSeparator}`).join('');
    if (exact === text.trim() && !pastMonthEnd(typed)) return false;
    flushSync(() => field.clearValue());
    typed.digits.forEach((digits, i) => {
      flushSync(() => field.setSelectedSections(i));
      const content = box.querySelector(
        `.${pickersSectionListClasses.section}[data-sectionindex="${i}"] .${pickersSectionListClasses.sectionContent}`,
      );
      // The field's own handling of digits pasted into one of its sections.
      const paste = new Event('paste', { bubbles: true, cancelable: true });
      Object.defineProperty(paste, 'clipboardData', { value: { getData: () => digits } });
      flushSync(() => content?.dispatchEvent(paste));
    });
    return true;
  };
  const intercept = (event: SyntheticEvent, text: string | undefined) => {
    if (text !== undefined && typeIn(text)) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const saying: Saying = {
    reason: invalid,
    problemOf: (shownText) => {
      const typed = typedDay(shownText, fieldRef.current?.getSections() ?? []);
      const monthEnd = typed && pastMonthEnd(typed);
      return monthEnd ? { kind: 'noSuchDay', monthEnd } : { kind: 'notADate' };
    },
    say: (problem) =>
      problem.kind === 'noSuchDay' ? t('date.noSuchDay', { date: fmt.closeDate(`${problem.monthEnd}T00:00:00.000Z`) }) : t('date.notADate'),
  };
  return (
    <div
      ref={boxRef}
      style={{ display: 'contents' }}
      onPasteCapture={(e) => intercept(e, e.clipboardData.getData('text'))}
      onChangeCapture={(e) => {
        // The field's hidden input: what a browser's autofill (or a test) puts in it.
        const target = e.target as HTMLInputElement;
        if (target.getAttribute('aria-hidden') === 'true') intercept(e, target.value);
      }}
    >
      <SayingContext.Provider value={saying}>
        <DesktopDatePicker
          label={label}
          value={shown}
          onChange={(day) => {
            // Typing a year passes through 0002, 0020, 0202: no day outside the range is handed on.
            const typed = isoOf(day);
            const iso = typed >= earliest && typed <= latest ? typed : '';
            show(day, iso);
            if (iso !== value) onChange(iso);
          }}
          onError={setInvalid}
          minDate={minDate}
          maxDate={maxDate}
          disabled={disabled}
          name={name}
          inputRef={inputRef}
          autoFocus={autoFocus}
          sx={sx}
          slots={{ textField: SayingTextField }}
          slotProps={{
            field: { fieldRef },
            textField: {
              size: 'small',
              required,
              fullWidth,
              error: Boolean(error) || invalid !== null,
              helperText,
              onBlur,
            },
          }}
        />
      </SayingContext.Provider>
    </div>
  );
}
