import { describe, expect, test } from 'vitest';
import { evaluateTicket } from '../../../lib/sla/evaluate-ticket';
import type { MetricSla, TicketFacts } from '../../../lib/sla/types';
import { MIN, metricOf, policyWith, replies, statuses, target, ticket, t } from './fixtures';

// 24x7 targets, so elapsed time is plain wall-clock arithmetic and the tests read as timelines.
const p = policyWith({ firstResponse: target(60), resolution: target(240) });

type Row = [name: string, facts: Partial<TicketFacts>, nowMinutes: number, expected: Partial<MetricSla>];

describe('evaluateTicket: firstResponse', () => {
  test.each<Row>([
    ['runs from createdAt until now', {}, 20, { state: 'running', elapsedMs: 20 * MIN }],
    ['stops at the first public agent reply', { replies: replies([25, 'agent']) }, 50, { state: 'stopped', elapsedMs: 25 * MIN }],
    ['a reply at t stops it at t (now = t)', { replies: replies([25, 'agent']) }, 25, { state: 'stopped', elapsedMs: 25 * MIN }],
    ['ignores a reply after now', { replies: replies([26, 'agent']) }, 25, { state: 'running', elapsedMs: 25 * MIN }],
    ['ignores private agent replies', { replies: replies([10, 'agent', false]) }, 30, { state: 'running', elapsedMs: 30 * MIN }],
    ['ignores customer replies', { replies: replies([10, 'customer']) }, 30, { state: 'running', elapsedMs: 30 * MIN }],
    [
      'stops the first time the ticket is done',
      { statusHistory: statuses([0, 'open'], [12, 'solved'], [20, 'open']) },
      30,
      { state: 'stopped', elapsedMs: 12 * MIN },
    ],
    [
      'stops at whichever comes first: done before the reply',
      { statusHistory: statuses([0, 'open'], [5, 'closed']), replies: replies([8, 'agent']) },
      30,
      { state: 'stopped', elapsedMs: 5 * MIN },
    ],
    [
      'is not paused by a paused status',
      { statusHistory: statuses([0, 'open'], [5, 'pending']) },
      30,
      { state: 'running', elapsedMs: 30 * MIN },
    ],
    [
      'a ticket created done stops at creation',
      { statusHistory: statuses([0, 'solved']) },
      30,
      { state: 'stopped', elapsedMs: 0, level: 'ok', breached: false },
    ],
    [
      'a done status after now is ignored',
      { statusHistory: statuses([0, 'open'], [31, 'solved']) },
      30,
      { state: 'running', elapsedMs: 30 * MIN },
    ],
  ])('%s', (_name, facts, nowMinutes, expected) => {
    expect(metricOf(evaluateTicket(p, ticket(facts), t(nowMinutes)), 'firstResponse')).toMatchObject(expected);
  });

  test('is not reported before createdAt', () => {
    const sla = evaluateTicket(p, ticket(), t(-1));
    expect(sla.metrics).toEqual([]);
    expect(sla.level).toBe('ok');
  });
});

describe('evaluateTicket: status at an instant', () => {
  test.each<Row>([
    ['a status change at t takes effect at t', { statusHistory: statuses([0, 'open'], [10, 'pending']) }, 10, { state: 'paused', elapsedMs: 10 * MIN }],
    ['a status change after now is ignored', { statusHistory: statuses([0, 'open'], [11, 'pending']) }, 10, { state: 'running', elapsedMs: 10 * MIN }],
    ['maps raw statuses lower-cased', { statusHistory: statuses([0, 'Open'], [10, 'PENDING']) }, 20, { state: 'paused', elapsedMs: 10 * MIN }],
    ['an unknown zendesk status counts as active', { statusHistory: statuses([0, 'escalated']) }, 20, { state: 'running', elapsedMs: 20 * MIN }],
    [
      'an unknown zendesk status stays active even with a done category',
      { statusHistory: statuses([0, 'open'], [10, 'shipped', 'done']) },
      20,
      { state: 'running', elapsedMs: 20 * MIN },
    ],
    [
      'an unknown jira status in category done counts as done',
      { helpdesk: 'jira', statusHistory: statuses([0, 'To Do', 'new'], [10, 'Shipped', 'done']) },
      20,
      { state: 'stopped', elapsedMs: 10 * MIN },
    ],
    [
      'an unknown jira status in another category counts as active',
      { helpdesk: 'jira', statusHistory: statuses([0, 'To Do', 'new'], [10, 'Triage', 'indeterminate']) },
      20,
      { state: 'running', elapsedMs: 20 * MIN },
    ],
    [
      'the statusMap wins over the jira category',
      { helpdesk: 'jira', statusHistory: statuses([0, 'To Do', 'new'], [10, 'Waiting for customer', 'done']) },
      20,
      { state: 'paused', elapsedMs: 10 * MIN },
    ],
    [
      'of several entries at one instant the last one holds',
      { statusHistory: statuses([0, 'open'], [10, 'solved'], [10, 'pending'], [15, 'open']) },
      20,
      { state: 'running', elapsedMs: 15 * MIN },
    ],
    [
      'a status named like an Object.prototype key is just unknown (active)',
      { statusHistory: statuses([0, 'open'], [10, 'constructor']) },
      20,
      { state: 'running', elapsedMs: 20 * MIN },
    ],
    ['the first status may be paused', { statusHistory: statuses([0, 'pending']) }, 20, { state: 'paused', elapsedMs: 0 }],
    ['the first status may be done', { statusHistory: statuses([0, 'closed']) }, 20, { state: 'stopped', elapsedMs: 0, level: 'ok' }],
    ['an empty history counts as active', { statusHistory: [] }, 20, { state: 'running', elapsedMs: 20 * MIN }],
  ])('%s', (_name, facts, nowMinutes, expected) => {
    expect(metricOf(evaluateTicket(p, ticket(facts), t(nowMinutes)), 'resolution')).toMatchObject(expected);
  });

  test('a done entry overridden at the same instant never stops firstResponse', () => {
    const facts = ticket({ statusHistory: statuses([0, 'open'], [10, 'solved'], [10, 'open']) });
    expect(metricOf(evaluateTicket(p, facts, t(20)), 'firstResponse')).toMatchObject({ state: 'running', elapsedMs: 20 * MIN });
  });

  test('the first entry is the status at creation even when stamped a little later', () => {
    // Adapters stamp the first entry with createdAt; if a clock skew puts it later, it still covers creation.
    const facts = ticket({ statusHistory: [{ at: t(2), status: 'pending' }] });
    expect(metricOf(evaluateTicket(p, facts, t(20)), 'resolution')).toMatchObject({ state: 'paused', elapsedMs: 0 });
  });
});

describe('evaluateTicket: resolution', () => {
  test.each<Row>([
    ['counts while active', {}, 30, { state: 'running', elapsedMs: 30 * MIN }],
    ['pauses while paused', { statusHistory: statuses([0, 'open'], [10, 'hold'], [40, 'open']) }, 50, { state: 'running', elapsedMs: 20 * MIN }],
    ['is paused now', { statusHistory: statuses([0, 'open'], [10, 'hold']) }, 50, { state: 'paused', elapsedMs: 10 * MIN, dueAt: null }],
    ['stops while done', { statusHistory: statuses([0, 'open'], [10, 'solved']) }, 50, { state: 'stopped', elapsedMs: 10 * MIN, dueAt: null }],
    [
      'resumes on reopening and keeps accumulating',
      { statusHistory: statuses([0, 'open'], [10, 'solved'], [30, 'open'], [40, 'pending'], [45, 'open']) },
      60,
      { state: 'running', elapsedMs: 35 * MIN },
    ],
    [
      'a paused first status starts paused and counts once active',
      { statusHistory: statuses([0, 'pending'], [20, 'open']) },
      30,
      { state: 'running', elapsedMs: 10 * MIN },
    ],
    [
      'a done first status starts stopped and resumes on reopening',
      { statusHistory: statuses([0, 'solved'], [20, 'open']) },
      30,
      { state: 'running', elapsedMs: 10 * MIN },
    ],
  ])('%s', (_name, facts, nowMinutes, expected) => {
    expect(metricOf(evaluateTicket(p, ticket(facts), t(nowMinutes)), 'resolution')).toMatchObject(expected);
  });

  test('a reopened ticket that was breached before it was solved stays breached at the same instant', () => {
    const q = policyWith({ resolution: target(20) });
    const facts = ticket({ statusHistory: statuses([0, 'open'], [30, 'solved'], [60, 'open']) });
    const stopped = metricOf(evaluateTicket(q, facts, t(45)), 'resolution');
    const reopened = metricOf(evaluateTicket(q, facts, t(70)), 'resolution');
    expect(stopped).toMatchObject({ state: 'stopped', breached: true, breachedAt: t(20), level: 'breached' });
    expect(reopened).toMatchObject({ state: 'running', elapsedMs: 40 * MIN, breachedAt: t(20), dueAt: t(20) });
  });
});
