// Calendar dates are ISO strings (YYYY-MM-DD) in the administration's day; Benin and Cameroon are UTC+1.
export const DEFAULT_TIME_ZONE = 'Africa/Porto-Novo';

const formatters = new Map<string, Intl.DateTimeFormat>();

// Building an Intl formatter costs about a millisecond; keep one per time zone.
export function todayIso(timeZone = DEFAULT_TIME_ZONE, now = new Date()): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(now);
}

// The calendar day after (or before, with a negative n) a "YYYY-MM-DD".
export function addDaysIso(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

// Minutes to add to UTC to get the wall-clock time of a time zone at an instant (+60 for Porto-Novo).
function zoneOffsetMinutes(timeZone: string, at: Date): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(at).map((p) => [p.type, p.value]));
  const wall = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

// The instant a calendar day starts in a time zone (midnight, wall-clock).
export function startOfDayInZone(isoDate: string, timeZone = DEFAULT_TIME_ZONE): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  const first = guess - zoneOffsetMinutes(timeZone, new Date(guess)) * 60_000;
  // a second pass settles days where the offset changes (summer time elsewhere; none in Benin or Cameroon)
  return new Date(guess - zoneOffsetMinutes(timeZone, new Date(first)) * 60_000);
}
