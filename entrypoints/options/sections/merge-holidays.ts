import type { Holiday } from '../../../lib/policy/types';

const key = (holiday: Holiday) => ('date' in holiday ? holiday.date : `${holiday.from}/${holiday.to}`);

/**
 * Adds `incoming` holidays that are not already listed (same date or same range), sorted by first day.
 * Returns the merged list and how many were new, so the page can say "12 added, 3 already listed".
 */
export function mergeHolidays(existing: readonly Holiday[], incoming: readonly Holiday[]): { holidays: Holiday[]; added: number } {
  const seen = new Set(existing.map(key));
  const fresh = incoming.filter((holiday) => !seen.has(key(holiday)) && seen.add(key(holiday)));
  const first = (holiday: Holiday) => ('date' in holiday ? holiday.date : holiday.from);
  return {
    holidays: [...existing, ...fresh].sort((a, b) => first(a).localeCompare(first(b))),
    added: fresh.length,
  };
}
