// Dates through the shared formatter (shared/i18n/format.ts): the list and main's notifications use the same.
export { formatCloseDate, formatDateTime, formatDay } from '../../../shared/i18n';

/** The yyyy-mm-dd a date field (ui/DateInput) holds, from an ISO timestamp (UTC calendar date). */
export function toDateInput(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '' : new Date(t).toISOString().slice(0, 10);
}

/** A date field's yyyy-mm-dd back to the ISO timestamp the contract expects (UTC midnight); '' stays ''. */
export function fromDateInput(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00.000Z` : date;
}
