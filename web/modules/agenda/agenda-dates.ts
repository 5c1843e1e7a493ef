// Dates of the agenda in the browser's time zone (the administration's, for its users): the form works
// with a day and wall-clock times, the API with instants.
import { formatDate } from '../../ui/format';

const pad = (n: number) => String(n).padStart(2, '0');

// "2026-11-24" + "10:30" read in local time, as the instant the API expects.
export function toInstant(day: string, time: string): string {
  return new Date(`${day}T${time.length === 5 ? `${time}:00` : time}`).toISOString();
}

export function localDay(instant: string | Date): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function localTime(instant: string | Date): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return localDay(new Date(y, m - 1, d + days));
}

// "mardi 24 novembre 2026, 10:00 – 11:00", or the days of an all-day event.
export function formatEventTime(
  event: { isAllDay: boolean; startsAt: string; endsAt: string; startDate: string; endDate: string },
  locale: string,
): string {
  if (event.isAllDay) {
    const first = formatDate(event.startDate, 'long', locale);
    return event.startDate === event.endDate ? first : `${first} – ${formatDate(event.endDate, 'long', locale)}`;
  }
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  if (localDay(start) === localDay(end)) return `${day.format(start)}, ${time.format(start)} – ${time.format(end)}`;
  return `${day.format(start)}, ${time.format(start)} – ${day.format(end)}, ${time.format(end)}`;
}

// "24/11/2026" typed in a date field, as "2026-11-24" (null when it is not a date).
export function parseFrenchDate(text: string): string | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [, d, m, y] = match.map(Number) as [number, number, number, number];
  const date = new Date(y, m - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return null;
  return localDay(date);
}
