import { describe, expect, it } from 'vitest';
import type { TicketResult } from '../../lib/adapters/types';
import { createDefaultPolicy } from '../../lib/policy/create-default-policy';
import { evaluation } from '../../lib/overlay/project-sla';
import { FRESH_MS } from '../../lib/overlay/result-cache';
import { neededRequest, newEntry, requestDueAt, tickSlot, type Entry } from '../../lib/overlay/ticket-entry';
import { facts, metric, sla } from './fixtures';

const at = Date.UTC(2026, 0, 5, 10, 0);
const policy = createDefaultPolicy('UTC');

function entry(over: Partial<Entry> & { precision?: 'batch' | 'detail' } = {}): Entry {
  const { precision, ...rest } = over;
  const result = precision
    ? ({ ok: true, facts: facts('1'), precision, updatedAt: at } as Extract<TicketResult, { ok: true }>)
    : undefined;
  return { ...newEntry('1'), result, ...rest };
}

describe('requestDueAt: when neededRequest may next ask, for a seen entry', () => {
  // Every kind of entry a page holds: with batch or full data or none, a ticket page or a row, a request out or not.
  const cases = [
    entry({ fetchedAt: at, precision: 'detail' }),
    entry({ fetchedAt: at, precision: 'batch' }),
    entry({ fetchedAt: at, precision: 'batch', detailTriedAt: at - 30_000 }),
    entry({ fetchedAt: at, precision: 'batch', wantsDetail: true }),
    entry({ fetchedAt: at, precision: 'detail', wantsDetail: true }),
    entry({ fetchedAt: at - 10_000, precision: 'batch', detailTriedAt: at - 59_000 }),
    entry({ fetchedAt: 0 }),
    entry({ fetchedAt: at, precision: 'batch', requested: true }),
  ];

  it.each(cases.map((e, i) => [i, e] as const))('case %i: nothing before it, and a request from it on', (_i, e) => {
    const due = requestDueAt(e);
    // Sampled around the answer: never a request before it, always one at it (unless one is out already).
    for (const t of [at - 1, at, at + 1, at + 30_000, at + FRESH_MS - 1, at + FRESH_MS, at + 2 * FRESH_MS]) {
      const asks = neededRequest(e, t, true) !== undefined;
      if (t < due) expect(asks, `asks at ${t - at} ms though due at ${due - at}`).toBe(false);
      else expect(asks, `silent at ${t - at} ms though due at ${due - at}`).toBe(!e.requested);
    }
  });

  it('a row with fresh full data is due when the data goes stale; a ticket page with batch data at once', () => {
    expect(requestDueAt(entry({ fetchedAt: at, precision: 'detail' }))).toBe(at + FRESH_MS);
    expect(requestDueAt(entry({ fetchedAt: at, precision: 'batch', wantsDetail: true }))).toBe(-Infinity);
    expect(requestDueAt(entry({ fetchedAt: at, precision: 'batch', requested: true }))).toBe(Infinity);
  });
});

describe('tickSlot', () => {
  const running = sla({ tier: { id: 'p1', name: 'P1' } }, metric({ targetMs: 3_600_000, elapsedMs: 600_000, remainingMs: 3_000_000 }));

  it('a running clock counts down to its zero until its evaluation or its data is due', () => {
    const e = entry({ fetchedAt: at, precision: 'detail', evaluation: evaluation(running, at, policy) });
    const slot = tickSlot(e, { status: 'ready', sla: running, remainingMs: 2_999_999.6 });
    expect(slot).toEqual({
      zeroAt: at + 3_000_000,
      since: at,
      until: Math.min(e.evaluation!.validUntil, at + FRESH_MS),
      shown: 3_000_000,
    });
  });

  it('a paused clock does not move; a badge without data is due when its request is', () => {
    const paused = sla({}, metric({ state: 'paused', remainingMs: 42_000 }));
    const e = entry({ fetchedAt: at, precision: 'detail', evaluation: evaluation(paused, at, policy) });
    expect(tickSlot(e, { status: 'ready', sla: paused, remainingMs: 42_000 }).zeroAt).toBeNaN();
    const loading = tickSlot(entry({ fetchedAt: at }), { status: 'loading' });
    expect(loading).toEqual({ zeroAt: Number.NaN, since: -Infinity, until: at + FRESH_MS, shown: Number.NaN });
  });
});
