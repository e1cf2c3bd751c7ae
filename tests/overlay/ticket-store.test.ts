import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Policy } from '../../lib/policy/types';
import type { TicketFacts } from '../../lib/sla/types';
import { createDefaultPolicy } from '../../lib/policy/create-default-policy';
import { overlayMessages } from '../../lib/overlay/messages';
import { createBadge } from '../../lib/overlay/sla-badge';
import { DETAIL_DWELL_MS } from '../../lib/overlay/fetch-queue';
import { createTicketStore } from '../../lib/overlay/ticket-store';
import { facts, fakeClient, metric, ok, sla } from './fixtures';

const start = Date.UTC(2026, 0, 5, 10, 0);

function setup(visibleKeys: string[]) {
  let now = start;
  const evaluate = vi.fn((_p: Policy, f: TicketFacts, at: number) =>
    sla({ key: f.key, tier: { id: 'p1', name: 'P1' } }, metric({ targetMs: 3_600_000, elapsedMs: at - f.createdAt, remainingMs: f.createdAt + 3_600_000 - at })),
  );
  const observers: ((el: Element, v: boolean) => void)[] = [];
  const store = createTicketStore({
    clock: () => now,
    evaluate,
    onHidden: () => {},
    demand: () => {},
    createVisibility: (cb) => (observers.push(cb), { observe: () => {}, unobserve: () => {}, disconnect: () => {} }),
  });
  const client = fakeClient(new Map(['1', '2', '3'].map((k) => [k, ok(facts(k, { createdAt: start - 600_500 }))])));
  store.setClient(client);
  store.setPolicy(createDefaultPolicy('UTC'));
  const badges = ['1', '2', '3'].map((key) => {
    const b = createBadge(document, { helpdesk: 'zendesk', key, messages: overlayMessages('en'), theme: 'light' });
    document.body.append(b.host);
    store.attach(b, 'row');
    if (visibleKeys.includes(key)) observers[0]!(b.host, true);
    return b;
  });
  return { store, badges, evaluate, client, advance: (ms: number) => (now += ms) };
}

afterEach(() => document.body.replaceChildren());

describe('ticks', () => {
  it('update only visible badges, write only data-remaining-ms while the text stands, and do not re-evaluate', async () => {
    const { store, badges, evaluate, advance } = setup(['1', '2']);
    await vi.waitFor(() => expect(badges[0]!.host.getAttribute('data-level')).toBe('ok'));
    const calls = evaluate.mock.calls.length;
    const spies = badges.map((b) => vi.spyOn(b.host, 'setAttribute'));
    const hidden = badges[2]!.host.getAttribute('data-remaining-ms');
    advance(1_000);
    expect(store.tick(start + 1_000)).toBe('second'); // within the hour of breach
    expect(spies[0]!.mock.calls).toEqual([['data-remaining-ms', '2998500']]);
    expect(spies[1]!.mock.calls).toEqual([['data-remaining-ms', '2998500']]);
    expect(spies[2]!).not.toHaveBeenCalled();
    expect(badges[2]!.host.getAttribute('data-remaining-ms')).toBe(hidden);
    expect(evaluate.mock.calls.length).toBe(calls);
  });

  it('re-evaluates when a level boundary is reached', async () => {
    const { store, badges, evaluate, advance } = setup(['1']);
    await vi.waitFor(() => expect(badges[0]!.host.getAttribute('data-level')).toBe('ok'));
    const calls = evaluate.mock.calls.length;
    advance(20 * 60_000); // 10 + 20 = 30 of 60 min: the 50 % warning boundary
    store.tick(start + 20 * 60_000);
    expect(evaluate.mock.calls.length).toBe(calls + 1);
  });

  it('one batch call for every new key', async () => {
    const { client, badges } = setup([]);
    await vi.waitFor(() => expect(badges[2]!.host.getAttribute('data-level')).toBe('ok'));
    expect(client.batchCalls).toEqual([['1', '2', '3']]);
  });
});

describe('hidden ticket panes', () => {
  it('get batch data (one call for all) but no history until shown', async () => {
    const observers: ((el: Element, v: boolean) => void)[] = [];
    const store = createTicketStore({
      clock: () => start,
      evaluate: (_p, f, at) => sla({ key: f.key }, metric({ remainingMs: f.createdAt + 3_600_000 - at })),
      onHidden: () => {},
      demand: () => {},
      createVisibility: (cb) => (observers.push(cb), { observe: () => {}, unobserve: () => {}, disconnect: () => {} }),
    });
    const client = fakeClient(new Map(['1', '2', '3'].map((k) => [k, ok(facts(k, { createdAt: start - 600_000 }), 'batch')])));
    // Batch answers are approximate; a history (detail) call answers with full precision.
    client.fetchDetail = async (key) => (client.detailCalls.push(key), ok(facts(key, { createdAt: start - 600_000 })));
    store.setClient(client);
    store.setPolicy(createDefaultPolicy('UTC'));
    const badges = ['1', '2', '3'].map((key) => {
      const b = createBadge(document, { helpdesk: 'zendesk', key, messages: overlayMessages('en'), theme: 'light' });
      document.body.append(b.host);
      store.attach(b, 'ticket');
      return b;
    });
    // The IntersectionObserver's first report: pane 1 is the active tab, 2 and 3 are background tabs.
    badges.forEach((b, i) => observers[0]!(b.host, i === 0));
    await vi.waitFor(() => expect(badges.map((b) => b.host.getAttribute('data-level'))).toEqual(['ok', 'ok', 'ok']));
    await vi.waitFor(() => expect(client.detailCalls).toEqual(['1']));
    expect(client.batchCalls).toEqual([['2', '3']]);
    expect(badges[2]!.host.getAttribute('data-remaining-ms')).toBe('3000000');

    observers[0]!(badges[2]!.host, true); // tab 3 shown: now its history
    await vi.waitFor(() => expect(client.detailCalls).toEqual(['1', '3']));
    expect(client.batchCalls).toHaveLength(1);
    store.dispose();
  });
});

describe('tickets a batch left out', () => {
  it('ask their own endpoint, without holding back the rows the batch found', async () => {
    const { badges, client } = setup(['1', '2', '3']);
    client.results.delete('3'); // not in the batch's answer (no access, or deleted)
    // Held until released: a probe can wait up to a minute for the history budget.
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    client.fetchDetail = async (key) => {
      client.detailCalls.push(key);
      await released;
      return { ok: false, error: { kind: 'forbidden', message: 'No access to this ticket' } };
    };
    await vi.waitFor(() => expect(client.detailCalls).toEqual(['3']));
    expect(badges.map((b) => b.host.getAttribute('data-level'))).toEqual(['ok', 'ok', 'loading']);
    release();
    await vi.waitFor(() => expect(badges[2]!.host.getAttribute('data-level')).toBe('error'));
    expect(client.batchCalls).toEqual([['1', '2', '3']]);
  });
});

describe('history calls', () => {
  it('wait until the agent has stayed on the page for a moment', async () => {
    vi.useFakeTimers();
    try {
      const { store, client } = setup([]);
      // The batch will leave it out: its own endpoint must be asked, even for a row out of view.
      client.results.delete('3');
      store.setClient(client, new AbortController().signal);
      await vi.advanceTimersByTimeAsync(DETAIL_DWELL_MS - 1);
      expect(client.batchCalls).toHaveLength(1);
      expect(client.detailCalls).toEqual([]);
      // The agent moves on before the dwell is over: the next page starts its own wait.
      const next = new AbortController();
      store.setClient(client, next.signal);
      await vi.advanceTimersByTimeAsync(DETAIL_DWELL_MS - 1);
      expect(client.detailCalls).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(client.detailCalls).toEqual(['3']);
    } finally {
      vi.useRealTimers();
    }
  });
});
