import { describe, expect, it } from 'vitest';
import { createDefaultPolicy } from '../../lib/policy/create-default-policy';
import { evaluation, needsSeconds, projectRemaining, validUntil } from '../../lib/overlay/project-sla';
import { metric, sla } from './fixtures';

const policy = createDefaultPolicy('UTC'); // escalation 50 % / 75 %
const at = Date.UTC(2026, 0, 5, 10, 0);
const always = () => true;

describe('projecting a countdown between evaluations', () => {
  it('a running clock in business time loses exactly the elapsed time', () => {
    const s = sla({ tier: { id: 'p1', name: 'P1' } }, metric({ targetMs: 3_600_000, elapsedMs: 600_000, remainingMs: 3_000_000 }));
    const e = evaluation(s, at, policy);
    expect(projectRemaining(e, at + 12_345, always)).toBe(3_000_000 - 12_345);
  });

  it('asks for a full evaluation exactly when the level would change', () => {
    const s = sla({ tier: { id: 'p1', name: 'P1' } }, metric({ targetMs: 3_600_000, elapsedMs: 1_700_000, remainingMs: 1_900_000 }));
    // 50 % of 60 min is reached 100 s later.
    expect(validUntil(s, at, policy)).toBe(at + 100_000);
    const e = evaluation(s, at, policy);
    expect(projectRemaining(e, at + 99_999, always)).not.toBeNull();
    expect(projectRemaining(e, at + 100_000, always)).toBeNull();
  });

  it('asks for a full evaluation when business hours end or resume', () => {
    const running = sla({}, metric({ calendar: policy.calendars[0]! }));
    expect(projectRemaining({ ...evaluation(running, at, policy), validUntil: at + 60_000 }, at + 1_000, () => false)).toBeNull();
    const waiting = sla({}, metric({ outsideHours: true, calendar: policy.calendars[0]! }));
    expect(projectRemaining({ ...evaluation(waiting, at, policy), validUntil: at + 60_000 }, at + 1_000, () => false)).toBe(3_000_000);
    expect(projectRemaining({ ...evaluation(waiting, at, policy), validUntil: at + 60_000 }, at + 1_000, () => true)).toBeNull();
  });

  it('a native clock counts down to the helpdesk due time', () => {
    const s = sla({ source: 'native' }, metric({ dueAt: at + 3_600_000, targetMs: Number.NaN, elapsedMs: Number.NaN }));
    const e = evaluation(s, at, policy);
    expect(projectRemaining(e, at + 5_000, always)).toBe(3_600_000 - 5_000);
    expect(e.validUntil).toBeLessThanOrEqual(at + 45 * 60_000); // re-evaluated when 15 min are left at the latest
  });

  it('paused clocks do not move', () => {
    const s = sla({}, metric({ state: 'paused', dueAt: null, remainingMs: 42_000 }));
    expect(projectRemaining({ ...evaluation(s, at, policy), validUntil: at + 60_000 }, at + 30_000, always)).toBe(42_000);
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
