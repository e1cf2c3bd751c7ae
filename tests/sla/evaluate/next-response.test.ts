import { describe, expect, test } from 'vitest';
import { evaluateTicket } from '../../../lib/sla/evaluate-ticket';
import type { MetricSla, TicketFacts } from '../../../lib/sla/types';
import { MIN, policyWith, replies, statuses, target, ticket, t } from './fixtures';

// Only nextResponse is tracked, 30 minutes 24x7, so `metrics` is either [] or the latest cycle.
const p = policyWith({ nextResponse: target(30) });

const nextResponse = (facts: Partial<TicketFacts>, nowMinutes: number): MetricSla | undefined =>
  evaluateTicket(p, ticket(facts), t(nowMinutes)).metrics.find((m) => m.metric === 'nextResponse');

type Row = [name: string, facts: Partial<TicketFacts>, nowMinutes: number, expected: Partial<MetricSla> | null];

describe('evaluateTicket: nextResponse cycles', () => {
  test.each<Row>([
    ['no cycle before the first agent reply', { replies: replies([5, 'customer'], [8, 'customer']) }, 20, null],
    ['no cycle after an agent reply alone', { replies: replies([5, 'agent']) }, 20, null],
    [
      'a customer reply after an agent reply opens a cycle',
      { replies: replies([5, 'agent'], [10, 'customer']) },
      25,
      { state: 'running', elapsedMs: 15 * MIN, cycles: 0, breachedCycles: 0, dueAt: t(40) },
    ],
    [
      'a customer reply before the first agent reply does not open a cycle later',
      { replies: replies([2, 'customer'], [5, 'agent']) },
      25,
      null,
    ],
    [
      'customer replies inside an open cycle do not restart it',
      { replies: replies([5, 'agent'], [10, 'customer'], [20, 'customer']) },
      25,
      { state: 'running', elapsedMs: 15 * MIN },
    ],
    [
      'the next public agent reply stops the cycle',
      { replies: replies([5, 'agent'], [10, 'customer'], [22, 'agent']) },
      60,
      { state: 'stopped', elapsedMs: 12 * MIN, cycles: 1, breachedCycles: 0, dueAt: null, level: 'ok' },
    ],
    [
      'a reply at t stops the cycle at t (now = t)',
      { replies: replies([5, 'agent'], [10, 'customer'], [22, 'agent']) },
      22,
      { state: 'stopped', elapsedMs: 12 * MIN, cycles: 1 },
    ],
    [
      'an agent reply after now is ignored',
      { replies: replies([5, 'agent'], [10, 'customer'], [23, 'agent']) },
      22,
      { state: 'running', elapsedMs: 12 * MIN, cycles: 0 },
    ],
    [
      'a private agent reply does not stop the cycle',
      { replies: replies([5, 'agent'], [10, 'customer'], [15, 'agent', false]) },
      25,
      { state: 'running', elapsedMs: 15 * MIN },
    ],
    [
      'replies at one instant count in array order: agent then customer opens a cycle',
      { replies: replies([5, 'agent'], [5, 'customer']) },
      25,
      { state: 'running', elapsedMs: 20 * MIN },
    ],
    ['replies at one instant count in array order: customer then agent opens none', { replies: replies([5, 'customer'], [5, 'agent']) }, 25, null],
    ['a private agent reply does not count as the first agent reply', { replies: replies([5, 'agent', false], [10, 'customer']) }, 25, null],
    ['a private customer reply does not open a cycle', { replies: replies([5, 'agent'], [10, 'customer', false]) }, 25, null],
    [
      'the ticket becoming done stops the cycle',
      { statusHistory: statuses([0, 'open'], [18, 'solved']), replies: replies([5, 'agent'], [10, 'customer']) },
      60,
      { state: 'stopped', elapsedMs: 8 * MIN, cycles: 1 },
    ],
    [
      'a done status after now does not stop it',
      { statusHistory: statuses([0, 'open'], [30, 'solved']), replies: replies([5, 'agent'], [10, 'customer']) },
      25,
      { state: 'running', elapsedMs: 15 * MIN },
    ],
    [
      'a customer reply while done does not open a cycle',
      { statusHistory: statuses([0, 'open'], [8, 'solved']), replies: replies([5, 'agent'], [10, 'customer']) },
      25,
      null,
    ],
    [
      'a customer reply at the instant the ticket becomes done does not open a cycle',
      { statusHistory: statuses([0, 'open'], [10, 'solved']), replies: replies([5, 'agent'], [10, 'customer']) },
      25,
      null,
    ],
    [
      'a customer reply after reopening opens a cycle',
      {
        statusHistory: statuses([0, 'open'], [8, 'solved'], [12, 'open']),
        replies: replies([5, 'agent'], [10, 'customer'], [15, 'customer']),
      },
      25,
      { state: 'running', elapsedMs: 10 * MIN, cycles: 0 },
    ],
    [
      'a paused status does not pause it',
      { statusHistory: statuses([0, 'open'], [12, 'pending']), replies: replies([5, 'agent'], [10, 'customer']) },
      25,
      { state: 'running', elapsedMs: 15 * MIN },
    ],
    [
      'the latest cycle is reported, running',
      { replies: replies([5, 'agent'], [10, 'customer'], [20, 'agent'], [30, 'customer']) },
      35,
      { state: 'running', elapsedMs: 5 * MIN, cycles: 1, breachedCycles: 0 },
    ],
    [
      'the latest cycle is reported, stopped',
      { replies: replies([5, 'agent'], [10, 'customer'], [20, 'agent'], [30, 'customer'], [33, 'agent']) },
      90,
      { state: 'stopped', elapsedMs: 3 * MIN, cycles: 2, breachedCycles: 0 },
    ],
    [
      'breachedCycles counts stopped cycles past the target; stopping exactly at it is no breach',
      {
        replies: replies(
          [5, 'agent'],
          [10, 'customer'], [50, 'agent'], // 40 min: breached
          [60, 'customer'], [90, 'agent'], // 30 min exactly: met
          [100, 'customer'], [131, 'agent'], // 31 min: breached
          [140, 'customer'], // running, 50 min by now: breached but not counted
        ),
      },
      190,
      { state: 'running', elapsedMs: 50 * MIN, cycles: 3, breachedCycles: 2, breached: true, breachedAt: t(170) },
    ],
  ])('%s', (_name, facts, nowMinutes, expected) => {
    const metric = nextResponse(facts, nowMinutes);
    if (expected === null) expect(metric).toBeUndefined();
    else expect(metric).toMatchObject(expected);
  });

  test('a tier with only nextResponse and no cycle yet reports metrics [], next null and level ok', () => {
    const sla = evaluateTicket(p, ticket({ replies: replies([5, 'customer']) }), t(20));
    expect(sla).toMatchObject({ source: 'policy', metrics: [], next: null, level: 'ok', tier: { id: 'all' } });
    expect(sla.explanation.join('\n')).toMatch(/No SLA clock has started yet/);
  });

  test('counts business time of its calendar across the night', () => {
    // Cycle opens Mon 17:50 Shanghai; by Tue 09:10 it holds 10 + 10 business minutes.
    const q = policyWith({ nextResponse: target(30, 'office') });
    const facts = ticket({ replies: replies([5, 'agent'], [530, 'customer']) });
    const metric = evaluateTicket(q, facts, t(24 * 60 + 10)).metrics[0];
    expect(metric).toMatchObject({ metric: 'nextResponse', elapsedMs: 20 * MIN, dueAt: t(24 * 60 + 20), outsideHours: false });
  });
});
