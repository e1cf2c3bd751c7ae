import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import { useMemo } from 'react';
import { businessTimeBetween, isBusinessTime, type CalendarRef } from '../lib/sla';
import { formatDayLabel, formatMinutes, t } from '../lib/i18n';

export interface WeekStripProps {
  calendar: CalendarRef;
  timeZone: string;
  now: number;
  /** The calendar's name, for the strip's accessible label. */
  name: string;
}

const SLOT_MS = 15 * 60_000;

interface Day {
  start: number;
  end: number;
  business: number;
  /** Business stretches as fractions of the day: [from, to] in 0..1. */
  segments: [number, number][];
}

function dayOf(calendar: CalendarRef, start: number, end: number): Day {
  const segments: [number, number][] = [];
  let open: number | undefined;
  for (let at = start; at < end; at += SLOT_MS) {
    const business = isBusinessTime(calendar, at);
    if (business && open === undefined) open = at;
    if (!business && open !== undefined) {
      segments.push([(open - start) / (end - start), (at - start) / (end - start)]);
      open = undefined;
    }
  }
  if (open !== undefined) segments.push([(open - start) / (end - start), 1]);
  return { start, end, business: businessTimeBetween(calendar, start, end), segments };
}

/**
 * The next seven days of a calendar as bars: where business time falls (holidays and make-up days included), and
 * how much each day holds. It asks the engine, so it shows exactly what the clocks will count.
 */
export function WeekStrip({ calendar, timeZone, now, name }: WeekStripProps) {
  const days = useMemo(() => {
    let errorFree = true;
    const result: Day[] = [];
    try {
      const first = startOfDay(new TZDate(now, timeZone));
      for (let i = 0; i < 7; i++) {
        const start = addDays(first, i).getTime();
        const end = addDays(first, i + 1).getTime();
        result.push(dayOf(calendar, start, end));
      }
    } catch {
      // An invalid calendar (mid-edit) cannot be drawn; its errors show beside the fields.
      errorFree = false;
    }
    return errorFree ? result : [];
  }, [calendar, timeZone, now]);

  if (days.length === 0) return <p className="field-hint">{t('options.strip.unavailable')}</p>;
  return (
    <figure className="week-strip">
      <figcaption>{t('options.strip.caption', { name, zone: timeZone })}</figcaption>
      <ol>
        {days.map((day) => (
          <li key={day.start} className="strip-day">
            <span className="strip-label">{formatDayLabel(day.start, timeZone)}</span>
            <span className="strip-bar" role="img" aria-label={t('options.strip.dayTotal', { total: formatMinutes(day.business / 60_000) })}>
              {day.segments.map(([from, to]) => (
                <span key={from} className="strip-segment" style={{ left: `${from * 100}%`, width: `${(to - from) * 100}%` }} />
              ))}
            </span>
            <span className="strip-total">{day.business > 0 ? formatMinutes(day.business / 60_000) : t('options.strip.closed')}</span>
          </li>
        ))}
      </ol>
      <div className="strip-scale" aria-hidden="true">
        <span>00:00</span>
        <span>06:00</span>
        <span>12:00</span>
        <span>18:00</span>
        <span>24:00</span>
      </div>
    </figure>
  );
}
