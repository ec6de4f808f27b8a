/**
 * Intl.DateTimeFormat objects are expensive to build (tens of microseconds each) and a list row formats
 * dates on every render: one formatter per locale and style, built once.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string | undefined, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${locale ?? ''}|${key}`;
  let f = formatters.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(id, f);
  }
  return f;
}

/** Close dates are calendar dates stored as UTC midnight: show them in UTC so they never shift a day. */
export function formatCloseDate(iso: string, locale?: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return formatter(locale, 'date-utc', { dateStyle: 'medium', timeZone: 'UTC' }).format(t);
}

/** A moment (history entry, last sync) in the seller's own time zone. */
export function formatDateTime(iso: string, locale?: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return formatter(locale, 'date-time', { dateStyle: 'medium', timeStyle: 'short' }).format(t);
}

/** The day of a moment (a last update), in the seller's own time zone. */
export function formatDay(iso: string, locale?: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return formatter(locale, 'date-local', { dateStyle: 'medium' }).format(t);
}

/** The yyyy-mm-dd an <input type="date"> holds, from an ISO timestamp (UTC calendar date). */
export function toDateInput(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '' : new Date(t).toISOString().slice(0, 10);
}

/** An <input type="date"> value back to the ISO timestamp the contract expects (UTC midnight); '' stays ''. */
export function fromDateInput(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00.000Z` : date;
}
