import type { MetricName, TicketFacts } from '../../../lib/sla/types';

export type Site = 'zendesk' | 'jira' | 'jira-dc';

export interface FxPerson {
  id: string; // Zendesk numeric id as a string, Jira accountId
  name: string;
  email?: string;
  /** Zendesk role; Jira: `customer` for JSM customers, `atlassian` for agents. */
  role: 'end-user' | 'agent' | 'admin';
}

export interface FxOrganization {
  id: number;
  name: string;
  tags: string[];
  fields?: Record<string, unknown>;
}

/** Extra detail the helpdesk reports with a native SLA (JSM SLA field, Zendesk `policy_metrics`). */
export interface FxNativeDetail {
  metric: MetricName;
  /** When the SLA clock started (JSM `ongoingCycle.startTime`). */
  startAt: number;
  goalMs: number;
  /** When a met SLA stopped. */
  stopAt?: number;
}

/**
 * One seeded ticket. `facts` is the TRUTH: what a perfect adapter produces from the API answers. The API JSON is
 * rendered from `facts` plus the presentation fields, so the two cannot disagree.
 */
export interface SeedTicket {
  site: Site;
  /** Same as `facts.key`: `'4821'` or `'SUP-12'`. */
  key: string;
  facts: TicketFacts;
  /** Why the ticket is in the seed, e.g. `'p1-warning'`. Tests look tickets up by it. */
  scenario: string;
  /** The SLA level the badge should show under `createDefaultPolicy` (P1 tickets are wall-clock independent). */
  expectedLevel?: string;
  subject: string;
  requester: FxPerson;
  assignee: FxPerson | null;
  /** Zendesk organisation record (its tags are in `facts.tags` too) / JSM Organizations field entry. */
  organization: FxOrganization | null;
  /** Zendesk tags of the ticket itself (without organisation tags) / Jira labels. */
  ticketTags: string[];
  type: string | null;
  updatedAt: number;
  /** Zendesk: a custom status (its category is the status in `facts.statusHistory`). */
  customStatus?: { id: number; label: string; category: string };
  /** Zendesk: leave `slas` out of the `include=slas` answer (fallback scenario). */
  omitSlas?: boolean;
  nativeDetail?: FxNativeDetail[];
  /** 403 (forbidden) or 404 (missing) on single-ticket calls; left out of batch answers. Rows still list it. */
  access?: 'ok' | 'forbidden' | 'missing';
  /** Jira: project key and issue type. */
  project?: string;
  issueType?: string;
  /** Jira: extra non-status changelog entries to interleave (noise the adapter must skip). */
  noiseHistory?: { at: number; field: string; from: string | null; to: string | null }[];
  /** Numeric id (Zendesk id; Jira issue id). */
  numericId: number;
}

export interface FxDataSet {
  tickets: SeedTicket[];
  /** Lookup by site + key. */
  byKey: Map<string, SeedTicket>;
}

export function dataKey(site: Site, key: string): string {
  return `${site}:${key.toUpperCase()}`;
}

export function indexTickets(tickets: SeedTicket[]): FxDataSet {
  const byKey = new Map<string, SeedTicket>();
  for (const t of tickets) byKey.set(dataKey(t.site, t.key), t);
  return { tickets, byKey };
}

/** The status of a ticket at `at` (last history entry with `entry.at <= at`). */
export function statusAt(t: SeedTicket, at: number): string {
  let s = t.facts.statusHistory[0]?.status ?? 'open';
  for (const e of t.facts.statusHistory) if (e.at <= at) s = e.status;
  return s;
}

export function currentStatus(t: SeedTicket): string {
  return t.facts.statusHistory[t.facts.statusHistory.length - 1]?.status ?? 'open';
}
