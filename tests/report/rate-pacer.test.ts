import { describe, expect, it } from 'vitest';
import { createRatePacer } from '../../lib/report/rate-pacer';

function fakeClock() {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += Math.max(1, ms);
    },
  };
}

describe('rate pacer', () => {
  it('never sends more than a tenth plus 80 % of the limit in any minute', async () => {
    const clock = fakeClock();
    const pacer = createRatePacer({ ...clock, initialLimit: 100 });
    const times: number[] = [];
    for (let i = 0; i < 400; i++) {
      await pacer.take();
      times.push(clock.now());
    }
    for (const start of times) {
      const inWindow = times.filter((t) => t >= start && t < start + 60_000).length;
      expect(inWindow).toBeLessThanOrEqual(10 + 80);
    }
    // …and keeps going at that pace: 400 requests take about (400 - 10) / 80 minutes.
    expect(clock.now()).toBeGreaterThan(4.8 * 60_000);
    expect(clock.now()).toBeLessThan(5 * 60_000);
  });

  it('learns the advertised limit and backs off when little of it remains', async () => {
    const clock = fakeClock();
    const pacer = createRatePacer({ ...clock, initialLimit: 100 });
    pacer.observe(new Headers({ 'X-Rate-Limit': '700', 'X-Rate-Limit-Remaining': '650' }));
    expect(pacer.limit).toBe(700);
    pacer.observe(new Headers({ 'X-RateLimit-Limit': '300', 'X-RateLimit-Remaining': '3' }));
    expect(pacer.limit).toBe(300);
    // The bucket was emptied: the next request waits for a refill (60 s / 240 = 250 ms).
    await pacer.take();
    expect(clock.now()).toBeGreaterThanOrEqual(250);
  });

  it('stops waiting when cancelled', async () => {
    const clock = fakeClock();
    const pacer = createRatePacer({ ...clock, initialLimit: 10 });
    const controller = new AbortController();
    controller.abort();
    expect(await pacer.take(controller.signal)).toBe(false);
  });
});
