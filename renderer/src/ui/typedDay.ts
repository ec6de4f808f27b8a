import dayjs from 'dayjs';

/** What the date field says about a section of itself (MUI X's FieldSection, the parts read here). */
export type DaySection = { type: string; maxLength: number | null; startSeparator: string; endSeparator: string };

/** A day written as numbers, in the order of the field's sections. */
export type TypedDay = { digits: string[]; year: number; month: number; day: number };

const limits: Record<string, { min: number; max: number; length: number }> = {
  day: { min: 1, max: 31, length: 2 },
  month: { min: 1, max: 12, length: 2 },
  year: { min: 0, max: 9999, length: 4 },
};

/**
 * `text` read as a day written in the field's order ("31.02.2027" in Russian, "02/31/2027" in English): one number per
 * section (day 1–31, month 1–12, a four-digit year), any punctuation between them. null when it is not such a text.
 */
export function typedDay(text: string, sections: readonly DaySection[]): TypedDay | null {
  const trimmed = text.trim();
  if (!/^\d+(?:[\s./-]+\d+)*$/.test(trimmed)) return null;
  const numbers = trimmed.match(/\d+/g) ?? [];
  if (numbers.length !== sections.length) return null;
  const parts: Partial<Record<'day' | 'month' | 'year', number>> = {};
  const digits: string[] = [];
  for (const [i, section] of sections.entries()) {
    const limit = limits[section.type];
    const typed = numbers[i] ?? '';
    const length = section.maxLength ?? limit?.length ?? 0;
    if (!limit || typed.length > length || (section.type === 'year' && typed.length !== 4)) return null;
    const n = Number(typed);
    if (n < limit.min || n > limit.max) return null;
    parts[section.type as 'day' | 'month' | 'year'] = n;
    digits.push(typed.padStart(length, '0'));
  }
  const { year, month, day } = parts;
  if (year === undefined || month === undefined || day === undefined) return null;
  return { digits, year, month, day };
}

/** The last day (yyyy-mm-dd) of the typed day's month when the month has no such day (31.02), else null. */
export function pastMonthEnd({ year, month, day }: Pick<TypedDay, 'year' | 'month' | 'day'>): string | null {
  const first = dayjs(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`);
  const days = first.daysInMonth();
  return day > days ? first.date(days).format('YYYY-MM-DD') : null;
}
