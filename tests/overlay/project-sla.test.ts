import { describe, expect, it } from 'vitest';
import { createDefaultPolicy } from '../../lib/policy/create-default-policy';
import { evaluation, needsSeconds, projectRemaining, validUntil } from '../../lib/overlay/project-sla';
import { metric, sla } from './fixtures';

const policy = createDefaultPolicy('UTC'); // escalation 50 % / 75 %
const at = Date.UTC(2026, 0, 5, 10, 0);

describe('projecting a countdown between evaluations', () => {
  it('a running clock in business time loses exactly the elapsed time', () => {
    const s = sla({ tier: { id: 'p1', name: 'P1' } }, metric({ targetMs: 3_600_000, elapsedMs: 600_000, remainingMs: 3_000_000 }));
    const e = evaluation(s, at, policy);
    expect(projectRemaining(e, at + 12_345)).toBe(3_000_000 - 12_345);
  });

  it('asks for a full evaluation exactly when the level would change', () => {
    const s = sla({ tier: { id: 'p1', name: 'P1' } }, metric({ targetMs: 3_600_000, elapsedMs: 1_700_000, remainingMs: 1_900_000 }));
    // 50 % of 60 min is reached 100 s later.
    expect(validUntil(s, at, policy)).toBe(at + 100_000);
    const e = evaluation(s, at, policy);
    expect(projectRemaining(e, at + 99_999)).not.toBeNull();
    expect(projectRemaining(e, at + 100_000)).toBeNull();
  });

  it('asks for a full evaluation exactly when business hours end or resume', () => {
    // The default preset's office calendar: Mon–Fri 09:00–12:00 and 13:00–18:00 UTC; `at` is Monday 10:00.
    const office = policy.calendars[0]!;
    const running = sla({ key: 'hours' }, metric({ calendar: office, remainingMs: 30 * 3_600_000, targetMs: 40 * 3_600_000, elapsedMs: 0 }));
    const closing = at + 2 * 3_600_000; // lunch
    const e = evaluation(running, at, policy);
    expect(e.validUntil).toBeLessThanOrEqual(closing);
    const late = evaluation(running, closing - 60_000, policy);
    expect(projectRemaining(late, closing - 1)).toBe(30 * 3_600_000 - 59_999);
    expect(projectRemaining(late, closing)).toBeNull();
    // Waiting over lunch: the countdown holds still until 13:00, then asks again.
    const opening = at + 3 * 3_600_000;
    const waiting = evaluation(sla({}, metric({ outsideHours: true, calendar: office })), opening - 60_000, policy);
    expect(projectRemaining(waiting, opening - 1)).toBe(3_000_000);
    expect(projectRemaining(waiting, opening)).toBeNull();
  });

  it('a native clock counts down to the helpdesk due time', () => {
    const s = sla({ source: 'native' }, metric({ dueAt: at + 3_600_000, targetMs: Number.NaN, elapsedMs: Number.NaN }));
    const e = evaluation(s, at, policy);
    expect(projectRemaining(e, at + 5_000)).toBe(3_600_000 - 5_000);
    expect(e.validUntil).toBeLessThanOrEqual(at + 45 * 60_000); // re-evaluated when 15 min are left at the latest
  });

  it('paused clocks do not move', () => {
    const s = sla({}, metric({ state: 'paused', dueAt: null, remainingMs: 42_000 }));
    expect(projectRemaining({ ...evaluation(s, at, policy), validUntil: at + 60_000 }, at + 30_000)).toBe(42_000);
    expect(needsSeconds(s, 42_000)).toBe(false);
  });

  it('needs the one-second cadence under a minute or within the hour of breach', () => {
    const s = sla({}, metric());
    expect(needsSeconds(s, 59_000)).toBe(true);
    expect(needsSeconds(s, 3_600_000)).toBe(true);
    expect(needsSeconds(s, 3_600_001)).toBe(false);
    expect(needsSeconds(s, -59_000)).toBe(true);
    expect(needsSeconds(s, -61_000)).toBe(false);
  });
});
