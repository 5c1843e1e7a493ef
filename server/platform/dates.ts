// Calendar dates are ISO strings (YYYY-MM-DD) in the administration's day; Benin and Cameroon are UTC+1.
export const DEFAULT_TIME_ZONE = 'Africa/Porto-Novo';

// Building an Intl formatter costs far more than using one: keep one per time zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function todayIso(timeZone = DEFAULT_TIME_ZONE, now = new Date()): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(now);
}
