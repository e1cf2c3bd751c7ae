import type { BusinessCalendar, Policy, Target } from '../policy/types';
import { addBusinessTime } from './add-business-time';
import { explain, type ExplanationLanguage } from './explain';
import { firstResponseClock } from './first-response-clock';
import { matchPolicy, type PolicyMatch } from './match-policy';
import { measureClock } from './measure-clock';
import { nativeMetrics } from './native-sla';
import { nextResponseClock } from './next-response-clock';
import { resolutionClock } from './resolution-clock';
import { resolveCalendar } from './resolve-calendar';
import { buildStatusTimeline, type StatusTimeline } from './status-timeline';
import type { CalendarRef, MetricLevel, MetricSla, SlaSource, TicketFacts, TicketLevel, TicketSla } from './types';

export type { ExplanationLanguage } from './explain';

/** Optional settings of `evaluateTicket`. */
export interface EvaluateTicketOptions {
  /** The language of `explanation`; English by default. */
  language?: ExplanationLanguage;
}

const LEVEL_RANK: Record<MetricLevel, number> = { ok: 0, warning: 1, critical: 2, breached: 3 };

/**
 * Evaluates one ticket against the policy at instant `now` (`ENGINE.md`): which tier applies, each tracked metric's
 * clock in business time, the most urgent metric and the ticket's escalation level, with the reasons spelled out.
 *
 * - No matching tier, or a tier without targets: `source: 'none'`, level `'none'`; priority and customer tier are
 *   still reported.
 * - `preferNativeSla` with a non-empty `ticket.native`: the helpdesk's own deadlines (`source: 'native'`).
 * - Otherwise the policy's clocks; a metric that has not started (nextResponse before its first cycle) is absent.
 *
 * Pure: it never reads the clock and never mutates `policy` or `ticket`.
 *
 * @example
 * const policy = createDefaultPolicy('Asia/Shanghai');
 * const sla = evaluateTicket(policy, {
 *   helpdesk: 'zendesk', key: '4821', createdAt: Date.parse('2026-11-23T10:00:00+08:00'), priority: 'high',
 *   tags: [], organization: null, statusHistory: [{ at: Date.parse('2026-11-23T10:00:00+08:00'), status: 'open' }],
 *   replies: [],
 * }, Date.parse('2026-11-23T10:20:00+08:00'));
 * // sla.tier.id === 'p2'; sla.next.metric === 'firstResponse'; sla.next.remainingMs === 600_000;
 * // sla.level === 'warning' (20 of 30 minutes)
 */
export function evaluateTicket(
  policy: Policy,
  ticket: TicketFacts,
  now: number,
  options?: EvaluateTicketOptions,
): TicketSla {
  const language = options?.language ?? 'en';
  const match = matchPolicy(policy, ticket);
  const tier = match.tier;
  const explanation: string[] = [];
  const native = ticket.native;
  const useNative = policy.preferNativeSla && native !== undefined && native.length > 0;
  explainMatch(match, useNative, language, explanation);

  if (useNative) {
    explanation.push(explain({ code: 'native' }, language));
    const metrics = nativeMetrics(native, now);
    for (const metric of metrics) {
      if (metric.state === 'paused') {
        explanation.push(explain({ code: 'metric.pausedNative', metric: metric.metric }, language));
      }
    }
    return summarise(ticket, match, 'native', metrics, explanation);
  }

  if (tier === null) return summarise(ticket, match, 'none', [], explanation);
  const targets = tier.targets;
  const first = targets.firstResponse;
  const nextTarget = targets.nextResponse;
  const resolution = targets.resolution;
  if (first === undefined && nextTarget === undefined && resolution === undefined) {
    explanation.push(explain({ code: 'tier.noTargets', tier: tier.name }, language));
    return summarise(ticket, match, 'none', [], explanation);
  }

  const timeline = buildStatusTimeline(policy, ticket, now);
  const escalation = tier.escalation ?? policy.escalation;
  const metrics: MetricSla[] = [];
  if (first !== undefined) {
    const clock = firstResponseClock(ticket, timeline, now);
    if (clock !== null) {
      const calendar = resolveCalendar(policy.calendars, first.calendar);
      metrics.push(measureClock('firstResponse', calendar, targetMs(first), clock, now, escalation));
    }
  }
  if (nextTarget !== undefined) {
    const calendar = resolveCalendar(policy.calendars, nextTarget.calendar);
    const ms = targetMs(nextTarget);
    const clock = nextResponseClock(ticket, timeline, now, calendar, ms);
    if (clock !== null) {
      const metric = measureClock('nextResponse', calendar, ms, clock, now, escalation);
      metric.cycles = clock.cycles;
      metric.breachedCycles = clock.breachedCycles;
      metrics.push(metric);
    }
  }
  if (resolution !== undefined) {
    const clock = resolutionClock(timeline, ticket.createdAt, now);
    if (clock !== null) {
      const calendar = resolveCalendar(policy.calendars, resolution.calendar);
      metrics.push(measureClock('resolution', calendar, targetMs(resolution), clock, now, escalation));
    }
  }

  if (metrics.length === 0) explanation.push(explain({ code: 'metrics.notStarted' }, language));
  for (const metric of metrics) explainMetric(metric, timeline, now, language, explanation);
  return summarise(ticket, match, 'policy', metrics, explanation);
}

/** ENGINE.md: `targetMs` is `Math.round(minutes * 60000)`; fractional minutes are allowed. */
function targetMs(target: Target): number {
  return Math.round(target.minutes * 60_000);
}

function explainMatch(match: PolicyMatch, native: boolean, language: ExplanationLanguage, out: string[]): void {
  const { tier, customerTier, customerTierVia, priority, rawPriority } = match;
  if (tier !== null) {
    out.push(
      explain(
        {
          code: 'tier.matched',
          tier: tier.name,
          priority: tier.priorities.length === 0 ? null : priority,
          customerTier: tier.customerTiers.length === 0 || customerTier === null ? null : customerTier.name,
        },
        language,
      ),
    );
  } else {
    // With native SLAs the ticket still has deadlines, so don't call it "no SLA".
    const code = native ? 'tier.noneNative' : 'tier.none';
    out.push(explain({ code, priority, customerTier: customerTier?.name ?? null }, language));
  }
  switch (match.prioritySource) {
    case 'mapped':
      out.push(explain({ code: 'priority.mapped', priority: priority!, raw: rawPriority! }, language));
      break;
    case 'unmapped':
      out.push(explain({ code: 'priority.unmapped', priority: priority!, raw: rawPriority! }, language));
      break;
    case 'default':
      out.push(explain({ code: 'priority.default', priority: priority! }, language));
      break;
    case 'none':
      out.push(explain({ code: 'priority.none' }, language));
      break;
  }
  if (customerTier !== null && customerTierVia !== null) {
    out.push(
      customerTierVia.kind === 'tag'
        ? explain({ code: 'customerTier.tag', customerTier: customerTier.name, tag: customerTierVia.value }, language)
        : explain(
            { code: 'customerTier.organization', customerTier: customerTier.name, organization: customerTierVia.value },
            language,
          ),
    );
  }
}

function explainMetric(
  metric: MetricSla,
  timeline: StatusTimeline,
  now: number,
  language: ExplanationLanguage,
  out: string[],
): void {
  const status = timeline.currentRaw ?? '';
  if (metric.state === 'paused') {
    // Only resolution pauses, and only because of the status.
    out.push(explain({ code: 'metric.paused', metric: metric.metric, status }, language));
  } else if (metric.state === 'stopped' && metric.metric === 'resolution') {
    out.push(explain({ code: 'metric.stoppedDone', metric: metric.metric, status }, language));
  } else if (metric.state === 'running' && metric.calendar !== '24x7' && metric.outsideHours) {
    const calendar = metric.calendar;
    const resumesAt = nextBusinessStart(calendar, now);
    out.push(
      resumesAt === null
        ? explain({ code: 'metric.noBusinessTime', metric: metric.metric, calendar: calendar.id }, language)
        : explain(
            { code: 'metric.outsideHours', metric: metric.metric, resumesAt, now, timeZone: calendar.timeZone },
            language,
          ),
    );
  }
}

/**
 * When the calendar's next business window opens after `now`: the earliest instant holding 1 ms of business time
 * after `now`, less that millisecond. Null when the calendar has no business time ahead (a policy warning).
 */
function nextBusinessStart(calendar: BusinessCalendar, now: number): number | null {
  try {
    return addBusinessTime(calendar, now, 1) - 1;
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** Assembles the ticket result: `next` is the most urgent running metric, else paused one; `level` the worst. */
function summarise(
  ticket: TicketFacts,
  match: PolicyMatch,
  source: SlaSource,
  metrics: MetricSla[],
  explanation: string[],
): TicketSla {
  let running: MetricSla | null = null;
  let paused: MetricSla | null = null;
  let worst = -1;
  let level: TicketLevel = 'ok';
  for (const metric of metrics) {
    if (metric.state === 'stopped') continue;
    if (metric.state === 'running') {
      if (running === null || urgency(metric) < urgency(running)) running = metric;
    } else if (paused === null || urgency(metric) < urgency(paused)) {
      paused = metric;
    }
    const rank = LEVEL_RANK[metric.level];
    if (rank > worst) {
      worst = rank;
      level = metric.level;
    }
  }
  const { tier, customerTier } = match;
  return {
    helpdesk: ticket.helpdesk,
    key: ticket.key,
    source,
    tier: tier === null ? null : { id: tier.id, name: tier.name },
    customerTier: customerTier === null ? null : { id: customerTier.id, name: customerTier.name },
    priority: match.priority,
    metrics,
    next: running ?? paused,
    level: source === 'none' ? 'none' : level,
    explanation,
  };
}

/** A native metric without a due time has NaN remaining: it is the least urgent, not incomparable. */
function urgency(metric: MetricSla): number {
  return Number.isNaN(metric.remainingMs) ? Infinity : metric.remainingMs;
}
