import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter } from '../../lib/adapters/http/backoff';
import { createDetailBudget } from '../../lib/adapters/http/detail-budget';
import { createRequestQueue } from '../../lib/adapters/http/request-queue';
import { createFakeClock, flush } from './fake-http';

const T0 = Date.UTC(2026, 2, 2, 9, 30);

describe('parseRetryAfter', () => {
  it.each([
    ['2', 2_000],
    ['0', 0],
    ['1.5', 1_500],
    ['Mon, 02 Mar 2026 09:30:05 GMT', 5_000],
    ['Mon, 02 Mar 2026 09:29:00 GMT', 0],
  ])('%s → %i ms', (value, ms) => expect(parseRetryAfter(value, T0)).toBe(ms));

  it.each([[null], ['soon'], ['']])('ignores %s', (value) => expect(parseRetryAfter(value, T0)).toBeUndefined());
});

describe('backoffDelay', () => {
  it('doubles per retry, keeps half the step fixed, and caps', () => {
    expect([0, 1, 2, 3].map((r) => backoffDelay(r, () => 0, 1_000, 30_000))).toEqual([500, 1_000, 2_000, 4_000]);
    expect([0, 1, 2, 3].map((r) => backoffDelay(r, () => 0.999999, 1_000, 30_000))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(backoffDelay(10, () => 0.5, 1_000, 30_000)).toBe(22_500);
  });
});

describe('detail budget', () => {
  it('returns a token 60 s after it was spent, never more than N in any minute', async () => {
    const clock = createFakeClock(T0);
    const budget = createDetailBudget(2, clock);
    const granted: number[] = [];
    for (let i = 0; i < 5; i++) void budget.take().then(() => granted.push(clock.now() - T0));
    await clock.advance(130_000);
    expect(granted).toEqual([0, 0, 60_000, 60_000, 120_000]);
  });

  it('drops a waiting caller whose signal aborts', async () => {
    const clock = createFakeClock(T0);
    const budget = createDetailBudget(1, clock);
    await budget.take();
    const controller = new AbortController();
    const waiting = budget.take(controller.signal);
    controller.abort();
    await flush();
    expect(await waiting).toBe(false);
  });
});

describe('request queue', () => {
  it('starts nothing before a hold ends', async () => {
    const clock = createFakeClock(T0);
    const queue = createRequestQueue(4, clock);
    queue.holdUntil(T0 + 2_000);
    let startedAt: number | undefined;
    const run = queue.run(async () => (startedAt = clock.now()));
    await clock.advance(2_000);
    await run;
    expect(startedAt).toBe(T0 + 2_000);
  });
});
