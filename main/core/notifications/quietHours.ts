/** Quiet hours in the seller's local wall-clock time, e.g. 22:00–07:00 (may wrap past midnight). */
export type QuietHours = { start: string; end: string } | null;

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function parseHHMM(value: string): number {
  const m = HHMM.exec(value);
  if (!m) throw new Error(`"${value}" is not a time like 22:00`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Minutes since local midnight in the given IANA time zone (DST-aware through Intl). */
export function localMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

export function isQuiet(at: Date, quiet: QuietHours, timeZone: string): boolean {
  if (!quiet) return false;
  const start = parseHHMM(quiet.start);
  const end = parseHHMM(quiet.end);
  if (start === end) return false;
  const now = localMinutes(at, timeZone);
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/**
 * When do the quiet hours that contain `at` end? Walks forward a minute at a time (at most a day), so
 * a DST change inside the quiet period is handled by the time zone database, not by arithmetic here.
 */
export function quietEndsAt(at: Date, quiet: QuietHours, timeZone: string): Date {
  const minute = 60_000;
  let t = Math.ceil(at.getTime() / minute) * minute;
  for (let i = 0; i < 26 * 60 && isQuiet(new Date(t), quiet, timeZone); i++) t += minute;
  return new Date(t);
}
