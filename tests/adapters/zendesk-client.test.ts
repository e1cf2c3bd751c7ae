import { describe, expect, it } from 'vitest';
import { createZendeskClient } from '../../lib/adapters/zendesk/api-client';
import type { PageInfo } from '../../lib/adapters/types';
import { createFakeClock, createFakeFetch, type FakeCall, type FakeReply } from './fake-http';
import { readJsonFixture } from './load-fixture';

const page: PageInfo = { helpdesk: 'zendesk', kind: 'list', apiBase: 'https://acme.zendesk.com', flavor: 'cloud' };
const at = (iso: string) => Date.parse(iso);
const NOW = at('2026-03-02T09:30:00Z');

function fixtureRoute(call: FakeCall): FakeReply {
  const path = call.url.pathname;
  if (path === '/api/v2/custom_statuses.json') return { json: readJsonFixture('zendesk/api/custom-statuses.json') };
  if (path === '/api/v2/tickets/show_many.json') return { json: readJsonFixture('zendesk/api/show-many.json') };
  if (path === '/api/v2/tickets/4821.json') return { json: readJsonFixture('zendesk/api/ticket-4821.json') };
  if (path === '/api/v2/tickets/4821/audits.json') return { json: readJsonFixture('zendesk/api/audits-4821.json') };
  return { status: 404, json: { error: 'RecordNotFound', description: 'Not found' } };
}

function setup(route: (call: FakeCall) => FakeReply = fixtureRoute) {
  const clock = createFakeClock(NOW);
  const http = createFakeFetch(clock, route);
  const client = createZendeskClient({ page, fetch: http.fetch, now: clock.now, sleep: clock.sleep, random: () => 0.5 });
  return { clock, http, client };
}

describe('Zendesk client: the agreed endpoints', () => {
  it('reads lists with show_many + metric_sets + organizations, absolute URLs and the session cookie', async () => {
    const { http, client } = setup();
    await client.fetchBatch(['4821', '4822', '4823']);
    const batch = http.calls.find((c) => c.url.pathname.endsWith('show_many.json'));
    expect(batch?.url.href).toBe(
      'https://acme.zendesk.com/api/v2/tickets/show_many.json?ids=4821,4822,4823&include=metric_sets,organizations',
    );
    expect(http.calls.every((c) => c.credentials === 'include' && c.method === 'GET')).toBe(true);
    expect(http.calls.map((c) => c.url.pathname).sort()).toEqual([
      '/api/v2/custom_statuses.json',
      '/api/v2/tickets/show_many.json',
    ]);
  });

  it('reads the detail with two calls: ticket (slas, organizations) and audits (users)', async () => {
    const { http, client } = setup();
    await client.fetchDetail('4821');
    expect(http.calls.map((c) => c.url.pathname + c.url.search).sort()).toEqual([
      '/api/v2/custom_statuses.json',
      '/api/v2/tickets/4821.json?include=slas,organizations',
      '/api/v2/tickets/4821/audits.json?include=users',
    ]);
  });

  it('leaves out ids a batch left out; the ticket itself tells "no access" (403) from "gone" (404)', async () => {
    const { http, client } = setup((call) =>
      call.url.pathname === '/api/v2/tickets/4837.json'
        ? { status: 403, json: { error: 'Forbidden', description: 'You do not have access to this page.' } }
        : fixtureRoute(call),
    );
    const results = await client.fetchBatch(['4821', '4837', '4899']);
    expect([...results.keys()]).toEqual(['4821']);
    expect(results.get('4821')).toMatchObject({ ok: true });
    // The batch asked nothing more: its answer does not wait for calls that count against the history budget.
    expect(http.calls.map((c) => c.url.pathname).filter((p) => /tickets\/48(37|99)\.json$/.test(p))).toEqual([]);
    expect(await client.fetchDetail('4837')).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await client.fetchDetail('4899')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('looks custom statuses up once per client', async () => {
    const { http, client } = setup();
    await client.fetchBatch(['4821']);
    await client.fetchDetail('4821');
    expect(http.calls.filter((c) => c.url.pathname === '/api/v2/custom_statuses.json')).toHaveLength(1);
  });
});

describe('Zendesk mapping', () => {
  it('approximates list facts from show_many + metric_sets', async () => {
    const { client } = setup();
    const results = await client.fetchBatch(['4821', '4822', '4823', '4899']);
    expect(results.get('4821')).toEqual({
      ok: true,
      precision: 'batch',
      updatedAt: at('2026-03-02T09:01:44Z'),
      facts: {
        helpdesk: 'zendesk',
        key: '4821',
        title: 'Cannot export invoices',
        createdAt: at('2026-03-02T08:14:05Z'),
        priority: 'high',
        tags: ['billing', 'vip', 'tier_enterprise'],
        organization: 'Globex',
        statusHistory: [
          { at: at('2026-03-02T08:14:05Z'), status: 'new' },
          { at: at('2026-03-02T08:30:00Z'), status: 'open' },
        ],
        // created + reply_time_in_minutes.calendar (16)
        replies: [{ at: at('2026-03-02T08:30:05Z'), author: 'agent', public: true }],
      },
    });
    expect(results.get('4822')).toMatchObject({
      facts: {
        // custom status 123 "Waiting on vendor" → its category
        statusHistory: [
          { at: at('2026-03-02T07:00:00Z'), status: 'new' },
          { at: at('2026-03-02T08:45:00Z'), status: 'pending' },
        ],
        replies: [],
        organization: null,
        tags: [],
      },
    });
    expect(results.get('4823')).toMatchObject({
      facts: {
        priority: null,
        statusHistory: [{ at: at('2026-03-02T09:30:00Z'), status: 'new' }],
        tags: ['login', 'vip', 'tier_enterprise'],
      },
    });
    expect(results.has('4899')).toBe(false); // show_many left it out
  });

  it('builds full facts from the ticket, its SLA sideload and its audits', async () => {
    const { client } = setup();
    expect(await client.fetchDetail('4821')).toEqual({
      ok: true,
      precision: 'detail',
      updatedAt: at('2026-03-02T09:01:44Z'),
      facts: {
        helpdesk: 'zendesk',
        key: '4821',
        title: 'Cannot export invoices',
        createdAt: at('2026-03-02T08:14:05Z'),
        priority: 'high',
        tags: ['billing', 'vip', 'tier_enterprise'],
        organization: 'Globex',
        statusHistory: [
          { at: at('2026-03-02T08:14:05Z'), status: 'new' },
          { at: at('2026-03-02T08:30:00Z'), status: 'open' },
          { at: at('2026-03-02T08:40:00Z'), status: 'pending' },
          // 08:42 custom status 123 → 2 stays in the pending category: no entry
          { at: at('2026-03-02T08:55:00Z'), status: 'open' },
        ],
        replies: [
          { at: at('2026-03-02T08:30:00Z'), author: 'agent', public: true },
          { at: at('2026-03-02T08:40:00Z'), author: 'agent', public: false },
          { at: at('2026-03-02T08:55:00Z'), author: 'customer', public: true }, // role end-user
          { at: at('2026-03-02T09:01:44Z'), author: 'agent', public: true }, // admin
          { at: at('2026-03-02T09:01:44Z'), author: 'customer', public: true }, // the requester, whatever the role
        ],
        native: [
          { metric: 'firstResponse', dueAt: at('2026-03-02T09:14:05Z'), paused: false, breached: false, met: true },
          { metric: 'nextResponse', dueAt: at('2026-03-02T10:05:00Z'), paused: false, breached: false, met: false },
          // requester_wait_time wins over total_resolution_time (documented rule)
          { metric: 'resolution', dueAt: null, paused: true, breached: false, met: false },
        ],
      },
    });
  });

  it('treats a missing slas sideload as no native SLA, and an active target past breach_at as breached', async () => {
    const ticket = readJsonFixture<{ ticket: Record<string, unknown> }>('zendesk/api/ticket-4821.json');
    const { slas: _dropped, ...withoutSlas } = ticket.ticket;
    const { client } = setup((call) =>
      call.url.pathname === '/api/v2/tickets/4821.json' ? { json: { ...ticket, ticket: withoutSlas } } : fixtureRoute(call),
    );
    const result = await client.fetchDetail('4821');
    expect(result.ok && result.facts.native).toBeUndefined();

    const late = { metric: 'first_reply_time', stage: 'active', breach_at: '2026-03-02T09:00:00Z' };
    const { client: second } = setup((call) =>
      call.url.pathname === '/api/v2/tickets/4821.json'
        ? { json: { ...ticket, ticket: { ...ticket.ticket, slas: { policy_metrics: [late] } } } }
        : fixtureRoute(call),
    );
    const breached = await second.fetchDetail('4821');
    expect(breached.ok && breached.facts.native).toEqual([
      { metric: 'firstResponse', dueAt: at('2026-03-02T09:00:00Z'), paused: false, breached: true, met: false },
    ]);
  });
});
