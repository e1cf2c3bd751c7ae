import type { Policy } from '../../../lib/policy/types';

/**
 * The policy priorities the editor offers as checkboxes: what the priority maps produce, what tiers already list,
 * and the default priority, in natural order (P1, P2, …, P10).
 */
export function priorityChoices(policy: Policy): string[] {
  const all = new Set<string>();
  for (const map of Object.values(policy.priorityMap)) for (const value of Object.values(map)) all.add(value);
  for (const tier of policy.tiers) for (const priority of tier.priorities) all.add(priority);
  if (policy.defaultPriority) all.add(policy.defaultPriority);
  return [...all].filter(Boolean).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** Calendar references a target may use: `24x7` and every calendar's id. */
export function calendarChoices(policy: Policy): { value: string; name: string }[] {
  return [{ value: '24x7', name: '' }, ...policy.calendars.map((calendar) => ({ value: calendar.id, name: calendar.name }))];
}
