import { describe, expect, test } from 'vitest';
import { evaluateTicket } from '../../../lib/sla/evaluate-ticket';
import type { Policy } from '../../../lib/policy/types';
import type { TicketFacts } from '../../../lib/sla/types';
import { policy, target, ticket, tier, t } from './fixtures';

// Tiers that make the matching visible: which one applies tells us what priority / customer tier was used.
const tiered = (overrides: Partial<Policy> = {}): Policy =>
  policy({
    tiers: [
      tier({ firstResponse: target(15) }, { id: 'p1', name: 'P1', priorities: ['P1'] }),
      tier({ firstResponse: target(15) }, { id: 'vip', name: 'VIP express', customerTiers: ['vip'] }),
      tier({ firstResponse: target(30) }, { id: 'p2', name: 'P2', priorities: ['P2'] }),
      tier({ firstResponse: target(240) }, { id: 'p3', name: 'P3', priorities: ['P3'] }),
      tier({ firstResponse: target(480) }, { id: 'jira-x', name: 'X', priorities: ['X9'] }),
    ],
    ...overrides,
  });

describe('evaluateTicket: priority', () => {
  test.each<[string, Partial<TicketFacts>, string | null, string | null]>([
    ['maps a raw zendesk priority through priorityMap', { priority: 'urgent' }, 'P1', 'p1'],
    ['looks the raw priority up lower-cased', { priority: 'HIGH' }, 'P2', 'p2'],
    ['maps jira priorities with the jira map', { helpdesk: 'jira', priority: 'Blocker' }, 'P1', 'p1'],
    ['uses an unmapped raw priority upper-cased when a tier lists it', { helpdesk: 'jira', priority: 'x9' }, 'X9', 'jira-x'],
    ['uses a raw "P2" as is', { helpdesk: 'jira', priority: 'P2' }, 'P2', 'p2'],
    ['reports an unmapped raw priority upper-cased even when no tier lists it', { priority: 'Whenever' }, 'WHENEVER', null],
    ['does not read Object.prototype for a raw priority named like one of its keys', { priority: 'constructor' }, 'CONSTRUCTOR', null],
    ['uses defaultPriority for a null priority', { priority: null }, 'P3', 'p3'],
  ])('%s', (_name, facts, priority, tierId) => {
    const sla = evaluateTicket(tiered(), ticket(facts), t(1));
    expect(sla.priority).toBe(priority);
    expect(sla.tier?.id ?? null).toBe(tierId);
    expect(sla.source).toBe(tierId === null ? 'none' : 'policy');
  });

  test('a null priority with defaultPriority null reports null and matches only a tier with priorities: []', () => {
    const p = tiered({ defaultPriority: null });
    const none = evaluateTicket(p, ticket({ priority: null }), t(1));
    expect(none).toMatchObject({ priority: null, tier: null, source: 'none', level: 'none' });

    const withAny = tiered({
      defaultPriority: null,
      tiers: [...p.tiers, tier({ firstResponse: target(60) }, { id: 'any', name: 'Any' })],
    });
    const sla = evaluateTicket(withAny, ticket({ priority: null }), t(1));
    expect(sla).toMatchObject({ priority: null, tier: { id: 'any', name: 'Any' }, source: 'policy' });
  });

  test('an unmapped priority matches a tier with priorities: []', () => {
    const p = policy({ tiers: [tier({ firstResponse: target(60) }, { id: 'any', name: 'Any' })] });
    expect(evaluateTicket(p, ticket({ priority: 'odd' }), t(1))).toMatchObject({ priority: 'ODD', tier: { id: 'any' } });
  });
});

describe('evaluateTicket: customer tier', () => {
  test.each<[string, Partial<TicketFacts>, string | null]>([
    ['by tag', { tags: ['billing', 'vip'] }, 'vip'],
    ['by tag, case-insensitively', { tags: ['VIP'] }, 'vip'],
    ['by organisation, case-insensitively', { organization: 'GLOBEX' }, 'vip'],
    ['none for other tags and organisations', { tags: ['vipx'], organization: 'Initech' }, null],
    ['none without tags or organisation', { tags: [], organization: null }, null],
  ])('%s', (_name, facts, customerTierId) => {
    const sla = evaluateTicket(tiered(), ticket({ priority: 'normal', ...facts }), t(1));
    expect(sla.customerTier?.id ?? null).toBe(customerTierId);
    expect(sla.tier?.id).toBe(customerTierId === null ? 'p3' : 'vip');
  });

  test('the first customer tier that matches wins', () => {
    const p = tiered({
      customerTiers: [
        { id: 'gold', name: 'Gold', tags: ['gold'], organizations: [] },
        { id: 'vip', name: 'VIP', tags: ['vip'], organizations: [] },
      ],
    });
    expect(evaluateTicket(p, ticket({ tags: ['vip', 'gold'] }), t(1)).customerTier).toEqual({ id: 'gold', name: 'Gold' });
  });

  test('is reported even when no tier matches', () => {
    const p = policy({ tiers: [tier({ firstResponse: target(15) }, { priorities: ['P1'] })] });
    const sla = evaluateTicket(p, ticket({ priority: 'low', tags: ['vip'] }), t(1));
    expect(sla).toMatchObject({
      source: 'none',
      level: 'none',
      tier: null,
      priority: 'P4',
      customerTier: { id: 'vip', name: 'VIP' },
      metrics: [],
      next: null,
    });
  });
});

describe('evaluateTicket: tier', () => {
  test('the first tier whose priorities and customer tiers both match applies', () => {
    // P1 comes before the VIP tier, so a VIP P1 ticket is P1.
    expect(evaluateTicket(tiered(), ticket({ priority: 'urgent', tags: ['vip'] }), t(1)).tier?.id).toBe('p1');
    expect(evaluateTicket(tiered(), ticket({ priority: 'high', tags: ['vip'] }), t(1)).tier?.id).toBe('vip');
  });

  test('a tier listing customer tiers needs one of them', () => {
    const p = policy({
      tiers: [tier({ firstResponse: target(15) }, { id: 'p2-vip', priorities: ['P2'], customerTiers: ['vip'] })],
    });
    expect(evaluateTicket(p, ticket({ priority: 'high' }), t(1)).tier).toBeNull();
    expect(evaluateTicket(p, ticket({ priority: 'high', organization: 'globex' }), t(1)).tier?.id).toBe('p2-vip');
    expect(evaluateTicket(p, ticket({ priority: 'low', organization: 'globex' }), t(1)).tier).toBeNull();
  });

  test('a tier without targets gives source none and level none, but reports the tier', () => {
    // parsePolicy refuses such a tier; the engine still answers sensibly for a hand-built policy.
    const p = policy({ tiers: [tier({}, { id: 'empty', name: 'Empty' })] });
    const sla = evaluateTicket(p, ticket(), t(1));
    expect(sla).toMatchObject({ source: 'none', level: 'none', tier: { id: 'empty' }, priority: 'P3', metrics: [], next: null });
  });

  test('a target calendar that is not in the policy is a loud error, not a silent 24x7', () => {
    const p = policyWithBadCalendar();
    expect(() => evaluateTicket(p, ticket(), t(1))).toThrow(/nowhere/);
  });
});

function policyWithBadCalendar(): Policy {
  return policy({ tiers: [tier({ firstResponse: target(15, 'nowhere') })] });
}
