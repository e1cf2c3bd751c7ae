import { describe, expect, test } from 'vitest';
import { evaluateTicket } from '../../../lib/sla/evaluate-ticket';
import type { MetricSla, NativeSla } from '../../../lib/sla/types';
import { MIN, policy, policyWith, target, ticket, t } from './fixtures';

const now = t(60);
const nativePolicy = policyWith({ firstResponse: target(15) }, {}, { preferNativeSla: true });
const entry = (over: Partial<NativeSla>): NativeSla => ({
  metric: 'resolution',
  dueAt: now + HOUR_MS,
  paused: false,
  breached: false,
  met: false,
  ...over,
});
const HOUR_MS = 60 * MIN;

describe('evaluateTicket: native SLA', () => {
  test.each<[string, Partial<NativeSla>, Partial<MetricSla>]>([
    ['running: dueAt from the helpdesk, remainingMs = dueAt - now', {}, { state: 'running', dueAt: now + HOUR_MS, remainingMs: HOUR_MS, level: 'ok' }],
    ['running with more than 15 min left is ok', { dueAt: now + 15 * MIN + 1 }, { level: 'ok' }],
    ['running with exactly 15 min left is critical', { dueAt: now + 15 * MIN }, { level: 'critical', remainingMs: 15 * MIN }],
    ['running past due but not breached per the helpdesk is critical', { dueAt: now - MIN }, { level: 'critical', breached: false, remainingMs: -MIN }],
    ['breached as the helpdesk says', { dueAt: now - MIN, breached: true }, { level: 'breached', breached: true, breachedAt: null, dueAt: now - MIN }],
    ['paused: no dueAt, remainingMs still from the native due time', { paused: true, dueAt: now + 5 * MIN }, { state: 'paused', dueAt: null, remainingMs: 5 * MIN, level: 'critical' }],
    ['met: stopped and ok', { met: true, dueAt: now - MIN }, { state: 'stopped', dueAt: null, level: 'ok' }],
    ['met beats paused', { met: true, paused: true }, { state: 'stopped' }],
    ['met but breached stays breached', { met: true, breached: true }, { state: 'stopped', level: 'breached' }],
    ['no due time: remainingMs NaN, dueAt null, ok', { dueAt: null }, { state: 'running', dueAt: null, remainingMs: NaN, level: 'ok' }],
  ])('%s', (_name, over, expected) => {
    const sla = evaluateTicket(nativePolicy, ticket({ native: [entry(over)] }), now);
    expect(sla.source).toBe('native');
    expect(sla.metrics).toHaveLength(1);
    expect(sla.metrics[0]).toMatchObject({
      metric: 'resolution',
      targetMs: NaN,
      elapsedMs: NaN,
      percent: NaN,
      breachedAt: null,
      outsideHours: false,
      ...expected,
    });
  });

  test('orders metrics, picks next among running ones (no due time is least urgent) and reports the worst level', () => {
    const sla = evaluateTicket(
      nativePolicy,
      ticket({
        native: [
          entry({ metric: 'resolution', dueAt: null }),
          entry({ metric: 'nextResponse', dueAt: now + 10 * MIN }),
          entry({ metric: 'firstResponse', met: true, breached: true }),
        ],
      }),
      now,
    );
    expect(sla.metrics.map((m) => m.metric)).toEqual(['firstResponse', 'nextResponse', 'resolution']);
    expect(sla.next).toMatchObject({ metric: 'nextResponse' });
    expect(sla.level).toBe('critical');
  });

  test('applies whether or not a tier matches; tier fields are reported when one does', () => {
    const noTier = policyWith({ firstResponse: target(15) }, { priorities: ['P1'] }, { preferNativeSla: true });
    const sla = evaluateTicket(noTier, ticket({ priority: 'low', tags: ['vip'], native: [entry({})] }), now);
    expect(sla).toMatchObject({ source: 'native', tier: null, priority: 'P4', customerTier: { id: 'vip' }, level: 'ok' });
    expect(sla.explanation[0]).toBe("No tier matches priority P4 and customer tier VIP; the helpdesk's own SLA still applies.");
    const matched = evaluateTicket(nativePolicy, ticket({ native: [entry({})] }), now);
    expect(matched).toMatchObject({ source: 'native', tier: { id: 'all' }, priority: 'P3' });
    expect(matched.explanation.join('\n')).toMatch(/helpdesk's own SLA/);
  });

  test('is not used when preferNativeSla is false or native is empty or absent', () => {
    const off = policyWith({ firstResponse: target(15) });
    expect(evaluateTicket(off, ticket({ native: [entry({})] }), now).source).toBe('policy');
    expect(evaluateTicket(nativePolicy, ticket({ native: [] }), now).source).toBe('policy');
    expect(evaluateTicket(nativePolicy, ticket(), now).source).toBe('policy');
  });

  test('all native metrics stopped: next null and level ok', () => {
    const sla = evaluateTicket(policy({ preferNativeSla: true }), ticket({ native: [entry({ met: true })] }), now);
    expect(sla).toMatchObject({ next: null, level: 'ok', source: 'native' });
  });

  test('a paused native metric is explained', () => {
    const sla = evaluateTicket(nativePolicy, ticket({ native: [entry({ paused: true })] }), now);
    expect(sla.explanation).toContain('Resolution is paused by the helpdesk.');
    expect(sla.next).toMatchObject({ state: 'paused' });
  });
});
