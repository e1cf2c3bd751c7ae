/**
 * Shared builders for the evaluateTicket tests. Instants are fixed ISO strings with offsets; nothing reads the clock.
 */
import type { BusinessCalendar, Policy, Target, Tier } from '../../../lib/policy/types';
import type { Reply, StatusChange, TicketFacts } from '../../../lib/sla/types';

export const MIN = 60_000;
export const HOUR = 60 * MIN;

export const at = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad instant ${iso}`);
  return ms;
};

/** Monday 23 Nov 2026, 09:00 in Shanghai (UTC+8, no DST): the office calendar has just opened. */
export const T0 = at('2026-11-23T09:00:00+08:00');
/** `T0` plus `m` minutes. */
export const t = (m: number): number => T0 + m * MIN;

export function officeCalendar(timeZone = 'Asia/Shanghai'): BusinessCalendar {
  const day: [string, string][] = [
    ['09:00', '12:00'],
    ['13:00', '18:00'],
  ];
  return {
    id: 'office',
    name: 'Office hours',
    timeZone,
    weekly: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] },
    holidays: [],
    workdays: [],
  };
}

export const target = (minutes: number, calendar = '24x7'): Target => ({ minutes, calendar });

export function tier(targets: Tier['targets'], extra: Partial<Tier> = {}): Tier {
  return { id: 'all', name: 'Everything', priorities: [], customerTiers: [], targets, ...extra };
}

/** A small policy: one office calendar, a VIP customer tier (tag `vip`, organisation `Globex`), one catch-all tier. */
export function policy(overrides: Partial<Policy> = {}): Policy {
  return {
    version: 1,
    name: 'Test SLA',
    calendars: [officeCalendar()],
    customerTiers: [{ id: 'vip', name: 'VIP', tags: ['vip'], organizations: ['Globex'] }],
    tiers: [tier({ firstResponse: target(15), nextResponse: target(30), resolution: target(240) })],
    defaultPriority: 'P3',
    priorityMap: {
      zendesk: { urgent: 'P1', high: 'P2', normal: 'P3', low: 'P4' },
      jira: { highest: 'P1', blocker: 'P1', high: 'P2', medium: 'P3', low: 'P4' },
    },
    statusMap: {
      zendesk: { new: 'active', open: 'active', pending: 'paused', hold: 'paused', solved: 'done', closed: 'done' },
      jira: { 'waiting for customer': 'paused', pending: 'paused', resolved: 'done', closed: 'done', done: 'done' },
    },
    escalation: { warningAt: 50, criticalAt: 75 },
    preferNativeSla: false,
    ...overrides,
  };
}

/** A policy whose single catch-all tier has exactly these targets. */
export function policyWith(targets: Tier['targets'], extra: Partial<Tier> = {}, overrides: Partial<Policy> = {}): Policy {
  return policy({ tiers: [tier(targets, extra)], ...overrides });
}

export function ticket(overrides: Partial<TicketFacts> = {}): TicketFacts {
  return {
    helpdesk: 'zendesk',
    key: '4821',
    createdAt: T0,
    priority: 'normal',
    tags: [],
    organization: null,
    statusHistory: [{ at: T0, status: 'open' }],
    replies: [],
    ...overrides,
  };
}

/** Status history from `[minutes, status]` pairs relative to `T0`. */
export const statuses = (...entries: [number, string, StatusChange['category']?][]): StatusChange[] =>
  entries.map(([m, status, category]) => (category === undefined ? { at: t(m), status } : { at: t(m), status, category }));

/** Replies from `[minutes, author, public?]` triples relative to `T0`. */
export const replies = (...entries: [number, Reply['author'], boolean?][]): Reply[] =>
  entries.map(([m, author, isPublic]) => ({ at: t(m), author, public: isPublic ?? true }));

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** The metric `name` of a result, failing the test when it is absent. */
export function metricOf<T extends { metrics: { metric: string }[] }>(sla: T, name: string): T['metrics'][number] {
  const found = sla.metrics.find((m) => m.metric === name);
  if (found === undefined) throw new Error(`metric ${name} is not reported: ${sla.metrics.map((m) => m.metric).join(', ')}`);
  return found;
}
