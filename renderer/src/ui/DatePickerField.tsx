import { DesktopDatePicker } from '@mui/x-date-pickers/DesktopDatePicker';
import type { FieldRef } from '@mui/x-date-pickers/models';
import { pickersSectionListClasses } from '@mui/x-date-pickers/PickersSectionList';
import type { Dayjs } from 'dayjs';
import { useMemo, useRef, useState, type SyntheticEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n';
import type { DateInputProps } from './DateInput';
import { dayOf, isoOf } from './dayValue';
import { pastMonthEnd, typedDay } from './typedDay';

// The days the app keeps (shared/domain/primitives.ts refuses times outside 1900–2199).
const FIRST_DAY = '1900-01-01';
const LAST_DAY = '2199-12-31';

/** Why the field holds no day although every part of it is typed. */
type Problem = { kind: 'noSuchDay'; monthEnd: string } | { kind: 'notADate' } | { kind: 'other' };

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
  const [shown, setShown] = useState<Dayjs | null>(() => dayOf(value));
  const [heard, setHeard] = useState(value);
  if (heard !== value) {
    setHeard(value);
    setShown(dayOf(value));
  }
  const fieldRef = useRef<FieldRef<Dayjs | null>>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  // The picker's own check (31.02, a day outside min/max) marks the field too.
  const [problem, setProblem] = useState<Problem | null>(null);

  /** The problem of a complete but impossible day, read from what the field shows. */
  const problemOf = (): Problem => {
    const sections = fieldRef.current?.getSections() ?? [];
    const typed = typedDay(sections.map((s) => s.value).join(' '), sections);
    const monthEnd = typed && pastMonthEnd(typed);
    return monthEnd ? { kind: 'noSuchDay', monthEnd } : { kind: 'notADate' };
  };

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

  const said =
    problem?.kind === 'noSuchDay'
      ? t('date.noSuchDay', { date: fmt.closeDate(`${problem.monthEnd}T00:00:00.000Z`) })
      : problem?.kind === 'notADate'
        ? t('date.notADate')
        : undefined;
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
        onError={(reason) => setProblem(reason === null ? null : reason === 'invalidDate' ? problemOf() : { kind: 'other' })}
        minDate={minDate}
        maxDate={maxDate}
        disabled={disabled}
        name={name}
        inputRef={inputRef}
        autoFocus={autoFocus}
        sx={sx}
        slotProps={{
          field: { fieldRef },
          textField: {
            size: 'small',
            required,
            fullWidth,
            error: Boolean(error) || problem !== null,
            helperText: said ?? helperText,
            onBlur,
          },
        }}
      />
    </div>
  );
}
