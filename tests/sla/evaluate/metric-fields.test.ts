import { describe, expect, test } from 'vitest';
import { evaluateTicket } from '../../../lib/sla/evaluate-ticket';
import type { Escalation, Target } from '../../../lib/policy/types';
import type { MetricSla, TicketFacts } from '../../../lib/sla/types';
import { HOUR, MIN, at, metricOf, policyWith, replies, statuses, target, ticket, t } from './fixtures';

const firstResponse = (tgt: Target, facts: Partial<TicketFacts>, now: number, escalation?: Escalation): MetricSla =>
  metricOf(evaluateTicket(policyWith({ firstResponse: tgt }, escalation ? { escalation } : {}), ticket(facts), now), 'firstResponse');

describe('evaluateTicket: breach exactness', () => {
  test.each<[string, Partial<TicketFacts>, number, Partial<MetricSla>]>([
    [
      'running exactly at the target is breached, due at the breach instant',
      {},
      t(15),
      { state: 'running', elapsedMs: 15 * MIN, remainingMs: 0, breached: true, breachedAt: t(15), dueAt: t(15), level: 'breached' },
    ],
    [
      'running 1 ms before the target is not breached',
      {},
      t(15) - 1,
      { state: 'running', remainingMs: 1, breached: false, breachedAt: null, dueAt: t(15), level: 'critical' },
    ],
    [
      'running past the target is breached at the instant it reached the target',
      {},
      t(40),
      { state: 'running', remainingMs: -25 * MIN, breached: true, breachedAt: t(15), dueAt: t(15), level: 'breached' },
    ],
    [
      'stopping exactly at the target is not breached',
      { replies: replies([15, 'agent']) },
      t(60),
      { state: 'stopped', elapsedMs: 15 * MIN, remainingMs: 0, breached: false, breachedAt: null, dueAt: null, level: 'ok' },
    ],
    [
      'stopping 1 ms after the target is breached',
      { replies: [{ at: t(15) + 1, author: 'agent', public: true }] },
      t(60),
      { state: 'stopped', elapsedMs: 15 * MIN + 1, breached: true, breachedAt: t(15), dueAt: null, level: 'breached' },
    ],
  ])('%s', (_name, facts, now, expected) => {
    expect(firstResponse(target(15), facts, now)).toMatchObject(expected);
  });

  test('paused exactly at the target is not breached (only a running clock breaches at equality)', () => {
    const p = policyWith({ resolution: target(60) });
    const facts = ticket({ statusHistory: statuses([0, 'open'], [60, 'pending']) });
    expect(metricOf(evaluateTicket(p, facts, t(90)), 'resolution')).toMatchObject({
      state: 'paused',
      elapsedMs: HOUR,
      remainingMs: 0,
      breached: false,
      breachedAt: null,
      dueAt: null,
      level: 'critical',
    });
  });

  test('targetMs is minutes * 60000 rounded, and nothing else is rounded', () => {
    const metric = firstResponse(target(0.123456), {}, T(3));
    expect(metric.targetMs).toBe(Math.round(0.123456 * 60_000));
    expect(metric.elapsedMs).toBe(3);
    expect(metric.remainingMs).toBe(metric.targetMs - 3);
    expect(metric.percent).toBe((100 * 3) / metric.targetMs);
  });
});

const T = (ms: number): number => t(0) + ms;

describe('evaluateTicket: levels without rounding', () => {
  // target 0.7 min = 42 000 ms: warning at 21 000 ms, critical at 31 500 ms.
  test.each<[string, number, Escalation | undefined, MetricSla['level']]>([
    ['ok just below warning', 20_999, undefined, 'ok'],
    ['warning exactly at warningAt', 21_000, undefined, 'warning'],
    ['warning just below critical', 31_499, undefined, 'warning'],
    ['critical exactly at criticalAt', 31_500, undefined, 'critical'],
    ['critical just below the target', 41_999, undefined, 'critical'],
    ['breached at the target while running', 42_000, undefined, 'breached'],
    ['a tier escalation overrides the policy one (warning at 10%)', 4_200, { warningAt: 10, criticalAt: 20 }, 'warning'],
    ['a tier escalation overrides the policy one (critical at 20%)', 8_400, { warningAt: 10, criticalAt: 20 }, 'critical'],
    ['fractional thresholds compare exactly: below 33.3%', 13_985, { warningAt: 33.3, criticalAt: 66.6 }, 'ok'],
    ['fractional thresholds compare exactly: at 33.3%', 13_986, { warningAt: 33.3, criticalAt: 66.6 }, 'warning'],
  ])('%s', (_name, elapsed, escalation, level) => {
    expect(firstResponse(target(0.7), {}, T(elapsed), escalation).level).toBe(level);
  });

  test('74.99…% is warning, not a rounded-up critical', () => {
    expect(firstResponse(target(10), {}, T(7.5 * MIN - 1)).level).toBe('warning');
  });

  test('a stopped metric that did not breach is ok whatever its share', () => {
    expect(firstResponse(target(10), { replies: replies([9, 'agent']) }, t(20))).toMatchObject({ state: 'stopped', level: 'ok', percent: 90 });
  });
});

describe('evaluateTicket: business time, dueAt and outsideHours', () => {
  // The office calendar: Mon–Fri 09:00–12:00 and 13:00–18:00, Asia/Shanghai. T0 is Monday 09:00.
  const office = target(30, 'office');
  const createdAt = (iso: string): Partial<TicketFacts> => ({ createdAt: at(iso), statusHistory: [{ at: at(iso), status: 'open' }] });

  test.each<[string, string, string, Partial<MetricSla>]>([
    [
      'counts only business hours: the lunch break is skipped',
      '2026-11-23T11:50:00+08:00',
      '2026-11-23T13:10:00+08:00',
      { elapsedMs: 20 * MIN, dueAt: at('2026-11-23T13:20:00+08:00'), outsideHours: false },
    ],
    [
      'counts across the night',
      '2026-11-23T17:50:00+08:00',
      '2026-11-24T09:10:00+08:00',
      { elapsedMs: 20 * MIN, remainingMs: 10 * MIN, dueAt: at('2026-11-24T09:20:00+08:00'), outsideHours: false },
    ],
    [
      'outside hours: dueAt is in the next window',
      '2026-11-23T17:50:00+08:00',
      '2026-11-23T20:00:00+08:00',
      { elapsedMs: 10 * MIN, dueAt: at('2026-11-24T09:20:00+08:00'), outsideHours: true, breached: false },
    ],
    [
      'a target reached exactly at a window end breaches there; running at the target is breached overnight',
      '2026-11-23T17:30:00+08:00',
      '2026-11-24T08:00:00+08:00',
      {
        elapsedMs: 30 * MIN,
        remainingMs: 0,
        breached: true,
        breachedAt: at('2026-11-23T18:00:00+08:00'),
        dueAt: at('2026-11-23T18:00:00+08:00'),
        outsideHours: true,
        level: 'breached',
      },
    ],
    [
      'created on Saturday, the clock starts Monday morning',
      '2026-11-28T10:00:00+08:00',
      '2026-11-30T09:05:00+08:00',
      { elapsedMs: 5 * MIN, dueAt: at('2026-11-30T09:30:00+08:00'), outsideHours: false },
    ],
    [
      'a window edge counts: exactly at 09:00 is inside business time',
      '2026-11-23T17:50:00+08:00',
      '2026-11-24T09:00:00+08:00',
      { elapsedMs: 10 * MIN, outsideHours: false },
    ],
    [
      'exactly at 18:00 is outside business time',
      '2026-11-23T17:50:00+08:00',
      '2026-11-23T18:00:00+08:00',
      { elapsedMs: 10 * MIN, outsideHours: true },
    ],
  ])('%s', (_name, created, now, expected) => {
    expect(firstResponse(office, createdAt(created), at(now))).toMatchObject({ state: 'running', ...expected });
  });

  test('a make-up Saturday counts and a holiday does not', () => {
    // Opened Friday 27 Nov 17:00; Saturday 28 Nov is a make-up workday (09:00–10:00), Monday 30 Nov a holiday.
    const base = policyWith({ firstResponse: target(600, 'office') });
    const p = {
      ...base,
      calendars: [
        {
          ...base.calendars[0]!,
          holidays: [{ date: '2026-11-30', name: 'Day off' }],
          workdays: [{ date: '2026-11-28', hours: [['09:00', '10:00']] as [string, string][], name: 'Make-up' }],
        },
      ],
    };
    const facts = createdAt('2026-11-27T17:00:00+08:00');
    expect(firstResponse(target(600, 'office'), facts, at('2026-11-27T17:30:00+08:00'))).toMatchObject({ elapsedMs: 30 * MIN });
    const sla = evaluateTicket(p, ticket(facts), at('2026-12-01T09:30:00+08:00'));
    // 60 (Fri) + 60 (Sat make-up) + 0 (Mon holiday) + 30 (Tue)
    expect(sla.metrics[0]).toMatchObject({ elapsedMs: 150 * MIN, outsideHours: false });
    expect(evaluateTicket(p, ticket(facts), at('2026-11-30T10:00:00+08:00')).metrics[0]).toMatchObject({
      elapsedMs: 120 * MIN,
      outsideHours: true,
      dueAt: at('2026-12-01T18:00:00+08:00'), // 480 minutes left: all of Tuesday's 8 hours
    });
  });

  test('a 24x7 clock is never outside hours', () => {
    expect(firstResponse(target(30), {}, at('2026-11-29T03:00:00+08:00'))).toMatchObject({ outsideHours: false });
  });

  test('breachedAt across several resolution intervals lands inside the interval where the target was reached', () => {
    // Active 09:00–10:00 (60), paused 10:00–14:00, active again from 14:00: 90 minutes reached at 14:30.
    const p = policyWith({ resolution: target(90, 'office') });
    const facts = ticket({ statusHistory: statuses([0, 'open'], [60, 'pending'], [300, 'open']) });
    expect(metricOf(evaluateTicket(p, facts, at('2026-11-23T15:00:00+08:00')), 'resolution')).toMatchObject({
      elapsedMs: 120 * MIN,
      breached: true,
      breachedAt: at('2026-11-23T14:30:00+08:00'),
      dueAt: at('2026-11-23T14:30:00+08:00'),
    });
  });

  test('a calendar with no business time gives no due time and says so, rather than throwing', () => {
    const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    const base = policyWith({ firstResponse: target(30, 'office') });
    const p = { ...base, calendars: [{ ...base.calendars[0]!, weekly: closed }] };
    const sla = evaluateTicket(p, ticket(), t(10));
    expect(sla.metrics[0]).toMatchObject({ elapsedMs: 0, dueAt: null, outsideHours: true, breached: false });
    expect(sla.explanation.join('\n')).toMatch(/calendar 'office' has no business time ahead/);
  });
});
