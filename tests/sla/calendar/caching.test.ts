import { describe, expect, it, vi } from 'vitest';
import { addBusinessTime } from '../../../lib/sla/add-business-time';
import { businessTimeBetween } from '../../../lib/sla/business-time-between';
import { isBusinessTime } from '../../../lib/sla/is-business-time';
import { HOUR, at, calendar } from './calendar-fixtures';

describe('per-calendar caching', () => {
  it('a warm call does no Intl work', () => {
    const ny = calendar('America/New_York', [
      ['09:00', '12:00'],
      ['13:00', '17:00'],
    ]);
    const from = at('2026-03-01T00:00-05:00');
    const to = at('2026-04-01T00:00-04:00');
    // Warm up March 2026 (it contains the spring-forward transition).
    expect(businessTimeBetween(ny, from, to)).toBe(22 * 7 * HOUR);

    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    for (let t = from; t < to - 20 * 24 * HOUR; t += 7 * 3_600_000 + 12_345) {
      addBusinessTime(ny, t, 9 * HOUR);
      businessTimeBetween(ny, t, t + 5 * 24 * HOUR);
      isBusinessTime(ny, t);
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it('a second calendar in an already-seen zone reuses the zone offsets', () => {
    const first = calendar('Europe/London', [['09:00', '17:00']]);
    const second = calendar('Europe/London', [['08:00', '16:00']]);
    businessTimeBetween(first, at('2026-10-01T00:00Z'), at('2026-11-01T00:00Z'));
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    // October 2026 in London: 22 weekdays of 8 h.
    expect(businessTimeBetween(second, at('2026-10-01T00:00Z'), at('2026-11-01T00:00Z'))).toBe(22 * 8 * HOUR);
    expect(spy).not.toHaveBeenCalled();
  });
});
