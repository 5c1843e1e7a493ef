// FullCalendar 6 (day, week and month views) in French or English, driven by our own toolbar.
// The core is used directly: the installed React adapter belongs to FullCalendar 7 and does not work with
// the version 6 plugins. FullCalendar injects its CSS from JavaScript, which the CSP allows (inline styles).
import { Calendar, type EventContentArg, type EventInput } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import frLocale from '@fullcalendar/core/locales/fr';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { type DateClickArg } from '@fullcalendar/interaction';
import timeGridPlugin from '@fullcalendar/timegrid';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { localDay } from './agenda-dates';
import { kindHex } from './agenda.labels';
import type { EventListItem } from './agenda.types';

export type CalendarViewName = 'dayGridMonth' | 'timeGridWeek' | 'timeGridDay';
export type CalendarRange = { from: string; to: string; title: string; view: CalendarViewName; date: string };
export type CalendarHandle = { prev: () => void; next: () => void; today: () => void; changeView: (view: CalendarViewName) => void };

type Props = {
  initialView: CalendarViewName;
  initialDate: string;
  language: string;
  events: EventListItem[];
  labels: { clash: string; represented: string };
  onRangeChange: (range: CalendarRange) => void;
  onEventClick: (eventId: string) => void;
  onDateClick?: (day: string, time: string | null) => void;
};

// An all-day event ends the day after its last day, as FullCalendar counts.
function toEventInput(item: EventListItem): EventInput {
  const [y, m, d] = item.endDate.split('-').map(Number) as [number, number, number];
  return {
    id: item.id,
    title: item.title,
    start: item.isAllDay ? item.startDate : item.startsAt,
    end: item.isAllDay ? localDay(new Date(y, m - 1, d + 1)) : item.endsAt,
    allDay: item.isAllDay,
    backgroundColor: kindHex[item.kind],
    borderColor: item.clashes.length > 0 ? '#e03131' : kindHex[item.kind],
    classNames: item.clashes.length > 0 ? ['agenda-event-clash'] : [],
    extendedProps: { item },
  };
}

function renderContent(arg: EventContentArg, labels: Props['labels']) {
  const item = arg.event.extendedProps.item as EventListItem;
  const root = document.createElement('div');
  root.className = 'agenda-event';
  if (item.clashes.length > 0) {
    const marker = document.createElement('span');
    marker.className = 'agenda-clash-marker';
    marker.textContent = '⚠';
    marker.title = labels.clash;
    root.append(marker);
  }
  if (arg.timeText && !arg.event.allDay) {
    const time = document.createElement('span');
    time.className = 'agenda-event-time';
    time.textContent = arg.timeText;
    root.append(time);
  }
  const title = document.createElement('span');
  title.className = 'agenda-event-title';
  title.textContent = item.representative ? `${item.title} (${labels.represented})` : item.title;
  root.append(title);
  return { domNodes: [root] };
}

export const AgendaCalendar = forwardRef<CalendarHandle, Props>(function AgendaCalendar(props, ref) {
  const elementRef = useRef<HTMLDivElement>(null);
  const calendarRef = useRef<Calendar | null>(null);
  // the calendar lives outside React: it reads the latest callbacks through this ref
  const latest = useRef(props);
  latest.current = props;

  useImperativeHandle(ref, () => ({
    prev: () => calendarRef.current?.prev(),
    next: () => calendarRef.current?.next(),
    today: () => calendarRef.current?.today(),
    changeView: (view) => calendarRef.current?.changeView(view),
  }));

  useEffect(() => {
    const calendar = new Calendar(elementRef.current!, {
      plugins: [dayGridPlugin, timeGridPlugin, interactionPlugin],
      initialView: latest.current.initialView,
      initialDate: latest.current.initialDate,
      locale: latest.current.language === 'en' ? enGbLocale : frLocale,
      headerToolbar: false,
      height: 'auto',
      firstDay: 1,
      nowIndicator: true,
      slotMinTime: '07:00:00',
      slotMaxTime: '21:00:00',
      scrollTime: '08:00:00',
      allDayText: '',
      dayMaxEvents: 4,
      eventInteractive: true,
      eventDisplay: 'block',
      eventContent: (arg) => renderContent(arg, latest.current.labels),
      eventDidMount: (arg) => {
        const item = arg.event.extendedProps.item as EventListItem;
        const label = item.clashes.length > 0 ? `${item.title} — ${latest.current.labels.clash}` : item.title;
        arg.el.setAttribute('aria-label', label);
        arg.el.setAttribute('data-event-id', item.id);
      },
      eventClick: (arg) => {
        arg.jsEvent.preventDefault();
        latest.current.onEventClick(arg.event.id);
      },
      dateClick: (arg: DateClickArg) => latest.current.onDateClick?.(localDay(arg.date), arg.allDay ? null : arg.dateStr.slice(11, 16)),
      datesSet: (arg) =>
        latest.current.onRangeChange({
          from: arg.start.toISOString(),
          to: arg.end.toISOString(),
          title: arg.view.title,
          view: arg.view.type as CalendarViewName,
          date: localDay(arg.view.currentStart),
        }),
    });
    calendar.render();
    calendarRef.current = calendar;
    return () => {
      calendar.destroy();
      calendarRef.current = null;
    };
  }, []);

  useEffect(() => {
    calendarRef.current?.setOption('locale', props.language === 'en' ? enGbLocale : frLocale);
  }, [props.language]);

  useEffect(() => {
    const calendar = calendarRef.current;
    if (!calendar) return;
    calendar.batchRendering(() => {
      calendar.removeAllEventSources();
      calendar.addEventSource(props.events.map(toEventInput));
    });
  }, [props.events]);

  return <div ref={elementRef} className="agenda-calendar" />;
});
