/**
 * The shared HTTP rules (OVERLAY.md "Budget" and "Failures"), checked through both clients with a fake fetch and
 * a fake clock: batching, concurrency, Retry-After, back-off, auth errors, 404, malformed JSON, timeouts, the
 * per-ticket cache and the detail budget.
 */
import { describe, expect, it } from 'vitest';
import { createJiraClient } from '../../lib/adapters/jira/api-client';
import { createZendeskClient } from '../../lib/adapters/zendesk/api-client';
import type { PageInfo } from '../../lib/adapters/types';
import { createFakeClock, createFakeFetch, flush, type FakeCall, type FakeReply } from './fake-http';

const zendeskPage: PageInfo = { helpdesk: 'zendesk', kind: 'list', apiBase: 'https://acme.zendesk.com', flavor: 'cloud' };
const jiraPage: PageInfo = { helpdesk: 'jira', kind: 'ticket', apiBase: 'https://acme.atlassian.net', flavor: 'cloud' };
const T0 = Date.UTC(2026, 2, 2, 9, 30);

const ticket = (id: number, updated = '2026-03-02T09:00:00Z') => ({
  id, status: 'open', priority: 'high', created_at: '2026-03-02T08:00:00Z', updated_at: updated, tags: [],
});

/** show_many echoing the requested ids; everything else answered by `extra`. */
function zendeskRoute(extra: (call: FakeCall) => FakeReply | undefined = () => undefined) {
  return (call: FakeCall): FakeReply => {
    const special = extra(call);
    if (special) return special;
    if (call.url.pathname === '/api/v2/custom_statuses.json') return { json: { custom_statuses: [] } };
    if (call.url.pathname === '/api/v2/tickets/show_many.json') {
      const ids = (call.url.searchParams.get('ids') ?? '').split(',').map(Number);
      return { json: { tickets: ids.map((id) => ticket(id)), metric_sets: [], organizations: [] } };
    }
    const single = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(call.url.pathname);
    if (single) return { json: { ticket: ticket(Number(single[1])) } };
    if (call.url.pathname.endsWith('/audits.json')) return { json: { audits: [], users: [], meta: { has_more: false } } };
    return { status: 404, json: {} };
  };
}

function zendesk(route: (call: FakeCall) => FakeReply | Promise<FakeReply>, random = 0.5) {
  const clock = createFakeClock(T0);
  const http = createFakeFetch(clock, route);
  const client = createZendeskClient({ page: zendeskPage, fetch: http.fetch, now: clock.now, sleep: clock.sleep, random: () => random });
  const batchCalls = () => http.calls.filter((c) => c.url.pathname.endsWith('show_many.json'));
  return { clock, http, client, batchCalls };
}

const ids = (n: number, from = 1) => Array.from({ length: n }, (_, i) => String(from + i));

describe('batching and concurrency', () => {
  it('splits 250 ids into 3 show_many calls of at most 100', async () => {
    const { client, batchCalls } = zendesk(zendeskRoute());
    const results = await client.fetchBatch(ids(250));
    expect(batchCalls().map((c) => c.url.searchParams.get('ids')?.split(',').length)).toEqual([100, 100, 50]);
    expect([...results.values()].every((r) => r.ok)).toBe(true);
  });

  it('keeps at most 4 requests in flight', async () => {
    const clock = createFakeClock(T0);
    const slow = createFakeFetch(clock, async (call) => {
      await clock.sleep(100);
      return zendeskRoute()(call);
    });
    const client = createZendeskClient({ page: zendeskPage, fetch: slow.fetch, now: clock.now, sleep: clock.sleep });
    const done = client.fetchBatch(ids(1000));
    await clock.advance(1_000);
    await done;
    expect(slow.calls.filter((c) => c.url.pathname.endsWith('show_many.json'))).toHaveLength(10);
    expect(slow.peak()).toBe(4);
  });

  it('Jira: 250 keys take 3 search/jql calls and 1 bulk changelog call; 1,200 keys take 2 changelog calls', async () => {
    const clock = createFakeClock(T0);
    const http = createFakeFetch(clock, (call) => {
      const body = call.body as { jql?: string; issueIdsOrKeys?: string[] } | undefined;
      if (call.url.pathname.endsWith('/search/jql')) {
        const keys = /key in \((.*)\)/.exec(body?.jql ?? '')?.[1]?.split(',') ?? [];
        const issues = keys.map((key) => ({
          id: key.replace('SUP-', '1'),
          key,
          fields: { created: '2026-03-02T08:00:00.000+0000', status: { name: 'Open' } },
        }));
        return { json: { issues, isLast: true } };
      }
      if (call.url.pathname.endsWith('/changelog/bulkfetch')) return { json: { issueChangeLogs: [], nextPageToken: null } };
      return { json: [] }; // field and status lookups
    });
    const client = createJiraClient({ page: jiraPage, fetch: http.fetch, now: clock.now, sleep: clock.sleep });
    const keys = (n: number, from: number) => Array.from({ length: n }, (_, i) => `SUP-${from + i}`);
    const sizes = (path: string, read: (body: Record<string, unknown>) => number) =>
      http.calls.filter((c) => c.url.pathname.endsWith(path)).map((c) => read(c.body as Record<string, unknown>));
    const jqlSize = (b: Record<string, unknown>) => String(b.jql).split(',').length;
    const idsSize = (b: Record<string, unknown>) => (b.issueIdsOrKeys as string[]).length;

    const results = await client.fetchBatch(keys(250, 1));
    expect(sizes('/search/jql', jqlSize)).toEqual([100, 100, 50]);
    expect(sizes('/changelog/bulkfetch', idsSize)).toEqual([250]);
    expect([...results.values()].every((r) => r.ok)).toBe(true);

    http.calls.length = 0;
    await client.fetchBatch(keys(1200, 1000));
    expect(sizes('/search/jql', jqlSize)).toHaveLength(12);
    expect(sizes('/changelog/bulkfetch', idsSize)).toEqual([1000, 200]);
  });

  it('de-duplicates: concurrent calls for the same ids share one request', async () => {
    const { client, batchCalls } = zendesk(zendeskRoute());
    await Promise.all([client.fetchBatch(['1', '2']), client.fetchBatch(['2', '1'])]);
    expect(batchCalls()).toHaveLength(1);
  });
});

describe('shared requests across pages', () => {
  it('asks again for a page whose shared request was cancelled by another page navigating away', async () => {
    const clock = createFakeClock(T0);
    const http = createFakeFetch(clock, async (call) => {
      await clock.sleep(100);
      return zendeskRoute()(call);
    });
    const client = createZendeskClient({ page: zendeskPage, fetch: http.fetch, now: clock.now, sleep: clock.sleep });
    const oldPage = new AbortController();
    const first = client.fetchBatch(['1'], oldPage.signal);
    const second = client.fetchBatch(['1'], new AbortController().signal);
    await clock.advance(10);
    oldPage.abort();
    await clock.advance(1_000);
    expect((await first).get('1')).toMatchObject({ ok: false, error: { message: 'Request cancelled' } });
    expect((await second).get('1')).toMatchObject({ ok: true });
  });
});

describe('failures', () => {
  it('honours Retry-After: no retry before it, and holds the whole queue', async () => {
    let first = true;
    const { client, clock, batchCalls } = zendesk(zendeskRoute((call) => {
      if (call.url.pathname.endsWith('show_many.json') && first) {
        first = false;
        return { status: 429, text: 'Too many requests', headers: { 'Retry-After': '2', 'Content-Type': 'text/plain' } };
      }
      return undefined;
    }));
    const pending = client.fetchBatch(['1']);
    await clock.advance(1_999);
    expect(batchCalls()).toHaveLength(1);
    await clock.advance(1);
    const results = await pending;
    expect(batchCalls().map((c) => c.at - T0)).toEqual([0, 2_000]);
    expect(results.get('1')?.ok).toBe(true);
  });

  it('backs off exponentially with jitter when 429 has no Retry-After, then reports rate-limited', async () => {
    const { client, clock, batchCalls } = zendesk(
      zendeskRoute((call) => (call.url.pathname.endsWith('show_many.json') ? { status: 429, text: 'slow down' } : undefined)),
      0.5,
    );
    const pending = client.fetchBatch(['1']);
    await clock.advance(60_000);
    const result = (await pending).get('1');
    // random 0.5 → half + a quarter of each step (1 s, 2 s, 4 s): 750, 1500, 3000 ms apart
    const times = batchCalls().map((c) => c.at - T0);
    expect(times).toEqual([0, 750, 2_250, 5_250]);
    expect(result).toEqual({ ok: false, error: { kind: 'rate-limited', message: 'Zendesk is busy (rate limit); will try again' } });
  });

  it.each([
    [401, 'signed-out', 'Sign in to Zendesk again'],
    [403, 'forbidden', 'No access to this ticket'],
    [404, 'not-found', 'Ticket not found'],
  ])('answers %i at once with %s, without retrying', async (status, kind, message) => {
    const { client, http, clock } = zendesk(zendeskRoute((call) =>
      call.url.pathname.startsWith('/api/v2/tickets/') ? { status, json: { error: 'x' } } : undefined,
    ));
    const pending = client.fetchDetail('4821');
    await clock.advance(60_000);
    expect(await pending).toEqual({ ok: false, error: { kind, message } });
    expect(http.calls.filter((c) => c.url.pathname === '/api/v2/tickets/4821.json')).toHaveLength(1);
  });

  it('fails every key of a batch at once on 401, with one call', async () => {
    const { client, clock, batchCalls } = zendesk(zendeskRoute((call) =>
      call.url.pathname.endsWith('show_many.json') ? { status: 401, json: { error: 'Couldn\'t authenticate you' } } : undefined,
    ));
    const pending = client.fetchBatch(['1', '2']);
    await clock.advance(60_000);
    const results = await pending;
    expect([...results.values()].map((r) => !r.ok && r.error.message)).toEqual(['Sign in to Zendesk again', 'Sign in to Zendesk again']);
    expect(batchCalls()).toHaveLength(1);
  });

  it('does not retry other 4xx (a 410 from a removed Jira endpoint)', async () => {
    const clock = createFakeClock(T0);
    const http = createFakeFetch(clock, (call) =>
      call.url.pathname.endsWith('/search/jql') ? { status: 410, json: { errorMessages: ['Gone'] } } : { json: [] },
    );
    const client = createJiraClient({ page: jiraPage, fetch: http.fetch, now: clock.now, sleep: clock.sleep });
    const pending = client.fetchBatch(['SUP-1']);
    await clock.advance(60_000);
    expect((await pending).get('SUP-1')).toEqual({ ok: false, error: { kind: 'server', message: 'Jira could not answer (HTTP 410)' } });
    expect(http.calls.filter((c) => c.url.pathname.endsWith('/search/jql'))).toHaveLength(1);
  });

  it('retries malformed JSON with back-off, then reports malformed', async () => {
    const { client, clock, batchCalls } = zendesk(zendeskRoute((call) =>
      call.url.pathname.endsWith('show_many.json') ? { text: '{"tickets": [' } : undefined,
    ));
    const pending = client.fetchBatch(['1']);
    await clock.advance(60_000);
    expect((await pending).get('1')).toEqual({ ok: false, error: { kind: 'malformed', message: 'Unexpected answer from Zendesk' } });
    expect(batchCalls()).toHaveLength(4); // 1 + 3 retries
  });

  it('times out after 10 s (then retries), and reports timeout', async () => {
    const { client, clock, batchCalls } = zendesk(zendeskRoute((call) => (call.url.pathname.endsWith('show_many.json') ? 'hang' : undefined)));
    const pending = client.fetchBatch(['1']);
    await clock.advance(9_999);
    expect(batchCalls()).toHaveLength(1);
    await clock.advance(1); // the abort fires at exactly 10 s
    await clock.advance(749); // back-off before the first retry
    expect(batchCalls()).toHaveLength(1);
    await clock.advance(1);
    expect(batchCalls().map((c) => c.at - T0)).toEqual([0, 10_750]);
    await clock.advance(120_000);
    expect((await pending).get('1')).toEqual({ ok: false, error: { kind: 'timeout', message: 'Zendesk did not answer within 10 s' } });
  });

  it('fails only the affected chunk on 5xx and network errors', async () => {
    const { client, clock } = zendesk(zendeskRoute((call) => {
      const first = call.url.searchParams.get('ids')?.split(',')[0];
      if (first === '101') return { status: 503, text: 'unavailable' };
      if (first === '201') return 'network';
      return undefined;
    }));
    const pending = client.fetchBatch(ids(250));
    await clock.advance(120_000);
    const results = await pending;
    expect(results.get('1')?.ok).toBe(true);
    expect(results.get('150')).toEqual({ ok: false, error: { kind: 'server', message: 'Zendesk could not answer (HTTP 503)' } });
    expect(results.get('250')).toEqual({ ok: false, error: { kind: 'network', message: 'Could not reach Zendesk' } });
  });
});

describe('cache', () => {
  it('repeats no request while fresh, and asks again after 60 s', async () => {
    const { client, clock, batchCalls } = zendesk(zendeskRoute());
    await client.fetchBatch(['1', '2']);
    await clock.advance(59_999);
    await client.fetchBatch(['1', '2']);
    expect(batchCalls()).toHaveLength(1);
    await clock.advance(1);
    await client.fetchBatch(['1', '2', '3']);
    expect(batchCalls().map((c) => c.url.searchParams.get('ids'))).toEqual(['1,2', '1,2,3']);
  });

  it('keeps a detail while the batch reports the same update time, and drops it for a newer one', async () => {
    let updated = '2026-03-02T09:00:00Z';
    const { client, clock, http } = zendesk(zendeskRoute((call) => {
      if (!call.url.pathname.endsWith('show_many.json')) return undefined;
      const id = Number(call.url.searchParams.get('ids'));
      return { json: { tickets: [ticket(id, updated)], metric_sets: [] } };
    }));
    const detailCalls = () => http.calls.filter((c) => c.url.pathname === '/api/v2/tickets/7.json').length;
    await client.fetchDetail('7');
    await clock.advance(61_000);
    expect((await client.fetchBatch(['7'])).get('7')).toMatchObject({ precision: 'detail' });
    await client.fetchDetail('7');
    expect(detailCalls()).toBe(1); // the batch confirmed the detail: still fresh

    updated = '2026-03-02T09:40:00Z';
    await clock.advance(61_000);
    expect((await client.fetchBatch(['7'])).get('7')).toMatchObject({ precision: 'batch' });
    await client.fetchDetail('7');
    expect(detailCalls()).toBe(2);
  });
});

describe('detail budget', () => {
  it('spends at most 30 detail calls per minute and queues the rest', async () => {
    const clock = createFakeClock(T0);
    const http = createFakeFetch(clock, (call) => {
      if (call.url.pathname === '/rest/api/3/field' || call.url.pathname === '/rest/api/3/status') return { json: [] };
      const key = /\/issue\/([A-Z]+-\d+)$/.exec(call.url.pathname)?.[1] ?? 'X-1';
      return { json: { key, fields: { created: '2026-03-02T08:00:00.000+0000', status: { name: 'Open' } } } };
    });
    const client = createJiraClient({ page: jiraPage, fetch: http.fetch, now: clock.now, sleep: clock.sleep });
    const issueCalls = () => http.calls.filter((c) => c.url.pathname.includes('/issue/'));
    const all = Promise.all(Array.from({ length: 35 }, (_, i) => client.fetchDetail(`SUP-${i + 1}`)));
    await clock.advance(59_999);
    expect(issueCalls()).toHaveLength(30);
    await clock.advance(1);
    await flush();
    expect(issueCalls()).toHaveLength(35);
    expect(issueCalls().slice(30).every((c) => c.at === T0 + 60_000)).toBe(true);
    expect((await all).every((r) => r.ok)).toBe(true);
  });

  it('answers a batch at once while a detail call for one of its keys waits for the budget', async () => {
    const { client, clock, http } = zendesk(zendeskRoute());
    await Promise.all(ids(15).map((id) => client.fetchDetail(id))); // 15 tickets × 2 calls: the minute's 30
    const waiting = client.fetchDetail('16');
    let batch: Map<string, unknown> | undefined;
    void client.fetchBatch(['16', '17']).then((r) => (batch = r));
    await clock.advance(1_000);
    expect([...(batch?.keys() ?? [])]).toEqual(['16', '17']);
    expect(http.calls.filter((c) => c.url.pathname === '/api/v2/tickets/16.json')).toEqual([]);
    await clock.advance(59_000);
    expect(await waiting).toMatchObject({ ok: true, precision: 'detail' });
  });

  it('does not count batch calls against the detail budget', async () => {
    const { client, clock, batchCalls } = zendesk(zendeskRoute());
    for (let i = 0; i < 40; i++) {
      await client.fetchBatch([String(i + 1)]);
    }
    await clock.advance(0);
    expect(batchCalls()).toHaveLength(40);
  });
});
