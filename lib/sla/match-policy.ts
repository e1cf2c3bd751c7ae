import type { CustomerTier, Policy, Tier } from '../policy/types';
import type { TicketFacts } from './types';

/** How the policy priority was worked out; the explanation says it back to the agent. */
export type PrioritySource = 'mapped' | 'unmapped' | 'default' | 'none';

/** Which ticket fact put the ticket in its customer tier. */
export type CustomerTierVia = { kind: 'tag'; value: string } | { kind: 'organization'; value: string };

/** The result of meeting a ticket with the policy (`POLICY.md`, "How a ticket meets the policy"). */
export interface PolicyMatch {
  /** The policy priority used, or null (no priority and no default). */
  priority: string | null;
  prioritySource: PrioritySource;
  /** The raw helpdesk priority, for the explanation. */
  rawPriority: string | null;
  customerTier: CustomerTier | null;
  customerTierVia: CustomerTierVia | null;
  tier: Tier | null;
}

// Map lookups must not reach Object.prototype: a raw priority named "constructor" is just unmapped.
const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Meets a ticket with the policy: its policy priority, its customer tier and the first tier that matches.
 *
 * - Priority: `priorityMap[helpdesk][raw lower-cased]`; else the raw value upper-cased (it then matches only a tier
 *   that lists it, or one with `priorities: []`); a missing priority uses `defaultPriority`.
 * - Customer tier: the first one sharing a tag with the ticket or naming its organisation, case-insensitively.
 * - Tier: the first whose `priorities` and `customerTiers` both match (empty = any).
 *
 * @example
 * const match = matchPolicy(createDefaultPolicy('Asia/Shanghai'), { ...facts, priority: 'urgent', tags: [] });
 * // match.priority === 'P1', match.prioritySource === 'mapped', match.tier?.id === 'p1'
 */
export function matchPolicy(policy: Policy, ticket: TicketFacts): PolicyMatch {
  const raw = ticket.priority;
  let priority: string | null;
  let prioritySource: PrioritySource;
  if (raw === null) {
    priority = policy.defaultPriority;
    prioritySource = priority === null ? 'none' : 'default';
  } else {
    const map = policy.priorityMap[ticket.helpdesk];
    const key = raw.toLowerCase();
    if (map !== undefined && hasOwn.call(map, key)) {
      priority = map[key]!;
      prioritySource = 'mapped';
    } else {
      // Reported upper-cased whether or not a tier lists it: "P1" typed as "p1" in Jira still reads as P1, and an
      // unknown value is shown the same way everywhere.
      priority = raw.toUpperCase();
      prioritySource = 'unmapped';
    }
  }

  let customerTier: CustomerTier | null = null;
  let customerTierVia: CustomerTierVia | null = null;
  const customerTiers = policy.customerTiers;
  if (customerTiers.length > 0) {
    const org = ticket.organization === null ? null : ticket.organization.toLowerCase();
    const tags = ticket.tags;
    for (let i = 0; i < customerTiers.length && customerTier === null; i++) {
      const candidate = customerTiers[i]!;
      customerTierVia = findVia(candidate, tags, org, ticket.organization);
      if (customerTierVia !== null) customerTier = candidate;
    }
  }

  let tier: Tier | null = null;
  for (const candidate of policy.tiers) {
    const priorityOk =
      candidate.priorities.length === 0 || (priority !== null && candidate.priorities.includes(priority));
    if (!priorityOk) continue;
    const customerOk =
      candidate.customerTiers.length === 0 ||
      (customerTier !== null && candidate.customerTiers.includes(customerTier.id));
    if (customerOk) {
      tier = candidate;
      break;
    }
  }

  return { priority, prioritySource, rawPriority: raw, customerTier, customerTierVia, tier };
}

/** Why `tier` applies to the ticket: the ticket's own tag or organisation, as written on the ticket. */
function findVia(
  tier: CustomerTier,
  tags: readonly string[],
  orgLower: string | null,
  org: string | null,
): CustomerTierVia | null {
  for (const tag of tags) {
    const lower = tag.toLowerCase();
    for (const wanted of tier.tags) {
      if (wanted.toLowerCase() === lower) return { kind: 'tag', value: tag };
    }
  }
  if (orgLower !== null && org !== null) {
    for (const wanted of tier.organizations) {
      if (wanted.toLowerCase() === orgLower) return { kind: 'organization', value: org };
    }
  }
  return null;
}
