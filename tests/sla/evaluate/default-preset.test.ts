import { describe, expect, test } from 'vitest';
import { createDefaultPolicy } from '../../../lib/policy/create-default-policy';
import { parsePolicy } from '../../../lib/policy/parse-policy';
import { evaluateTicket } from '../../../lib/sla/evaluate-ticket';
import type { TicketFacts } from '../../../lib/sla/types';
import { MIN, HOUR, at, metricOf } from './fixtures';

const preset = createDefaultPolicy('Asia/Shanghai');

function opened(iso: string, over: Partial<TicketFacts> = {}): TicketFacts {
  const createdAt = at(iso);
  return {
    helpdesk: 'zendesk',
    key: '100',
    createdAt,
    priority: 'normal',
    tags: [],
    organization: null,
    statusHistory: [{ at: createdAt, status: 'new' }],
    replies: [],
    ...over,
  };
}

describe('evaluateTicket with the default preset', () => {
  test('P1 counts around the clock: a Saturday-night urgent ticket is warning after 10 minutes', () => {
    const sla = evaluateTicket(preset, opened('2026-11-28T03:00:00+08:00', { priority: 'urgent' }), at('2026-11-28T03:10:00+08:00'));
    expect(sla).toMatchObject({ source: 'policy', tier: { id: 'p1', name: 'P1 · Critical' }, priority: 'P1', level: 'warning' });
    expect(sla.next).toMatchObject({
      metric: 'firstResponse',
      calendar: '24x7',
      targetMs: 15 * MIN,
      elapsedMs: 10 * MIN,
      dueAt: at('2026-11-28T03:15:00+08:00'),
      outsideHours: false,
    });
    expect(metricOf(sla, 'resolution')).toMatchObject({ targetMs: 240 * MIN, elapsedMs: 10 * MIN, level: 'ok' });
  });

  test('P1 wins over VIP because it comes first', () => {
    expect(evaluateTicket(preset, opened('2026-11-23T10:00:00+08:00', { priority: 'urgent', tags: ['vip'] }), at('2026-11-23T10:01:00+08:00')).tier?.id).toBe('p1');
  });

  test('VIP express: 15 office minutes whatever the priority', () => {
    const sla = evaluateTicket(
      preset,
      opened('2026-11-23T08:00:00+08:00', { priority: 'low', tags: ['Vip'] }),
      at('2026-11-23T09:12:00+08:00'),
    );
    expect(sla).toMatchObject({ tier: { id: 'vip', name: 'VIP express' }, customerTier: { id: 'vip' }, priority: 'P4', level: 'critical' });
    expect(sla.next).toMatchObject({
      metric: 'firstResponse',
      calendar: preset.calendars[0],
      elapsedMs: 12 * MIN,
      dueAt: at('2026-11-23T09:15:00+08:00'),
    });
  });

  test.each<[string, string | null, string, number, number]>([
    ['P2 · High', 'high', 'p2', 30, 480],
    ['P3 · Normal', 'normal', 'p3', 240, 1440],
    ['P3 · Normal by default priority', null, 'p3', 240, 1440],
    ['P4 · Low', 'low', 'p4', 480, 2400],
  ])('%s counts office hours', (_name, priority, tierId, firstMinutes, resolutionMinutes) => {
    // Opened Friday 17:00; by Monday 09:20 the office has been open 60 + 20 minutes.
    const sla = evaluateTicket(preset, opened('2026-11-27T17:00:00+08:00', { priority }), at('2026-11-30T09:20:00+08:00'));
    expect(sla.tier?.id).toBe(tierId);
    expect(metricOf(sla, 'firstResponse')).toMatchObject({ targetMs: firstMinutes * MIN, elapsedMs: 80 * MIN, outsideHours: false });
    expect(metricOf(sla, 'resolution')).toMatchObject({ targetMs: resolutionMinutes * MIN, elapsedMs: 80 * MIN });
  });

  test('P2 breached over the weekend reports when it breached', () => {
    const sla = evaluateTicket(preset, opened('2026-11-27T17:50:00+08:00', { priority: 'high' }), at('2026-11-28T12:00:00+08:00'));
    expect(metricOf(sla, 'firstResponse')).toMatchObject({
      elapsedMs: 10 * MIN,
      breached: false,
      outsideHours: true,
      dueAt: at('2026-11-30T09:20:00+08:00'),
    });
    const monday = evaluateTicket(preset, opened('2026-11-27T17:50:00+08:00', { priority: 'high' }), at('2026-11-30T10:00:00+08:00'));
    expect(metricOf(monday, 'firstResponse')).toMatchObject({ breached: true, breachedAt: at('2026-11-30T09:20:00+08:00'), level: 'breached' });
    expect(monday.level).toBe('breached');
  });

  test('a Jira ticket: mapped priority, waiting for customer pauses resolution, a done-category status stops it', () => {
    const created = at('2026-11-23T09:00:00+08:00');
    const facts: TicketFacts = {
      helpdesk: 'jira',
      key: 'SUP-12',
      createdAt: created,
      priority: 'Major',
      tags: [],
      organization: null,
      statusHistory: [
        { at: created, status: 'To Do', category: 'new' },
        { at: created + 2 * HOUR, status: 'Waiting for customer', category: 'indeterminate' },
        { at: created + 5 * HOUR, status: 'In Progress', category: 'indeterminate' },
        { at: created + 6 * HOUR, status: 'Shipped', category: 'done' },
      ],
      replies: [{ at: created + 20 * MIN, author: 'agent', public: true }],
    };
    const waiting = evaluateTicket(preset, facts, created + 3 * HOUR);
    expect(waiting).toMatchObject({ tier: { id: 'p2' }, priority: 'P2' });
    expect(metricOf(waiting, 'resolution')).toMatchObject({ state: 'paused', elapsedMs: 2 * HOUR });
    expect(metricOf(waiting, 'firstResponse')).toMatchObject({ state: 'stopped', elapsedMs: 20 * MIN, level: 'ok' });
    // 09:00–11:00, then 14:00–15:00: three business hours, stopped by the done-category status.
    const shipped = evaluateTicket(preset, facts, created + 8 * HOUR);
    expect(metricOf(shipped, 'resolution')).toMatchObject({ state: 'stopped', elapsedMs: 3 * HOUR });
    expect(shipped).toMatchObject({ level: 'ok', next: null });
  });

  test('evaluates the same through parsePolicy', () => {
    const parsed = parsePolicy(JSON.parse(JSON.stringify(preset)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const facts = opened('2026-11-27T17:00:00+08:00', { priority: 'high', tags: ['vip'] });
    const now = at('2026-11-30T09:20:00+08:00');
    expect(evaluateTicket(parsed.policy, facts, now)).toEqual(evaluateTicket(preset, facts, now));
  });
});
