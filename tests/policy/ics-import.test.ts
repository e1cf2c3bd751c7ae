import { describe, expect, it } from 'vitest';
import { importHolidaysFromIcs } from '../../lib/policy/ics-import';
import { parsePolicy } from '../../lib/policy/parse-policy';
import { editedDocument } from './policy-documents';

/** An .ics file around the given VEVENT lines, with the CRLF line ends RFC 5545 asks for. */
function ics(...events: string[][]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//SLA Overlay//tests//EN'];
  events.forEach((event, i) => lines.push('BEGIN:VEVENT', `UID:event-${i}@test`, 'DTSTAMP:20260101T000000Z', ...event, 'END:VEVENT'));
  lines.push('END:VCALENDAR');
  return lines.join('\r\n');
}

const nationalDay = ['DTSTART;VALUE=DATE:20261001', 'DTEND;VALUE=DATE:20261002', 'SUMMARY:National Day'];
const goldenWeek = ['DTSTART;VALUE=DATE:20261002', 'DTEND;VALUE=DATE:20261008', 'SUMMARY:Golden Week'];
const meeting = ['DTSTART:20261009T090000Z', 'DTEND:20261009T100000Z', 'SUMMARY:Team meeting'];
const newYear = ['DTSTART;VALUE=DATE:20200101', 'DTEND;VALUE=DATE:20200102', 'RRULE:FREQ=YEARLY', "SUMMARY:New Year's Day"];

describe('importHolidaysFromIcs', () => {
  it('reads an all-day event as one holiday named by its SUMMARY', () => {
    expect(importHolidaysFromIcs(ics(nationalDay))).toEqual({
      ok: true,
      holidays: [{ date: '2026-10-01', name: 'National Day' }],
      skipped: 0,
    });
  });

  it('reads a multi-day event as an inclusive range (DTEND is exclusive)', () => {
    expect(importHolidaysFromIcs(ics(goldenWeek))).toEqual({
      ok: true,
      holidays: [{ from: '2026-10-02', to: '2026-10-07', name: 'Golden Week' }],
      skipped: 0,
    });
  });

  it('reads an all-day event without DTEND as one day', () => {
    const result = importHolidaysFromIcs(ics(['DTSTART;VALUE=DATE:20261225', 'SUMMARY:Christmas']));
    expect(result).toEqual({ ok: true, holidays: [{ date: '2026-12-25', name: 'Christmas' }], skipped: 0 });
  });

  it('skips and counts timed and cancelled events', () => {
    const cancelled = ['DTSTART;VALUE=DATE:20261231', 'STATUS:CANCELLED', 'SUMMARY:Party'];
    expect(importHolidaysFromIcs(ics(meeting, nationalDay, cancelled))).toEqual({
      ok: true,
      holidays: [{ date: '2026-10-01', name: 'National Day' }],
      skipped: 2,
    });
  });

  it('unescapes and unfolds SUMMARY text, and drops an empty one', () => {
    const folded = ['DTSTART;VALUE=DATE:20260501', 'SUMMARY:Labour Day\\, also called', '  May Day'];
    const unnamed = ['DTSTART;VALUE=DATE:20260601'];
    const result = importHolidaysFromIcs(ics(folded, unnamed));
    expect(result).toEqual({
      ok: true,
      holidays: [{ date: '2026-05-01', name: 'Labour Day, also called May Day' }, { date: '2026-06-01' }],
      skipped: 0,
    });
  });

  it('expands a yearly event within the window it is given', () => {
    const result = importHolidaysFromIcs(ics(newYear), { expandFrom: '2026-06-01' });
    expect(result).toEqual({
      ok: true,
      holidays: [
        { date: '2027-01-01', name: "New Year's Day" },
        { date: '2028-01-01', name: "New Year's Day" },
      ],
      skipped: 0,
    });
  });

  it('expands for the number of years asked', () => {
    const result = importHolidaysFromIcs(ics(newYear), { expandFrom: '2026-01-01', expandYears: 3 });
    expect(result.ok && result.holidays.map((h) => ('date' in h ? h.date : h.from))).toEqual([
      '2026-01-01',
      '2027-01-01',
      '2028-01-01',
    ]);
  });

  it('applies a moved occurrence (RECURRENCE-ID) when expanding', () => {
    const moved = [
      'UID:event-0@test',
      'RECURRENCE-ID;VALUE=DATE:20270101',
      'DTSTART;VALUE=DATE:20270102',
      'DTEND;VALUE=DATE:20270103',
      'SUMMARY:New Year (moved)',
    ];
    const text = ics(newYear).replace('END:VCALENDAR', ['BEGIN:VEVENT', 'DTSTAMP:20260101T000000Z', ...moved, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n'));
    const result = importHolidaysFromIcs(text, { expandFrom: '2026-06-01' });
    expect(result.ok && result.holidays).toEqual([
      { date: '2027-01-02', name: 'New Year (moved)' },
      { date: '2028-01-01', name: "New Year's Day" },
    ]);
  });

  it('skips and counts recurring events when no expansion window is given', () => {
    expect(importHolidaysFromIcs(ics(newYear, nationalDay))).toEqual({
      ok: true,
      holidays: [{ date: '2026-10-01', name: 'National Day' }],
      skipped: 1,
    });
  });

  it('gives holidays a calendar accepts', () => {
    const result = importHolidaysFromIcs(ics(goldenWeek, nationalDay, newYear), { expandFrom: '2026-01-01' });
    if (!result.ok) throw new Error(result.error);
    const parsed = parsePolicy(editedDocument((d) => (d.calendars[0].holidays = result.holidays)));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it.each([
    ['plain text', 'garbage', /could not be read as an iCalendar/],
    ['an empty file', '', /not an iCalendar \(\.ics\) file/],
    ['a calendar that never ends', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR', /could not be read/],
    ['a vCard', 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada\r\nEND:VCARD', /not an iCalendar/],
    ['JSON', '{"holidays": []}', /could not be read/],
  ])('refuses %s with a clear error instead of throwing', (_description, text, message) => {
    expect(importHolidaysFromIcs(text)).toEqual({ ok: false, error: expect.stringMatching(message) });
  });

  it('refuses a malformed expansion start', () => {
    expect(importHolidaysFromIcs(ics(newYear), { expandFrom: '2026-13-01' })).toEqual({
      ok: false,
      error: expect.stringMatching(/not a YYYY-MM-DD date/),
    });
  });
});
