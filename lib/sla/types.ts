/**
 * The engine's input and output shapes, exactly as `ENGINE.md` pins them.
 * All instants are epoch milliseconds; all durations are milliseconds.
 */
import type { BusinessCalendar, Helpdesk, MetricName } from '../policy/types';

export type { MetricName, Helpdesk };

/** A calendar, or every instant. */
export type CalendarRef = BusinessCalendar | '24x7';

export type StatusCategory = 'new' | 'indeterminate' | 'done';

export interface StatusChange {
  at: number;
  status: string;
  category?: StatusCategory;
}

export interface Reply {
  at: number;
  author: 'agent' | 'customer';
  public: boolean;
}

/** The helpdesk's own SLA deadline for one metric, when it reports one. */
export interface NativeSla {
  metric: MetricName;
  dueAt: number | null;
  paused: boolean;
  breached: boolean;
  met: boolean;
}

/** What adapters produce for one ticket. */
export interface TicketFacts {
  helpdesk: Helpdesk;
  key: string;
  title?: string;
  createdAt: number;
  /** Raw helpdesk value, e.g. `'urgent'`, `'High'`, or null. */
  priority: string | null;
  /** Zendesk tags + organisation tags; Jira labels. */
  tags: string[];
  organization: string | null;
  /** Ascending; the first entry is the status at creation (`at = createdAt`). */
  statusHistory: StatusChange[];
  /** Ascending; comments after the opening message. */
  replies: Reply[];
  native?: NativeSla[];
}

export type MetricLevel = 'ok' | 'warning' | 'critical' | 'breached';
export type MetricState = 'running' | 'paused' | 'stopped';

export interface MetricSla {
  metric: MetricName;
  calendar: CalendarRef;
  targetMs: number;
  elapsedMs: number;
  remainingMs: number;
  state: MetricState;
  breached: boolean;
  breachedAt: number | null;
  dueAt: number | null;
  percent: number;
  level: MetricLevel;
  outsideHours: boolean;
  cycles?: number;
  breachedCycles?: number;
}

export type TicketLevel = MetricLevel | 'none';
export type SlaSource = 'policy' | 'native' | 'none';

export interface TicketSla {
  helpdesk: Helpdesk;
  key: string;
  source: SlaSource;
  tier: { id: string; name: string } | null;
  customerTier: { id: string; name: string } | null;
  priority: string | null;
  metrics: MetricSla[];
  next: MetricSla | null;
  level: TicketLevel;
  explanation: string[];
}
