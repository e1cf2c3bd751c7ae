/**
 * Pure helpers the editor's actions and sections share. No browser, no React.
 */
import type { BusinessCalendar, Policy } from '../policy/types';
import { WEEKDAYS } from '../policy/types';

/** Moves `list[from]` to index `to` (a new array). Out-of-range moves return the list unchanged. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** `base`, or `base-2`, `base-3`… so that it is not in `taken`. Ids follow POLICY.md's `[a-z0-9-]+`. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const clean = base.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'item';
  if (!used.has(clean)) return clean;
  for (let n = 2; ; n++) if (!used.has(`${clean}-${n}`)) return `${clean}-${n}`;
}

const minutesOf = (time: string) => {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
};

/** Business minutes in one day's windows (NaN-free: malformed windows count as 0). */
export function dayMinutes(windows: readonly (readonly [string, string])[]): number {
  return windows.reduce((sum, [from, to]) => {
    const length = minutesOf(to) - minutesOf(from);
    return sum + (Number.isFinite(length) && length > 0 ? length : 0);
  }, 0);
}

/**
 * How long a "business day" is on a calendar: its usual weekday length, i.e. the most common non-zero day length
 * of the week (the longer one on a tie). 480 (8 h) on the default office calendar, 1440 on `24x7`, undefined for a
 * calendar without hours. This is what `3 business days` means in a target field.
 *
 * @example
 * businessDayMinutes('24x7'); //=> 1440
 */
export function businessDayMinutes(calendar: BusinessCalendar | '24x7' | undefined): number | undefined {
  if (calendar === '24x7') return 1440;
  if (!calendar) return undefined;
  const counts = new Map<number, number>();
  for (const day of WEEKDAYS) {
    const length = dayMinutes(calendar.weekly?.[day] ?? []);
    if (length > 0) counts.set(length, (counts.get(length) ?? 0) + 1);
  }
  let best: [number, number] | undefined;
  for (const [length, count] of counts) {
    if (!best || count > best[1] || (count === best[1] && length > best[0])) best = [length, count];
  }
  return best?.[0];
}

/** The calendar a target refers to, or `'24x7'`, or undefined when the reference is dangling. */
export function findCalendar(policy: Policy, id: string): BusinessCalendar | '24x7' | undefined {
  return id === '24x7' ? '24x7' : policy.calendars.find((calendar) => calendar.id === id);
}

/**
 * Re-keys path-keyed entries (`tiers[3].name`) after a list was reordered: `order[newIndex] = oldIndex`.
 * Entries of removed items are dropped.
 */
export function remapListPaths<T>(entries: Record<string, T>, list: string, order: readonly number[]): Record<string, T> {
  const newIndexOf = new Map(order.map((oldIndex, newIndex) => [oldIndex, newIndex]));
  const pattern = new RegExp(`^${list}\\[(\\d+)\\]`);
  const result: Record<string, T> = {};
  for (const [path, value] of Object.entries(entries)) {
    const match = pattern.exec(path);
    if (!match) {
      result[path] = value;
      continue;
    }
    const index = newIndexOf.get(Number(match[1]));
    if (index !== undefined) result[path.replace(pattern, `${list}[${index}]`)] = value;
  }
  return result;
}
