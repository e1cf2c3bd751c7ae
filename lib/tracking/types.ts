/**
 * The shapes of the agent's cockpit: what content scripts report, what the background keeps in `storage.local`,
 * and the alert bookkeeping behind notifications. Stored shapes carry `version`; see `migrate-stored.ts`.
 */
import type { Helpdesk, MetricName, MetricSla, TicketFacts, TicketLevel, TicketSla } from '../sla/types';

/**
 * `${helpdesk}|${origin}|${key}`. The origin is part of the identity because two Zendesk subdomains (or a Jira Cloud
 * site and a Data Center site) can both have a ticket `4821`.
 */
export type TicketId = string;

/** What a content script reports for one ticket it shows. `url` is the ticket's own page. */
export interface SeenTicket {
  facts: TicketFacts;
  url: string;
}

export interface TrackedTicket {
  id: TicketId;
  helpdesk: Helpdesk;
  key: string;
  url: string;
  /** Facts, not the computed SLA: the background re-evaluates them with the policy in force. */
  facts: TicketFacts;
  firstSeenAt: number;
  lastSeenAt: number;
}

export interface TrackedTickets {
  version: 1;
  tickets: Record<TicketId, TrackedTicket>;
}

/** The levels that can notify. */
export type AlertLevel = 'warning' | 'critical' | 'breached';
export const ALERT_LEVELS: readonly AlertLevel[] = ['warning', 'critical', 'breached'];

/**
 * What was already notified or silenced. Persisted *before* a notification is shown (write-then-notify), so a worker
 * killed mid-run can lose a notification but never repeat one.
 */
export interface AlertState {
  version: 1;
  /** `alertKey(...)` → when it fired (or was passed over because a higher level fired at once). */
  fired: Record<string, number>;
  /** Acknowledged: silences the ticket's alerts up to and including `level`. */
  acks: Record<TicketId, { level: AlertLevel; at: number }>;
  /** Snoozed: silences every alert of the ticket until `until`. */
  snoozes: Record<TicketId, number>;
  /**
   * Shown notification id → the tickets it lists (most urgent first), with their URLs, so a click works after a
   * worker restart and even after the ticket stopped being tracked.
   */
  notifications: Record<string, { at: number; tickets: TicketLink[] }>;
}

export interface NotificationSettings {
  version: 1;
  levels: Record<AlertLevel, boolean>;
}

/** One tracked ticket evaluated at one instant: what the badge and the notifier read. */
export interface TrackedView {
  ticket: TrackedTicket;
  sla: TicketSla;
}

/**
 * The part of a `TicketSla` the popup shows. Its fields stay constant while nothing happens to the ticket (a running
 * clock's `dueAt` doesn't move), so the background rewrites the summaries only when a level or the facts change.
 */
export interface SlaSummary {
  level: TicketLevel;
  tier: { id: string; name: string } | null;
  next: (Pick<MetricSla, 'metric' | 'state' | 'dueAt' | 'breachedAt'> & { remainingMs: number | null }) | null;
}

/** What the popup lists: a tracked ticket and its summary. A `TrackedView` is one too. */
export interface CockpitItem {
  ticket: TrackedTicket;
  sla: SlaSummary;
}

/** The background's latest evaluation, for the popup (which then needs no engine and renders at once). */
export interface TrackedSummaries {
  version: 1;
  summaries: Record<TicketId, SlaSummary>;
}

/** Enough to find or open a ticket's tab. */
export interface TicketLink {
  id: TicketId;
  helpdesk: Helpdesk;
  key: string;
  url: string;
}

/** One alert due now: a ticket's metric reached a level. */
export interface DueAlert {
  ticketId: TicketId;
  helpdesk: Helpdesk;
  key: string;
  url: string;
  title?: string;
  metric: MetricName;
  level: AlertLevel;
  /** Milliseconds to breach (negative once breached); orders a group. */
  remainingMs: number;
}

export const SNOOZE_MINUTES = [15, 30, 60] as const;
export type SnoozeMinutes = (typeof SNOOZE_MINUTES)[number];
