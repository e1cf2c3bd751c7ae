/**
 * The report's period: whole days `[from, lastDay]` in the team calendar's zone, as the half-open instant range
 * `[start, end)` the searches use. Presets are computed in the same zone, so "last month" is the team's month.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, format, startOfMonth, subDays } from 'date-fns';

export interface Period {
  /** `yyyy-MM-dd`, first day. */
  from: string;
  /** `yyyy-MM-dd`, last day (included). */
  to: string;
}

export interface PeriodRange {
  start: number;
  end: number;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayStart(day: string, timeZone: string): number | undefined {
  const m = DAY.exec(day);
  if (!m) return undefined;
  const date = new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), timeZone);
  return Number.isNaN(date.getTime()) || format(date, 'yyyy-MM-dd') !== day ? undefined : date.getTime();
}

/** `undefined` when a day is malformed or the period is reversed. */
export function periodRange(period: Period, timeZone: string): PeriodRange | undefined {
  const start = dayStart(period.from, timeZone);
  const last = dayStart(period.to, timeZone);
  if (start === undefined || last === undefined || last < start) return undefined;
  return { start, end: addDays(new TZDate(last, timeZone), 1).getTime() };
}

export type PresetName = 'lastMonth' | 'thisMonth' | 'last4Weeks';

export function presetPeriod(name: PresetName, now: number, timeZone: string): Period {
  const today = new TZDate(now, timeZone);
  const day = (d: Date) => format(d, 'yyyy-MM-dd');
  switch (name) {
    case 'lastMonth': {
      const first = startOfMonth(addMonths(today, -1));
      return { from: day(first), to: day(subDays(startOfMonth(today), 1)) };
    }
    case 'thisMonth':
      return { from: day(startOfMonth(today)), to: day(today) };
    case 'last4Weeks':
      return { from: day(subDays(today, 27)), to: day(today) };
  }
}
