import { afterEach, describe, expect, test, vi } from 'vitest';
import { createDefaultPolicy } from '../../../lib/policy/create-default-policy';
import { evaluateTicket } from '../../../lib/sla/evaluate-ticket';
import type { TicketFacts } from '../../../lib/sla/types';
import { HOUR, at } from './fixtures';

// A realistic history: ten status changes and twenty replies over three days, on the office calendar.
function realistic(k: number): TicketFacts {
  const createdAt = at('2026-11-02T09:00:00+08:00') + k * 37 * 60_000;
  const statuses = ['new', 'open', 'pending', 'open', 'hold', 'open', 'solved', 'open', 'pending', 'open'];
  return {
    helpdesk: 'zendesk',
    key: String(k),
    createdAt,
    priority: ['urgent', 'high', 'normal', 'low'][k % 4]!,
    tags: k % 5 === 0 ? ['vip'] : [],
    organization: null,
    statusHistory: statuses.map((status, i) => ({ at: createdAt + i * 7 * HOUR, status })),
    replies: Array.from({ length: 20 }, (_, i) => ({
      at: createdAt + i * 3.3 * HOUR + 60_000,
      author: i % 2 === 1 ? ('customer' as const) : ('agent' as const),
      public: i % 7 !== 3,
    })),
  };
}

describe('evaluateTicket: purity and cost', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('never reads the clock: the result depends on now alone', () => {
    const policy = createDefaultPolicy('Asia/Shanghai');
    const now = at('2026-11-04T10:00:00+08:00');
    const before = evaluateTicket(policy, realistic(1), now);
    vi.useFakeTimers({ now: at('2031-01-01T00:00:00Z') });
    const spy = vi.spyOn(Date, 'now');
    expect(evaluateTicket(policy, realistic(1), now)).toEqual(before);
    expect(spy).not.toHaveBeenCalled();
  });

  test('stays far below a millisecond per realistic ticket (a guard against minute-stepping, not a benchmark)', () => {
    const policy = createDefaultPolicy('Asia/Shanghai');
    const tickets = Array.from({ length: 200 }, (_, k) => realistic(k));
    const now = at('2026-12-12T09:00:00+08:00');
    for (const facts of tickets) evaluateTicket(policy, facts, now); // warm caches and the JIT
    const cpu = process.cpuUsage();
    const rounds = 10;
    for (let r = 0; r < rounds; r++) for (const facts of tickets) evaluateTicket(policy, facts, now + r * 1000);
    const used = process.cpuUsage(cpu);
    const perTicketUs = (used.user + used.system) / (rounds * tickets.length);
    // Measured ≈ 6 µs of CPU per ticket; the bound is 25× that so a loaded CI machine never trips it.
    expect(perTicketUs).toBeLessThan(150);
  });
});
