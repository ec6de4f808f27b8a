import { errorMessage } from '../i18n/messageKey';

/**
 * Close dates are calendar dates (stored as UTC midnight, see renderer/src/format/dates.ts). "Today" is the
 * seller's own calendar date: the main process and the renderer run on the seller's computer, so both take it
 * from the local clock and agree.
 */
/** A field message (encoded words of the `errors` namespace): the renderer and main word it. */
export const PAST_CLOSE_DATE_MESSAGE = errorMessage('date.pastClose');
export const PAST_CLOSE_DATE_WARNING = 'This close date is in the past. You can keep it, but check it is right.';

/** The local calendar date of a moment, yyyy-mm-dd. */
export function localDateOf(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Is this close date (an ISO timestamp of its calendar date) before `today` (yyyy-mm-dd)? */
export function isPastCloseDate(closingDateTime: string, today: string): boolean {
  const t = Date.parse(closingDateTime);
  if (Number.isNaN(t)) return false;
  return new Date(t).toISOString().slice(0, 10) < today;
}
