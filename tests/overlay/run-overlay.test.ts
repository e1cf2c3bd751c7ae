import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Policy } from '../../lib/policy/types';
import type { TicketFacts } from '../../lib/sla/types';
import type { ActivePolicy } from '../../lib/store/active-policy';
import { runOverlay, type OverlayHandle } from '../../lib/overlay/run-overlay';
import { createDefaultPolicy } from '../../lib/policy/create-default-policy';
import { facts, fakeAdapter, fakeClient, metric, ok, renderRows, sla, type FakeClient } from './fixtures';

const policyWatchers = new Set<(a: ActivePolicy) => void>();
vi.mock('../../lib/store/active-policy', () => ({
  readActivePolicy: async () => ({ policy: { ...createDefaultPolicy('UTC'), name: 'calm' }, source: 'default' }),
  watchActivePolicy: (cb: (a: ActivePolicy) => void) => {
    policyWatchers.add(cb);
    return () => policyWatchers.delete(cb);
  },
}));

// The engine is pinned by its own suite; here the level follows the policy's name so a change is visible.
const evaluate = (policy: Policy, f: TicketFacts, now: number) =>
  sla({ key: f.key }, metric({ level: policy.name === 'strict' ? 'critical' : 'ok', remainingMs: f.createdAt + 7_200_000 - now }));

function ctxStub() {
  const invalidated: (() => void)[] = [];
  return {
    addEventListener: (target: EventTarget, type: string, cb: EventListener) => target.addEventListener(type, cb),
    onInvalidated: (cb: () => void) => invalidated.push(cb),
    invalidate: () => invalidated.forEach((cb) => cb()),
  };
}

const allVisible = (cb: (el: Element, v: boolean) => void) => ({
  observe: (el: Element) => queueMicrotask(() => cb(el, true)),
  unobserve: () => {},
  disconnect: () => {},
});
const badge = (key: string) => document.querySelector<HTMLElement>(`sla-badge[data-key="${key}"]`);
const levels = () => [...document.querySelectorAll('sla-badge')].map((b) => `${b.getAttribute('data-key')}:${b.getAttribute('data-level')}`);

let client: FakeClient;
let handle: OverlayHandle | undefined;
let ctx: ReturnType<typeof ctxStub>;
const start = (options: Parameters<typeof runOverlay>[2] = {}) => {
  ctx = ctxStub();
  handle = runOverlay(ctx as never, fakeAdapter(client), { evaluate, createVisibility: allVisible, ...options });
  return handle;
};

beforeEach(() => {
  const results = new Map(['1', '2', '3'].map((k) => [k, ok(facts(k), 'detail')]));
  client = fakeClient(results);
});
afterEach(() => {
  handle?.stop();
  document.body.replaceChildren();
  policyWatchers.clear();
});

describe('runOverlay', () => {
  it('mounts a badge per row and fills it from one batch call', async () => {
    renderRows(document, ['1', '2', '3']);
    start();
    expect(levels()).toEqual(['1:loading', '2:loading', '3:loading']);
    await vi.waitFor(() => expect(levels()).toEqual(['1:ok', '2:ok', '3:ok']));
    expect(client.batchCalls).toEqual([['1', '2', '3']]);
    expect(client.detailCalls).toEqual([]);
  });

  it('mounts badges for rows that render later', async () => {
    start();
    renderRows(document, ['1', '2']);
    await vi.waitFor(() => expect(levels()).toEqual(['1:ok', '2:ok']));
  });

  it('re-evaluates at once when the policy changes, without refetching', async () => {
    renderRows(document, ['1', '2']);
    start();
    await vi.waitFor(() => expect(levels()).toEqual(['1:ok', '2:ok']));
    for (const cb of policyWatchers) cb({ policy: { ...createDefaultPolicy('UTC'), name: 'strict' }, source: 'sync' });
    expect(levels()).toEqual(['1:critical', '2:critical']);
    expect(client.batchCalls).toHaveLength(1);
  });

  it('refines a visible row with only batch data by one detail call', async () => {
    client.results.set('1', ok(facts('1'), 'batch'));
    renderRows(document, ['1']);
    start();
    await vi.waitFor(() => expect(client.detailCalls).toEqual(['1']));
  });

  it('drops the badge of a ticket that does not exist, and shows other failures as errors', async () => {
    client.results.delete('2');
    client.results.set('3', { ok: false, error: { kind: 'forbidden', message: 'No access to this ticket' } });
    renderRows(document, ['1', '2', '3']);
    start();
    await vi.waitFor(() => expect(levels()).toEqual(['1:ok', '3:error']));
    expect(badge('3')!.getAttribute('title')).toBe('No access to this ticket');
  });

  it('re-keys recycled rows and fetches the new ticket', async () => {
    client.results.set('9', ok(facts('9')));
    renderRows(document, ['1', '2']);
    start();
    await vi.waitFor(() => expect(levels()).toEqual(['1:ok', '2:ok']));
    document.querySelector('tr[data-key="2"]')!.setAttribute('data-key', '9');
    document.querySelector('tr[data-key="9"] td')!.append(' edited'); // the row's content changes with its key
    await vi.waitFor(() => expect(levels()).toEqual(['1:ok', '9:ok']));
    expect(client.batchCalls.flat()).toEqual(['1', '2', '9']);
  });

  it('reports every evaluation to the onEvaluated hook', async () => {
    const onEvaluated = vi.fn();
    renderRows(document, ['1', '2']);
    start({ onEvaluated });
    await vi.waitFor(() => expect(onEvaluated).toHaveBeenCalled());
    const tickets = onEvaluated.mock.calls.flatMap((c) => c[0]);
    expect(tickets.map((t: { sla: { key: string } }) => t.sla.key).sort()).toEqual(['1', '2']);
    expect(tickets[0].facts.key).toBeDefined();
  });

  it('removes every badge and stops watching when the context is invalidated', async () => {
    renderRows(document, ['1', '2']);
    start();
    await vi.waitFor(() => expect(levels()).toEqual(['1:ok', '2:ok']));
    ctx.invalidate();
    expect(document.querySelectorAll('sla-badge')).toHaveLength(0);
    renderRows(document, ['1', '2', '3']);
    await new Promise((r) => setTimeout(r, 150));
    expect(document.querySelectorAll('sla-badge')).toHaveLength(0);
    expect(handle!.stats()).toMatchObject({ entries: 0, badges: 0, mounted: 0 });
  });
});
