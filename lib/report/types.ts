/**
 * The report's shapes: what the fetchers produce (`ReportTicket`), one evaluated row (`ReportRecord`) and the
 * aggregated figures (`ReportMetrics`). All instants are epoch ms; all report durations are business minutes of the
 * target's calendar (exact, unrounded: the page and the CSV round for display).
 */
import type { Helpdesk, MetricName, TicketFacts, TicketSla } from '../sla/types';

/** One ticket of the period: the engine's facts plus the record-table columns the engine does not need. */
export interface ReportTicket {
  facts: TicketFacts;
  /** Zendesk `type` (incident, question…) / Jira issue type name; null when unset. */
  type: string | null;
  /** Assignee name. */
  owner: string | null;
  /** Zendesk `satisfaction_rating.score` (good / bad / offered…), when the helpdesk reports one. */
  satisfaction: string | null;
  /** The ticket's page in the helpdesk. */
  url: string;
}

export interface ReportRecord {
  ticket: ReportTicket;
  sla: TicketSla;
  /** The first public agent reply, if any (the moment the customer got an answer). */
  firstResponseAt: number | null;
  /** When the ticket last became done, if it is done at `now`. */
  resolvedAt: number | null;
  /** Business minutes to the first response: only when the engine's firstResponse clock has stopped. */
  firstResponseMinutes: number | null;
  /** Business minutes of resolution (pauses excluded, reopen time included): only when resolved at `now`. */
  resolutionMinutes: number | null;
  /** No tracked metric breached. `null` when no tier applies (no target: neither within nor past it). */
  withinTarget: boolean | null;
  breachedMetrics: MetricName[];
}

export type { DurationStats } from './percentile';
import type { DurationStats } from './percentile';

export interface GroupStats {
  /** Priority (`P1`) or tier id; `''` for the whole period. */
  key: string;
  /** What the page shows: the priority itself, or the tier's name. */
  label: string;
  /** Every ticket of the group (the sample size). */
  count: number;
  /** Tickets a tier applies to: the denominator of the compliance and overdue rates. */
  withSla: number;
  withinTarget: number;
  overdue: number;
  /** withinTarget ÷ withSla, null when no ticket has an SLA. */
  complianceRate: number | null;
  /** overdue ÷ withSla. */
  overdueRate: number | null;
  firstResponse: DurationStats;
  resolution: DurationStats;
  breaches: Record<MetricName, number>;
}

export interface HeatCell {
  count: number;
  /** Mean first-response business minutes of tickets created in this hour, null when none. */
  mean: number | null;
}

export interface HeatMap {
  timeZone: string;
  /** `cells[weekday][hour]`, weekday 0 = Monday … 6 = Sunday, hour 0–23 local time. */
  cells: HeatCell[][];
  /** The largest cell mean (for the colour scale), 0 when empty. */
  max: number;
}

export interface Distribution {
  /** Type labels, most frequent first; `null` is "no type". */
  types: (string | null)[];
  /** Priorities in the policy's order; `null` is "no priority". */
  priorities: (string | null)[];
  /** `counts[typeIndex][priorityIndex]`. */
  counts: number[][];
}

export interface ReportMetrics {
  overall: GroupStats;
  byPriority: GroupStats[];
  byTier: GroupStats[];
  distribution: Distribution;
  heatMap: HeatMap;
  /** Tickets past target, oldest first (the page links each one). */
  breached: ReportRecord[];
}

export type { Helpdesk };
