import ICAL from 'ical.js';
import { addDaysToIsoDate, formatIsoDate, isIsoDate } from './iso-date';
import type { Holiday } from './types';

/**
 * Holiday import from iCalendar files (RFC 5545), such as a public-holiday calendar exported from Google or Outlook.
 * Parsing is ical.js's job (https://github.com/kewisch/ical.js): line folding, escaping, DATE vs DATE-TIME and
 * RRULE expansion are easy to get subtly wrong by hand. Only authoring pages import this file.
 */

export type ImportHolidaysResult = { ok: true; holidays: Holiday[]; skipped: number } | { ok: false; error: string };

export interface ImportHolidaysOptions {
  /**
   * First day (`YYYY-MM-DD`) of the window in which recurring events are expanded, usually today in the calendar's
   * zone. Without it recurring events are skipped and counted: this module does not read the clock.
   */
  expandFrom?: string;
  /** Length of the expansion window in years; 2 unless given. */
  expandYears?: number;
}

// A daily rule that started decades ago walks many occurrences before reaching the window; stop well before that
// becomes a hang.
const MAX_OCCURRENCES_PER_EVENT = 50_000;

/**
 * Reads the all-day events of an `.ics` file as policy holidays. `SUMMARY` becomes the name. An event of one day is
 * `{ date }`; a longer one is an inclusive range `{ from, to }` (iCalendar's `DTEND` is exclusive). Recurring all-day
 * events are expanded within `options.expandFrom` + `expandYears`. Timed events, cancelled events and recurring
 * events without a window are skipped and counted. Never throws: a file that is not iCalendar is an error message.
 *
 * @example
 * importHolidaysFromIcs(text, { expandFrom: '2026-01-01' });
 * // { ok: true, holidays: [{ from: '2026-10-01', to: '2026-10-07', name: 'National Day' }], skipped: 1 }
 */
export function importHolidaysFromIcs(text: string, options: ImportHolidaysOptions = {}): ImportHolidaysResult {
  try {
    return importChecked(text, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `This file could not be read as an iCalendar (.ics) file: ${reason}` };
  }
}

function importChecked(text: string, options: ImportHolidaysOptions): ImportHolidaysResult {
  const calendars = readCalendars(text);
  if (calendars.length === 0) {
    return { ok: false, error: 'This file is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR.' };
  }
  const window = expansionWindow(options);
  if (typeof window === 'string') return { ok: false, error: window };

  const holidays: { from: string; to: string; name: string }[] = [];
  let skipped = 0;
  for (const calendar of calendars) {
    const components = calendar.getAllSubcomponents('vevent');
    // Overrides of single occurrences (RECURRENCE-ID) belong to their series; ical.js applies them when expanding.
    const overrides = components.filter((component) => component.hasProperty('recurrence-id'));
    for (const component of components) {
      if (component.hasProperty('recurrence-id')) continue;
      const event = new ICAL.Event(component);
      for (const exception of overrides) {
        if (exception.getFirstPropertyValue('uid') === event.uid) event.relateException(exception);
      }
      const result = holidaysOfEvent(event, window);
      skipped += result.skipped;
      holidays.push(...result.holidays);
    }
  }
  holidays.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return { ok: true, holidays: holidays.map(toHoliday), skipped };
}

function readCalendars(text: string): ICAL.Component[] {
  const parsed: unknown = ICAL.parse(text);
  // ICAL.parse gives one jCal component, or a list of them when the file has several at the top level.
  const list = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : parsed === undefined ? [] : [parsed];
  return list
    .filter((jcal): jcal is unknown[] => Array.isArray(jcal) && typeof jcal[0] === 'string')
    .map((jcal) => new ICAL.Component(jcal))
    .filter((component) => component.name === 'vcalendar');
}

type Window = { from: string; to: string } | undefined;

function expansionWindow(options: ImportHolidaysOptions): Window | string {
  if (options.expandFrom === undefined) return undefined;
  if (!isIsoDate(options.expandFrom)) return `The expansion start "${options.expandFrom}" is not a YYYY-MM-DD date.`;
  const years = options.expandYears ?? 2;
  if (!Number.isInteger(years) || years < 1 || years > 10) return 'The expansion window must be 1 to 10 years.';
  const year = Number(options.expandFrom.slice(0, 4));
  return { from: options.expandFrom, to: `${String(year + years).padStart(4, '0')}${options.expandFrom.slice(4)}` };
}

function holidaysOfEvent(
  event: ICAL.Event,
  window: Window,
): { holidays: { from: string; to: string; name: string }[]; skipped: number } {
  const start = event.startDate;
  const cancelled = String(event.component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
  // A timed event (a DATE-TIME start) is a meeting, not a day off.
  if (!start || !start.isDate || cancelled) return { holidays: [], skipped: 1 };
  const name = event.summary ?? '';

  if (!event.isRecurring()) return { holidays: [dayRange(start, event.endDate, name)], skipped: 0 };
  if (!window) return { holidays: [], skipped: 1 };

  const holidays: { from: string; to: string; name: string }[] = [];
  const iterator = event.iterator();
  for (let count = 0; count < MAX_OCCURRENCES_PER_EVENT; count++) {
    const next = iterator.next();
    if (!next) break;
    const details = event.getOccurrenceDetails(next);
    const range = dayRange(details.startDate, details.endDate, details.item.summary ?? name);
    if (range.from >= window.to) break;
    if (range.from >= window.from) holidays.push(range);
  }
  return { holidays, skipped: 0 };
}

/** All-day `[start, end)` as an inclusive range; no or a non-advancing end means one day (RFC 5545 §3.6.1). */
function dayRange(start: ICAL.Time, end: ICAL.Time | null | undefined, name: string) {
  const from = isoDateOf(start);
  const endDate = end ? isoDateOf(end) : from;
  const to = endDate > from ? addDaysToIsoDate(endDate, -1) : from;
  return { from, to, name };
}

function isoDateOf(time: ICAL.Time): string {
  return formatIsoDate(time.year, time.month, time.day);
}

function toHoliday({ from, to, name }: { from: string; to: string; name: string }): Holiday {
  const named = name.trim() === '' ? {} : { name: name.trim() };
  return from === to ? { date: from, ...named } : { from, to, ...named };
}
