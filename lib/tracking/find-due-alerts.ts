import type { MetricLevel, MetricSla } from '../sla/types';
import { ALERT_LEVELS, type AlertLevel, type AlertState, type DueAlert, type NotificationSettings, type TicketId, type TrackedView } from './types';

const RANK: Record<MetricLevel, number> = { ok: 0, warning: 1, critical: 2, breached: 3 };

/**
 * The dedupe key: one ticket, one metric, one level. A nextResponse clock restarts for every customer reply, so its
 * cycle number is part of the metric: the third reply's breach is a new event, not a repeat of the first's.
 */
export function alertKey(ticketId: TicketId, metric: MetricSla, level: AlertLevel): string {
  const clock = metric.metric === 'nextResponse' ? `nextResponse.${metric.cycles ?? 0}` : metric.metric;
  return `${ticketId}#${clock}#${level}`;
}

export interface DueAlerts {
  /** To notify now, most urgent first. */
  due: DueAlert[];
  /** Keys to record as fired before notifying (the due ones, and the lower levels they leapt over). */
  fired: Record<string, number>;
}

/**
 * Which alerts fire now (PRODUCT.md "Notifications"):
 * - a running or paused metric that reached `warning`, `critical` or `breached`, and whose key never fired;
 * - only the highest new level per metric: a ticket first seen already breached notifies once, as breached, and the
 *   lower levels it leapt over are recorded so they never fire afterwards;
 * - a switched-off level is recorded as passed, so switching it back on later doesn't replay old alerts;
 * - a snoozed ticket fires nothing until the snooze ends, then its current level (if still new);
 * - an acknowledged ticket fires nothing up to the level it was acknowledged at.
 */
export function findDueAlerts(
  views: readonly TrackedView[],
  alerts: AlertState,
  settings: NotificationSettings,
  now: number,
): DueAlerts {
  const due: DueAlert[] = [];
  const fired: Record<string, number> = {};
  for (const { ticket, sla } of views) {
    const snoozedUntil = alerts.snoozes[ticket.id];
    if (snoozedUntil !== undefined && snoozedUntil > now) continue;
    const ack = alerts.acks[ticket.id];
    for (const metric of sla.metrics) {
      if (metric.state === 'stopped' || metric.level === 'ok') continue;
      const level = metric.level;
      if (alerts.fired[alertKey(ticket.id, metric, level)] !== undefined) continue;
      if (ack && RANK[level] <= RANK[ack.level]) continue;
      for (const lower of ALERT_LEVELS) {
        if (RANK[lower] <= RANK[level]) {
          const key = alertKey(ticket.id, metric, lower);
          if (alerts.fired[key] === undefined) fired[key] = now;
        }
      }
      if (!settings.levels[level]) continue;
      due.push({
        ticketId: ticket.id,
        helpdesk: ticket.helpdesk,
        key: ticket.key,
        url: ticket.url,
        title: ticket.facts.title,
        metric: metric.metric,
        level,
        remainingMs: Number.isFinite(metric.remainingMs) ? metric.remainingMs : 0,
      });
    }
  }
  due.sort((a, b) => RANK[b.level] - RANK[a.level] || a.remainingMs - b.remainingMs);
  return { due, fired };
}

/** The worst level among a ticket's live clocks, if it is one that alerts. */
export function alertLevelOf(level: MetricLevel | 'none'): AlertLevel | null {
  return level === 'warning' || level === 'critical' || level === 'breached' ? level : null;
}
