import dayjs, { type Dayjs } from 'dayjs';

/** A day as the forms and filters hold it (yyyy-mm-dd) as the date pickers hold it; '' or anything else is no day. */
export function dayOf(iso: string): Dayjs | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  // dayjs reads yyyy-mm-dd as that calendar day in local time, which is the day the picker shows.
  const day = dayjs(iso);
  return day.isValid() && day.format('YYYY-MM-DD') === iso ? day : null;
}

/** The yyyy-mm-dd of a picked day; '' for none, a half-typed field or a day the calendar does not have (31.02). */
export function isoOf(day: Dayjs | null): string {
  return day?.isValid() ? day.format('YYYY-MM-DD') : '';
}
