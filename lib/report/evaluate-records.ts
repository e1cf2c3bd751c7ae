/**
 * Turns the period's tickets into report rows with the overlay's own engine (`evaluateTicket`), so the report and
 * the badges can never disagree about a ticket. No second implementation of any clock lives here: the minutes are
 * the engine's `elapsedMs`, the verdicts its `breached` flags.
 */
import type { Policy } from '../policy/types';
import { evaluateTicket } from '../sla/evaluate-ticket';
import { buildStatusTimeline } from '../sla/status-timeline';
import type { MetricSla, TicketFacts } from '../sla/types';
import type { ReportRecord, ReportTicket } from './types';

/**
 * A report measures against the team's own policy. Native helpdesk SLAs report deadlines, not elapsed time, so they
 * would leave no minutes for the mean, median and P90; the report therefore always runs the policy's clocks.
 */
export function reportPolicy(policy: Policy): Policy {
  return policy.preferNativeSla ? { ...policy, preferNativeSla: false } : policy;
}

const minutes = (metric: MetricSla | undefined): number | null =>
  metric && metric.state === 'stopped' && Number.isFinite(metric.elapsedMs) ? metric.elapsedMs / 60_000 : null;

export function firstAgentReplyAt(facts: TicketFacts, now: number): number | null {
  const reply = facts.replies.find((r) => r.author === 'agent' && r.public && r.at <= now);
  return reply ? reply.at : null;
}

export function evaluateRecord(policy: Policy, ticket: ReportTicket, now: number): ReportRecord {
  const sla = evaluateTicket(policy, ticket.facts, now);
  const metric = (name: MetricSla['metric']) => sla.metrics.find((m) => m.metric === name);
  const timeline = buildStatusTimeline(policy, ticket.facts, now);
  const done = timeline.statuses[timeline.statuses.length - 1] === 'done';
  // Consecutive done statuses (solved → closed) are one segment, so this is when it was last resolved.
  const resolvedAt = done ? (timeline.doneStarts[timeline.doneStarts.length - 1] ?? ticket.facts.createdAt) : null;
  const breachedMetrics = sla.metrics.filter((m) => m.breached).map((m) => m.metric);
  return {
    ticket,
    sla,
    firstResponseAt: firstAgentReplyAt(ticket.facts, now),
    resolvedAt: resolvedAt === -Infinity ? ticket.facts.createdAt : resolvedAt,
    firstResponseMinutes: minutes(metric('firstResponse')),
    resolutionMinutes: minutes(metric('resolution')),
    withinTarget: sla.source === 'none' ? null : breachedMetrics.length === 0,
    breachedMetrics,
  };
}

/** Every ticket evaluated at the same `now` (the moment the report was run). */
export function evaluateRecords(policy: Policy, tickets: readonly ReportTicket[], now: number): ReportRecord[] {
  const measured = reportPolicy(policy);
  return tickets.map((ticket) => evaluateRecord(measured, ticket, now));
}
