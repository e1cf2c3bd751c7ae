import { formatPath } from './policy-issues';
import { policyMessages } from './policy-messages';
import type { Policy, PolicyIssue, Tier } from './types';
import { WEEKDAYS } from './types';

/**
 * The warnings of POLICY.md for a valid policy: things that are allowed but almost certainly not meant.
 * - a tier that an earlier tier always shadows (path `tiers[j]`);
 * - a priority that `priorityMap` produces but no tier lists, when no tier takes any priority;
 * - a calendar with no business time at all (path `calendars[i]`).
 */
export function policyWarnings(policy: Policy): PolicyIssue[] {
  return [...shadowedTiers(policy.tiers), ...unmatchedPriorities(policy), ...closedCalendars(policy)];
}

// POLICY.md: an earlier list covers a later one when it is empty ("any"), or when the later list is non-empty and
// every entry of it is in the earlier list.
function covers(earlier: readonly string[], later: readonly string[]): boolean {
  return earlier.length === 0 || (later.length > 0 && later.every((entry) => earlier.includes(entry)));
}

function shadowedTiers(tiers: readonly Tier[]): PolicyIssue[] {
  const warnings: PolicyIssue[] = [];
  tiers.forEach((tier, j) => {
    const i = tiers
      .slice(0, j)
      .findIndex(
        (earlier) => covers(earlier.priorities, tier.priorities) && covers(earlier.customerTiers, tier.customerTiers),
      );
    if (i < 0) return;
    warnings.push({
      path: `tiers[${j}]`,
      message: policyMessages().tierNeverApplies(tier.name, tiers[i]!.name, `tiers[${i}]`),
    });
  });
  return warnings;
}

function unmatchedPriorities(policy: Policy): PolicyIssue[] {
  if (policy.tiers.some((tier) => tier.priorities.length === 0)) return [];
  const listed = new Set(policy.tiers.flatMap((tier) => tier.priorities));
  const reported = new Set<string>();
  const warnings: PolicyIssue[] = [];
  for (const helpdesk of ['zendesk', 'jira'] as const) {
    for (const [raw, priority] of Object.entries(policy.priorityMap[helpdesk])) {
      if (listed.has(priority) || reported.has(priority)) continue;
      reported.add(priority);
      warnings.push({
        // Points at the first map entry that produces the priority; one warning per priority.
        path: formatPath(['priorityMap', helpdesk, raw]),
        message: policyMessages().priorityInNoTier(priority),
      });
    }
  }
  return warnings;
}

function closedCalendars(policy: Policy): PolicyIssue[] {
  const warnings: PolicyIssue[] = [];
  policy.calendars.forEach((calendar, i) => {
    const hasWeeklyHours = WEEKDAYS.some((day) => calendar.weekly[day].length > 0);
    if (hasWeeklyHours || calendar.workdays.length > 0) return;
    warnings.push({
      path: `calendars[${i}]`,
      message: policyMessages().calendarNeverOpen(calendar.name),
    });
  });
  return warnings;
}
