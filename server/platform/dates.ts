// Calendar dates are ISO strings (YYYY-MM-DD) in the administration's day; Benin and Cameroon are UTC+1.
export const DEFAULT_TIME_ZONE = 'Africa/Porto-Novo';

export function todayIso(timeZone = DEFAULT_TIME_ZONE, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
