import { describe, expect, test } from 'vitest';
import { evaluateTicket } from '../../../lib/sla/evaluate-ticket';
import { MIN, policyWith, replies, statuses, target, ticket, t } from './fixtures';

describe('evaluateTicket: the ticket summary', () => {
  test('reports tracked, started metrics in the order firstResponse, nextResponse, resolution', () => {
    const p = policyWith({ resolution: target(240), nextResponse: target(30), firstResponse: target(15) });
    const facts = ticket({ replies: replies([5, 'agent'], [10, 'customer']) });
    expect(evaluateTicket(p, facts, t(20)).metrics.map((m) => m.metric)).toEqual(['firstResponse', 'nextResponse', 'resolution']);
  });

  test('an untracked metric is not reported', () => {
    const p = policyWith({ resolution: target(240) });
    const sla = evaluateTicket(p, ticket({ replies: replies([5, 'agent'], [10, 'customer']) }), t(20));
    expect(sla.metrics.map((m) => m.metric)).toEqual(['resolution']);
  });

  test('next is the running metric with the least remaining time', () => {
    // firstResponse: 15 - 10 = 5 min left; resolution: 240 - 10.
    const p = policyWith({ firstResponse: target(15), resolution: target(240) });
    const sla = evaluateTicket(p, ticket(), t(10));
    expect(sla.next).toBe(sla.metrics[0]);
    expect(sla.next).toMatchObject({ metric: 'firstResponse', remainingMs: 5 * MIN });
  });

  test('a running metric wins over a paused one with less remaining', () => {
    // resolution paused with 5 min left; nextResponse running with 20 min left.
    const p = policyWith({ nextResponse: target(30), resolution: target(15) });
    const facts = ticket({ statusHistory: statuses([0, 'open'], [10, 'pending']), replies: replies([2, 'agent'], [20, 'customer']) });
    const sla = evaluateTicket(p, facts, t(30));
    expect(sla.next).toMatchObject({ metric: 'nextResponse', state: 'running', remainingMs: 20 * MIN });
  });

  test('with nothing running, next is the paused metric with the least remaining time', () => {
    const p = policyWith({ firstResponse: target(15), resolution: target(60) });
    const facts = ticket({ statusHistory: statuses([0, 'open'], [10, 'pending']), replies: replies([5, 'agent']) });
    const sla = evaluateTicket(p, facts, t(30));
    expect(sla.next).toMatchObject({ metric: 'resolution', state: 'paused', remainingMs: 50 * MIN });
  });

  test('with everything stopped, next is null and the level is ok even if a stopped metric breached', () => {
    const p = policyWith({ firstResponse: target(15), resolution: target(240) });
    const facts = ticket({ statusHistory: statuses([0, 'open'], [20, 'solved']) });
    const sla = evaluateTicket(p, facts, t(30));
    expect(sla.metrics.map((m) => [m.state, m.level])).toEqual([
      ['stopped', 'breached'],
      ['stopped', 'ok'],
    ]);
    expect(sla).toMatchObject({ next: null, level: 'ok', source: 'policy' });
  });

  test('the level is the worst among running and paused metrics; stopped ones do not count', () => {
    const p = policyWith({ firstResponse: target(10), nextResponse: target(100), resolution: target(40) });
    // firstResponse stopped breached (12 > 10); resolution paused at 30/40 = critical; nextResponse running 10/100 = ok.
    const facts = ticket({
      statusHistory: statuses([0, 'open'], [30, 'pending']),
      replies: replies([12, 'agent'], [40, 'customer']),
    });
    const sla = evaluateTicket(p, facts, t(50));
    expect(sla.metrics.map((m) => m.level)).toEqual(['breached', 'ok', 'critical']);
    expect(sla.level).toBe('critical');
  });

  test('the level is breached when a running metric is', () => {
    const p = policyWith({ firstResponse: target(10), resolution: target(240) });
    expect(evaluateTicket(p, ticket(), t(11)).level).toBe('breached');
  });

  test('a ticket with no tier is none, not hidden', () => {
    const p = policyWith({ firstResponse: target(10) }, { priorities: ['P1'] });
    expect(evaluateTicket(p, ticket({ priority: 'low' }), t(11))).toEqual({
      helpdesk: 'zendesk',
      key: '4821',
      source: 'none',
      tier: null,
      customerTier: null,
      priority: 'P4',
      metrics: [],
      next: null,
      level: 'none',
      explanation: expect.any(Array),
    });
  });

  test('reports helpdesk, key, tier and customer tier as { id, name }', () => {
    const p = policyWith({ firstResponse: target(10) }, { id: 'gold', name: 'Gold lane' });
    const sla = evaluateTicket(p, ticket({ helpdesk: 'jira', key: 'SUP-12', priority: 'Medium', tags: ['vip'] }), t(1));
    expect(sla).toMatchObject({
      helpdesk: 'jira',
      key: 'SUP-12',
      tier: { id: 'gold', name: 'Gold lane' },
      customerTier: { id: 'vip', name: 'VIP' },
      priority: 'P3',
    });
    expect(Object.keys(sla.tier!)).toEqual(['id', 'name']);
    expect(Object.keys(sla.customerTier!)).toEqual(['id', 'name']);
  });
});
