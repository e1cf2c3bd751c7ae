const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `text` is a real calendar date in `YYYY-MM-DD` form (`2026-02-29` is not: 2026 is not a leap year).
 * Such strings order chronologically when compared as strings, which the policy checks rely on.
 *
 * @example
 * isIsoDate('2028-02-29'); // true
 * isIsoDate('2026-02-30'); // false
 */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE_PATTERN.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The `YYYY-MM-DD` form of a date's year, month and day (month 1–12), with no time-zone conversion.
 *
 * @example
 * formatIsoDate(2026, 10, 1); // '2026-10-01'
 */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The date `days` days after `date` (a valid `YYYY-MM-DD`), computed on the proleptic Gregorian calendar.
 *
 * @example
 * addDaysToIsoDate('2026-10-08', -1); // '2026-10-07'
 */
export function addDaysToIsoDate(date: string, days: number): string {
  // UTC arithmetic is exact for calendar dates: no zone, no DST.
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return formatIsoDate(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
