import type { BusinessCalendar } from '../policy/types';
import type { CalendarRef } from './types';

// id -> index, per calendars array. Checked against the live array on every hit, so a policy edited in place can
// never serve a stale calendar; it only costs a rebuild.
const indexCache = new WeakMap<readonly BusinessCalendar[], Map<string, number>>();

/**
 * Resolves a target's calendar reference: `'24x7'` stays the string, anything else is the calendar with that id.
 * Throws a `TypeError` for an id that is not in `calendars`, which `parsePolicy` never lets through.
 *
 * @example
 * resolveCalendar(policy.calendars, 'office'); // the BusinessCalendar object with id 'office'
 * resolveCalendar(policy.calendars, '24x7');   // '24x7'
 */
export function resolveCalendar(calendars: readonly BusinessCalendar[], id: string): CalendarRef {
  if (id === '24x7') return '24x7';
  let index = indexCache.get(calendars);
  let at = index?.get(id);
  if (at === undefined || calendars[at]?.id !== id) {
    index = new Map();
    for (let i = 0; i < calendars.length; i++) if (!index.has(calendars[i]!.id)) index.set(calendars[i]!.id, i);
    indexCache.set(calendars, index);
    at = index.get(id);
  }
  const calendar = at === undefined ? undefined : calendars[at];
  if (calendar === undefined) {
    // parsePolicy rejects dangling references, so this policy was built by hand and is wrong: say so loudly.
    throw new TypeError(`[sla:engine] target calendar '${id}' is not in policy.calendars`);
  }
  return calendar;
}
