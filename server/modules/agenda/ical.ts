// A small RFC 5545 (iCalendar) writer for the agenda feeds: VCALENDAR with VEVENTs, times in UTC,
// all-day events as DATE values, TEXT escaping and line folding at 75 octets.
export type IcalEvent = {
  uid: string;
  summary: string;
  location?: string | null;
  description?: string | null;
  categories?: string | null;
  // PUBLIC, PRIVATE or CONFIDENTIAL (RFC 5545 §3.8.1.3)
  classification?: 'PUBLIC' | 'PRIVATE' | 'CONFIDENTIAL';
  url?: string | null;
  start: Date;
  end: Date; // exclusive
  // all-day events give days: first day and the day after the last one
  allDay?: { startDate: string; endDateExclusive: string };
  lastModified: Date;
};

export type IcalCalendar = { name: string; productId: string; events: IcalEvent[] };

const CRLF = '\r\n';

// TEXT values: backslash, semicolon, comma and newlines are escaped (§3.3.11).
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

// Lines longer than 75 octets are folded: CRLF then one space; never inside a UTF-8 character (§3.1).
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  let limit = 75;
  for (const char of line) {
    const octets = encoder.encode(char).length;
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = '';
      currentOctets = 0;
      limit = 74; // continuation lines start with the space
    }
    current += char;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad = (n: number) => String(n).padStart(2, '0');
export function formatUtc(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}
const formatDate = (isoDate: string) => isoDate.replace(/-/g, '');

function eventLines(event: IcalEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtc(event.lastModified)}`,
    `LAST-MODIFIED:${formatUtc(event.lastModified)}`,
  ];
  if (event.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${formatDate(event.allDay.startDate)}`, `DTEND;VALUE=DATE:${formatDate(event.allDay.endDateExclusive)}`);
  } else {
    lines.push(`DTSTART:${formatUtc(event.start)}`, `DTEND:${formatUtc(event.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.categories) lines.push(`CATEGORIES:${escapeText(event.categories)}`);
  if (event.classification) lines.push(`CLASS:${event.classification}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push('STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

export function serializeCalendar(calendar: IcalCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
