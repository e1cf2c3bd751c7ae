import { describe, expect, test } from 'vitest';
import { evaluateTicket } from '../../../lib/sla/evaluate-ticket';
import { explain, type ExplanationReason } from '../../../lib/sla/explain';
import { at, policy, policyWith, replies, statuses, target, ticket, tier, t } from './fixtures';

describe('evaluateTicket: explanation', () => {
  test('says which tier matched and why: mapped priority, customer tier by tag', () => {
    const p = policyWith({ firstResponse: target(15) }, { name: 'VIP express', customerTiers: ['vip'] });
    const sla = evaluateTicket(p, ticket({ priority: 'urgent', tags: ['VIP'] }), t(1));
    expect(sla.explanation).toEqual([
      "Tier 'VIP express' applies: it covers any priority and customer tier VIP.",
      "Priority P1, mapped from 'urgent'.",
      "Customer tier VIP via tag 'VIP'.",
    ]);
  });

  test.each<[string, Parameters<typeof ticket>[0], string]>([
    ['customer tier by organisation', { organization: 'globex' }, "Customer tier VIP via organisation 'globex'."],
    ['default priority', { priority: null }, 'The ticket has no priority, so the default priority P3 applies.'],
    ['unmapped priority', { priority: 'p7' }, "Priority P7: 'p7' is not in the priority map, so it is used upper-cased."],
  ])('explains the %s', (_name, facts, line) => {
    expect(evaluateTicket(policy(), ticket(facts), t(1)).explanation).toContain(line);
  });

  test('says why no tier matched', () => {
    const p = policy({ tiers: [tier({ firstResponse: target(15) }, { priorities: ['P1'] })], defaultPriority: null });
    expect(evaluateTicket(p, ticket({ priority: null }), t(1)).explanation).toEqual([
      'No tier matches priority (none) and customer tier (none), so this ticket has no SLA.',
      'The ticket has no priority and the policy has no default priority, so only tiers for any priority can match.',
    ]);
  });

  test('says why a clock is paused', () => {
    const sla = evaluateTicket(policy(), ticket({ statusHistory: statuses([0, 'open'], [5, 'Pending']) }), t(10));
    expect(sla.explanation).toContain(
      "Resolution is paused: status 'Pending' maps to paused. It resumes when the status becomes active.",
    );
  });

  test('says why resolution stopped', () => {
    const sla = evaluateTicket(policy(), ticket({ statusHistory: statuses([0, 'open'], [5, 'solved']) }), t(10));
    expect(sla.explanation).toContain("Resolution has stopped: status 'solved' maps to done.");
  });

  test.each<[string, string, string, string]>([
    ['in the evening', 'Asia/Shanghai', '2026-11-23T20:00:00+08:00', 'until Tue 09:00 (Asia/Shanghai)'],
    ['at lunch', 'Asia/Shanghai', '2026-11-23T12:30:00+08:00', 'until Mon 13:00 (Asia/Shanghai)'],
    ['on Friday night', 'Asia/Shanghai', '2026-11-27T19:00:00+08:00', 'until Mon 09:00 (Asia/Shanghai)'],
    // The machine's TZ must not leak in: the same instant reads in the calendar's own zone.
    ['in another zone', 'America/New_York', '2026-11-23T20:00:00-05:00', 'until Tue 09:00 (America/New_York)'],
    // Daylight saving starts on Sunday 8 March 2026: Friday evening is UTC-5, Monday morning UTC-4.
    ['across a DST change', 'America/New_York', '2026-03-06T19:00:00-05:00', 'until Mon 09:00 (America/New_York)'],
  ])('says when an outside-hours clock resumes: %s', (_name, zone, now, until) => {
    const base = policyWith({ firstResponse: target(600, 'office') });
    const p = { ...base, calendars: [{ ...base.calendars[0]!, timeZone: zone }] };
    const created = at(now) - 4 * 60 * 60_000;
    const sla = evaluateTicket(p, ticket({ createdAt: created, statusHistory: [{ at: created, status: 'open' }] }), at(now));
    expect(sla.metrics[0]!.outsideHours).toBe(true);
    expect(sla.explanation).toContain(`First response is outside business hours ${until}.`);
  });

  test('names the date when the clock resumes more than a few days away (a long holiday)', () => {
    const base = policyWith({ firstResponse: target(600, 'office') });
    const p = {
      ...base,
      calendars: [{ ...base.calendars[0]!, holidays: [{ from: '2026-11-24', to: '2026-12-01', name: 'Long break' }] }],
    };
    const sla = evaluateTicket(p, ticket(), at('2026-11-23T19:00:00+08:00'));
    expect(sla.explanation).toContain('First response is outside business hours until Wed 2 Dec 09:00 (Asia/Shanghai).');
    expect(evaluateTicket(p, ticket(), at('2026-11-23T19:00:00+08:00'), { language: 'zh-CN' }).explanation).toContain(
      '首次响应当前处于非工作时间，将于 12月2日 周三 09:00（Asia/Shanghai）恢复计时。',
    );
  });

  test('does not explain a clock that is inside business hours', () => {
    const sla = evaluateTicket(policyWith({ firstResponse: target(600, 'office') }), ticket(), t(30));
    expect(sla.explanation.some((line) => line.includes('outside business hours'))).toBe(false);
  });

  test('speaks Simplified Chinese on request, and English by default', () => {
    const p = policyWith({ firstResponse: target(600, 'office'), resolution: target(600) }, { name: '普通' });
    const facts = ticket({ priority: 'high', tags: ['vip'], statusHistory: statuses([0, 'open'], [5, 'pending']) });
    const now = at('2026-11-23T20:00:00+08:00');
    expect(evaluateTicket(p, facts, now, { language: 'zh-CN' }).explanation).toEqual([
      '适用等级“普通”：覆盖任意优先级、任意客户。',
      '优先级 P2，由“high”映射而来。',
      '客户等级 VIP（标签“vip”）。',
      '首次响应当前处于非工作时间，将于 周二 09:00（Asia/Shanghai）恢复计时。',
      '解决时限已暂停：状态“pending”映射为暂停。状态恢复为处理中后继续计时。',
    ]);
    expect(evaluateTicket(p, facts, now).explanation).toEqual(evaluateTicket(p, facts, now, { language: 'en' }).explanation);
    expect(evaluateTicket(p, facts, now).explanation[0]).toBe("Tier '普通' applies: it covers any priority and any customer.");
  });

  test('the language changes only the explanation', () => {
    const facts = ticket({ replies: replies([5, 'agent'], [10, 'customer']) });
    const en = evaluateTicket(policy(), facts, t(20));
    const zh = evaluateTicket(policy(), facts, t(20), { language: 'zh-CN' });
    expect({ ...zh, explanation: [] }).toEqual({ ...en, explanation: [] });
  });
});

describe('explain: the message table', () => {
  const reasons: ExplanationReason[] = [
    { code: 'priority.mapped', priority: 'P1', raw: 'urgent' },
    { code: 'priority.unmapped', priority: 'X', raw: 'x' },
    { code: 'priority.default', priority: 'P3' },
    { code: 'priority.none' },
    { code: 'customerTier.tag', customerTier: 'VIP', tag: 'vip' },
    { code: 'customerTier.organization', customerTier: 'VIP', organization: 'Globex' },
    { code: 'tier.matched', tier: 'P1', priority: 'P1', customerTier: null },
    { code: 'tier.none', priority: 'P9', customerTier: null },
    { code: 'tier.noneNative', priority: 'P9', customerTier: 'VIP' },
    { code: 'tier.noTargets', tier: 'Empty' },
    { code: 'metrics.notStarted' },
    { code: 'native' },
    { code: 'metric.paused', metric: 'resolution', status: 'pending' },
    { code: 'metric.pausedNative', metric: 'firstResponse' },
    { code: 'metric.stoppedDone', metric: 'resolution', status: 'solved' },
    { code: 'metric.outsideHours', metric: 'nextResponse', resumesAt: at('2026-11-24T09:00:00+08:00'), now: at('2026-11-23T20:00:00+08:00'), timeZone: 'Asia/Shanghai' },
    { code: 'metric.noBusinessTime', metric: 'firstResponse', calendar: 'office' },
  ];

  test.each(reasons.map((r) => [r.code, r] as const))('%s has an English and a Chinese text', (_code, reason) => {
    const english = explain(reason);
    const chinese = explain(reason, 'zh-CN');
    expect(english).toMatch(/^[\x20-\x7e·]+$/);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    expect(chinese).not.toBe(english);
  });
});
