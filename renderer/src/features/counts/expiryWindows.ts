/** Where "today" and "this week" end for the expiry summary, in the seller's own time zone (ISO instants). */
export function expiryWindows(now: number): { today: string; week: string } {
  const d = new Date(now);
  const endOfDay = (days: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + days).toISOString();
  // Today: until midnight tonight. This week: the next 7 days, today included.
  return { today: endOfDay(1), week: endOfDay(7) };
}
