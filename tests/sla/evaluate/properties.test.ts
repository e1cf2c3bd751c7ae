import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createDefaultPolicy } from '../../../lib/policy/create-default-policy';
import type { Policy, Target, Tier } from '../../../lib/policy/types';
import { evaluateTicket } from '../../../lib/sla/evaluate-ticket';
import type { NativeSla, Reply, StatusChange, TicketFacts } from '../../../lib/sla/types';
import { HOUR, MIN, at, deepFreeze } from './fixtures';

const BASE = at('2026-03-01T00:00:00Z'); // spans the March/April DST changes in both hemispheres
const DAY = 24 * HOUR;

const zoneArb = fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Europe/London', 'UTC', 'Australia/Lord_Howe');
const targetArb: fc.Arbitrary<Target | undefined> = fc.option(
  fc.record({
    minutes: fc.oneof(fc.integer({ min: 1, max: 3000 }), fc.double({ min: 0.01, max: 3000, noNaN: true })),
    calendar: fc.constantFrom('24x7', 'office'),
  }),
  { nil: undefined },
);

const policyArb: fc.Arbitrary<Policy> = fc
  .record({
    zone: zoneArb,
    first: targetArb,
    next: targetArb,
    resolution: targetArb,
    tierEscalation: fc.option(fc.constantFrom({ warningAt: 10, criticalAt: 20 }, { warningAt: 33.3, criticalAt: 66.6 }), { nil: undefined }),
    preferNativeSla: fc.boolean(),
  })
  .map(({ zone, first, next, resolution, tierEscalation, preferNativeSla }) => {
    const preset = createDefaultPolicy(zone);
    const targets: Tier['targets'] = {};
    if (first) targets.firstResponse = first;
    if (next) targets.nextResponse = next;
    if (resolution) targets.resolution = resolution;
    const custom: Tier = { id: 'custom', name: 'Custom', priorities: ['P9'], customerTiers: [], targets };
    if (tierEscalation) custom.escalation = tierEscalation;
    return { ...preset, tiers: [custom, ...preset.tiers], preferNativeSla };
  });

const statusArb = fc.constantFrom('new', 'open', 'pending', 'hold', 'solved', 'closed', 'escalated');
const gapArb = fc.oneof(fc.integer({ min: 0, max: 10 * MIN }), fc.integer({ min: 0, max: 3 * DAY }));

const ticketArb: fc.Arbitrary<TicketFacts> = fc
  .record({
    created: fc.integer({ min: 0, max: 60 * DAY }),
    priority: fc.constantFrom<string | null>('urgent', 'high', 'normal', 'low', 'P9', 'weird', null),
    tags: fc.subarray(['vip', 'billing', 'VIP']),
    statuses: fc.array(fc.tuple(gapArb, statusArb), { minLength: 1, maxLength: 8 }),
    replies: fc.array(fc.tuple(gapArb, fc.constantFrom<Reply['author']>('agent', 'customer'), fc.boolean()), { maxLength: 12 }),
    native: fc.option(
      fc.array(
        fc.record({
          metric: fc.constantFrom<NativeSla['metric']>('firstResponse', 'nextResponse', 'resolution'),
          dueAt: fc.option(fc.integer({ min: BASE, max: BASE + 90 * DAY }), { nil: null }),
          paused: fc.boolean(),
          breached: fc.boolean(),
          met: fc.boolean(),
        }),
        { maxLength: 3 },
      ),
      { nil: undefined },
    ),
  })
  .map(({ created, priority, tags, statuses, replies, native }) => {
    const createdAt = BASE + created;
    let clock = createdAt;
    const statusHistory: StatusChange[] = statuses.map(([gap, status], i) => {
      if (i > 0) clock += gap;
      return { at: clock, status };
    });
    clock = createdAt;
    const replyList: Reply[] = replies.map(([gap, author, isPublic]) => {
      clock += gap;
      return { at: clock, author, public: isPublic };
    });
    const facts: TicketFacts = {
      helpdesk: 'zendesk',
      key: 'P',
      createdAt,
      priority,
      tags,
      organization: null,
      statusHistory,
      replies: replyList,
    };
    if (native !== undefined) facts.native = native;
    return facts;
  });

const nowArb = (facts: TicketFacts) => fc.integer({ min: facts.createdAt - HOUR, max: facts.createdAt + 20 * DAY });

const scenarioArb = fc
  .tuple(policyArb, ticketArb)
  .chain(([policy, facts]) => fc.tuple(fc.constant(policy), fc.constant(facts), nowArb(facts), nowArb(facts)));

describe('evaluateTicket: properties', () => {
  test('does not mutate its inputs and is deterministic for the same now', () => {
    fc.assert(
      fc.property(scenarioArb, ([policy, facts, now]) => {
        const before = structuredClone({ policy, facts });
        deepFreeze(policy);
        deepFreeze(facts);
        const first = evaluateTicket(policy, facts, now);
        const second = evaluateTicket(policy, facts, now);
        expect(second).toEqual(first);
        expect({ policy, facts }).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  test('policy metrics: remaining = target - elapsed, breachedAt iff breached, dueAt ahead of now until breached', () => {
    fc.assert(
      fc.property(scenarioArb, ([policy, facts, now]) => {
        const sla = evaluateTicket(policy, facts, now);
        if (sla.source !== 'policy') return;
        for (const m of sla.metrics) {
          expect(m.remainingMs).toBe(m.targetMs - m.elapsedMs);
          expect(m.breachedAt !== null).toBe(m.breached);
          expect(m.breached).toBe(m.elapsedMs > m.targetMs || (m.state === 'running' && m.elapsedMs === m.targetMs));
          expect(m.elapsedMs).toBeGreaterThanOrEqual(0);
          expect(m.elapsedMs).toBeLessThanOrEqual(Math.max(0, now - facts.createdAt));
          if (m.breachedAt !== null) expect(m.breachedAt).toBeLessThanOrEqual(now);
          if (m.state === 'running') {
            expect(m.dueAt).not.toBeNull();
            if (!m.breached) expect(m.dueAt!).toBeGreaterThanOrEqual(now);
            else expect(m.dueAt).toBe(m.breachedAt);
          } else {
            expect(m.dueAt).toBeNull();
            expect(m.outsideHours).toBe(false);
          }
        }
        if (sla.next !== null) expect(sla.metrics).toContain(sla.next);
      }),
      { numRuns: 400 },
    );
  });

  test('elapsed time never goes down as now advances (firstResponse, resolution), nor do nextResponse cycles', () => {
    fc.assert(
      fc.property(scenarioArb, ([policy, facts, a, b]) => {
        const p = { ...policy, preferNativeSla: false };
        const [early, late] = [evaluateTicket(p, facts, Math.min(a, b)), evaluateTicket(p, facts, Math.max(a, b))];
        for (const m of early.metrics) {
          const later = late.metrics.find((x) => x.metric === m.metric);
          expect(later).toBeDefined();
          if (m.metric === 'nextResponse') {
            expect(later!.cycles!).toBeGreaterThanOrEqual(m.cycles!);
            expect(later!.breachedCycles!).toBeGreaterThanOrEqual(m.breachedCycles!);
          } else {
            expect(later!.elapsedMs).toBeGreaterThanOrEqual(m.elapsedMs);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  test('native metrics follow the helpdesk', () => {
    fc.assert(
      fc.property(scenarioArb, ([policy, facts, now]) => {
        const sla = evaluateTicket({ ...policy, preferNativeSla: true }, facts, now);
        if (!facts.native || facts.native.length === 0) {
          expect(sla.source).not.toBe('native');
          return;
        }
        expect(sla.source).toBe('native');
        expect(sla.metrics).toHaveLength(facts.native.length);
        for (const m of sla.metrics) {
          expect(m.breachedAt).toBeNull();
          expect(m.outsideHours).toBe(false);
          expect(Number.isNaN(m.targetMs) && Number.isNaN(m.elapsedMs) && Number.isNaN(m.percent)).toBe(true);
          if (m.state !== 'running') expect(m.dueAt).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });
});
