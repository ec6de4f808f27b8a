import { DAY_MS, HOUR_MS, MINUTE_MS } from '../domain/derive';

/**
 * Dates, money, numbers and durations in one locale, through Intl: the list, the detail and main's
 * notifications all use this one module. Intl formatters cost tens of microseconds to build and a list row
 * formats on every render, so each is built once per locale and style.
 */
export type Formatter = {
  locale: string;
  /** A close date: a calendar date stored as UTC midnight, shown in UTC so it never shifts a day. */
  closeDate(iso: string): string;
  /** A moment (history entry, last sync) in the seller's own time zone. */
  dateTime(iso: string): string;
  /** The day of a moment (a last update), in the seller's own time zone. */
  day(iso: string): string;
  /** Money travels as a decimal string; a Number only here, for display. Unknown currency: the raw text. */
  money(value: string, currency: string): string;
  number(n: number): string;
  /** A share as a percentage, whole: 0.456 → "46%" ("46 %" in Russian). */
  percent(fraction: number): string;
  /** A total in whole units of its currency, for summaries and charts (Insights): "$48,000", "48 000 €". */
  wholeMoney(value: string, currency: string): string;
  /** A chart axis number: "48K", "1.2M" ("48 тыс.", "1,2 млн"). */
  compact(n: number): string;
  /** "2d 4h", "5h 12m", "12m" (narrow) or "2 days 4 hours" (long): the two largest units, at least a minute. */
  duration(ms: number, style?: 'narrow' | 'long'): string;
};

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

const dateFormat = (locale: string | undefined, key: string, options: Intl.DateTimeFormatOptions) =>
  cached(`date|${locale ?? ''}|${key}`, () => new Intl.DateTimeFormat(locale, options));
const numberFormat = (locale: string | undefined, key: string, options: Intl.NumberFormatOptions) =>
  cached(`number|${locale ?? ''}|${key}`, () => new Intl.NumberFormat(locale, options));

export function formatCloseDate(iso: string, locale?: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return dateFormat(locale, 'date-utc', { dateStyle: 'medium', timeZone: 'UTC' }).format(t);
}

export function formatDateTime(iso: string, locale?: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return dateFormat(locale, 'date-time', { dateStyle: 'medium', timeStyle: 'short' }).format(t);
}

export function formatDay(iso: string, locale?: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return dateFormat(locale, 'day', { dateStyle: 'medium' }).format(t);
}

export function formatMoney(value: string, currency: string, locale?: string, whole = false): string {
  const amount = Number(value);
  if (value.trim() === '' || !Number.isFinite(amount)) return `${value} ${currency}`.trim();
  try {
    const options: Intl.NumberFormatOptions = { style: 'currency', currency, ...(whole ? { maximumFractionDigits: 0 } : {}) };
    return numberFormat(locale, `currency-${currency}${whole ? '-whole' : ''}`, options).format(amount);
  } catch {
    return `${value} ${currency}`;
  }
}

type Unit = 'day' | 'hour' | 'minute';
const unitText = (locale: string, unit: Unit, n: number, style: 'narrow' | 'long') =>
  numberFormat(locale, `${unit}-${style}`, { style: 'unit', unit, unitDisplay: style }).format(n);

export function formatDuration(ms: number, locale: string, style: 'narrow' | 'long' = 'narrow'): string {
  const left = Math.max(ms, 0);
  const days = Math.floor(left / DAY_MS);
  const hours = Math.floor((left % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((left % HOUR_MS) / MINUTE_MS);
  const parts: [Unit, number][] =
    days > 0
      ? [
          ['day', days],
          ['hour', hours],
        ]
      : hours > 0
        ? [
            ['hour', hours],
            ['minute', minutes],
          ]
        : [['minute', Math.max(minutes, 1)]];
  // Long style drops a zero second unit ("3 days", not "3 days 0 hours"); narrow keeps the fixed "10d 0h" shape.
  const shown = style === 'long' && parts.length === 2 && parts[1]?.[1] === 0 ? parts.slice(0, 1) : parts;
  return shown.map(([unit, n]) => unitText(locale, unit, n, style)).join(' ');
}

export function createFormatter(locale: string): Formatter {
  return cached(`formatter|${locale}`, () => ({
    locale,
    closeDate: (iso: string) => formatCloseDate(iso, locale),
    dateTime: (iso: string) => formatDateTime(iso, locale),
    day: (iso: string) => formatDay(iso, locale),
    money: (value: string, currency: string) => formatMoney(value, currency, locale),
    number: (n: number) => numberFormat(locale, 'plain', {}).format(n),
    percent: (fraction: number) => numberFormat(locale, 'percent', { style: 'percent', maximumFractionDigits: 0 }).format(fraction),
    wholeMoney: (value: string, currency: string) => formatMoney(value, currency, locale, true),
    compact: (n: number) => numberFormat(locale, 'compact', { notation: 'compact' }).format(n),
    duration: (ms: number, style: 'narrow' | 'long' = 'narrow') => formatDuration(ms, locale, style),
  }));
}
