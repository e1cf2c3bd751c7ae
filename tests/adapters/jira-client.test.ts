import { describe, expect, it } from 'vitest';
import { createJiraClient } from '../../lib/adapters/jira/api-client';
import { parseJiraTime } from '../../lib/adapters/jira/parse-jira-time';
import { slaMetricForName } from '../../lib/adapters/jira/read-lookups';
import type { PageInfo } from '../../lib/adapters/types';
import { createFakeClock, createFakeFetch, type FakeCall, type FakeReply } from './fake-http';
import { readJsonFixture } from './load-fixture';

const cloud: PageInfo = { helpdesk: 'jira', kind: 'list', apiBase: 'https://acme.atlassian.net', flavor: 'cloud' };
const dc: PageInfo = { helpdesk: 'jira', kind: 'list', apiBase: 'https://jira.corp.test/jira', flavor: 'data-center' };
const at = (iso: string) => Date.parse(iso);

function route(call: FakeCall): FakeReply {
  const path = call.url.pathname.replace(/^\/jira/, '');
  const v = path.startsWith('/rest/api/2/') ? 2 : 3;
  if (path === `/rest/api/${v}/field`) return { json: readJsonFixture('jira/api/fields.json') };
  if (path === `/rest/api/${v}/status`) return { json: readJsonFixture('jira/api/statuses.json') };
  if (path === '/rest/api/3/search/jql') return { json: readJsonFixture('jira/api/search-jql.json') };
  if (path === '/rest/api/3/changelog/bulkfetch') return { json: readJsonFixture('jira/api/bulk-changelog.json') };
  if (path === '/rest/api/2/search') return { json: readJsonFixture('jira/api/dc-search.json') };
  if (path === `/rest/api/${v}/issue/SUP-12`) return { json: readJsonFixture('jira/api/issue-SUP-12.json') };
  return { status: 404, json: { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} } };
}

function setup(page: PageInfo, r: (call: FakeCall) => FakeReply = route) {
  const clock = createFakeClock(at('2026-03-02T09:30:00Z'));
  const http = createFakeFetch(clock, r);
  const client = createJiraClient({ page, fetch: http.fetch, now: clock.now, sleep: clock.sleep, random: () => 0.5 });
  return { clock, http, client };
}

describe('parseJiraTime', () => {
  it.each([
    ['2026-03-02T08:14:05.123+0000', Date.UTC(2026, 2, 2, 8, 14, 5, 123)],
    ['2026-03-02T10:14:05.123+0200', Date.UTC(2026, 2, 2, 8, 14, 5, 123)],
    ['2026-03-02T03:14:05.123-0500', Date.UTC(2026, 2, 2, 8, 14, 5, 123)],
    ['2026-03-02T13:44:05.000+0530', Date.UTC(2026, 2, 2, 8, 14, 5, 0)],
    ['2026-03-02T08:14:05+00:00', Date.UTC(2026, 2, 2, 8, 14, 5, 0)],
    ['2026-03-02T08:14:05.1Z', Date.UTC(2026, 2, 2, 8, 14, 5, 100)],
    ['2026-03-01T23:30:00.000-0900', Date.UTC(2026, 2, 2, 8, 30, 0, 0)],
  ])('%s', (text, expected) => expect(parseJiraTime(text)).toBe(expected));

  it.each([['2026-03-02 08:14:05'], ['Today 8:14 AM'], [''], [1772439245123]])('rejects %s', (value) =>
    expect(parseJiraTime(value)).toBeUndefined(),
  );
});

describe('SLA field names', () => {
  it.each([
    ['Time to first response', 'firstResponse'],
    ['Time to first response (VIP)', 'firstResponse'],
    ['Time to resolution', 'resolution'],
    ['Time to next response', 'nextResponse'],
    ['Time to close after resolution', undefined],
    ['Time to approve normal change', undefined],
  ])('%s → %s', (name, metric) => expect(slaMetricForName(name)).toBe(metric));
});

const sup12Batch = {
  helpdesk: 'jira',
  key: 'SUP-12',
  title: 'Cannot export invoices',
  createdAt: at('2026-03-02T08:14:05.123Z'),
  priority: 'High',
  tags: ['vip', 'billing'],
  organization: 'Globex',
  statusHistory: [
    { at: at('2026-03-02T08:14:05.123Z'), status: 'Waiting for support', category: 'new' },
    { at: at('2026-03-02T08:30:00Z'), status: 'In Progress', category: 'indeterminate' },
    { at: at('2026-03-02T09:00:00Z'), status: 'Waiting for customer', category: 'indeterminate' },
  ],
  replies: [{ at: at('2026-03-02T08:30:00Z'), author: 'agent', public: true }],
};

describe('Jira Cloud client', () => {
  it('batches with search/jql (explicit fields incl. SLA and Organizations) and the bulk changelog', async () => {
    const { http, client } = setup(cloud);
    const results = await client.fetchBatch(['SUP-12', 'SUP-13', 'SUP-404']);
    const search = http.calls.find((c) => c.url.pathname === '/rest/api/3/search/jql');
    expect(search?.method).toBe('POST');
    expect(search?.body).toEqual({
      jql: 'key in (SUP-12,SUP-13,SUP-404)',
      fields: ['summary', 'created', 'updated', 'priority', 'status', 'labels', 'reporter', 'comment', 'resolutiondate',
        'customfield_10030', 'customfield_10031', 'customfield_10002'],
      maxResults: 100,
    });
    const bulk = http.calls.find((c) => c.url.pathname === '/rest/api/3/changelog/bulkfetch');
    expect(bulk?.body).toEqual({ issueIdsOrKeys: ['10042', '10043'], fieldIds: ['status'], maxResults: 1000 });
    // Every comment and status change came back: full facts, no history call needed (OVERLAY.md).
    expect(results.get('SUP-12')).toEqual({ ok: true, precision: 'detail', updatedAt: at('2026-03-02T09:10:00Z'), facts: sup12Batch });
    // 25 comments exist, none came back: approximate until the detail.
    expect(results.get('SUP-13')).toMatchObject({
      ok: true,
      precision: 'batch',
      facts: { priority: null, organization: null, statusHistory: [{ status: 'Waiting for support', category: 'new' }], replies: [] },
    });
    // search/jql left it out: only the issue's own endpoint can tell 403 from 404.
    expect(results.has('SUP-404')).toBe(false);
    expect(await client.fetchDetail('SUP-404')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('asks again without the keys a 400 JQL error names, which become not-found', async () => {
    const { http, client } = setup(cloud, (call) => {
      const jql = (call.body as { jql?: string } | undefined)?.jql ?? '';
      if (call.url.pathname.endsWith('/search/jql') && jql.includes('SUP-1,')) {
        return { status: 400, json: { errorMessages: ["An issue with key 'SUP-1' does not exist for field 'key'."] } };
      }
      return route(call);
    });
    const results = await client.fetchBatch(['SUP-1', 'SUP-12']);
    expect(results.get('SUP-1')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(results.get('SUP-12')).toMatchObject({ ok: true });
    const jqls = http.calls.filter((c) => c.url.pathname.endsWith('/search/jql')).map((c) => (c.body as { jql: string }).jql);
    expect(jqls).toEqual(['key in (SUP-1,SUP-12)', 'key in (SUP-12)']);
  });

  it('reads one issue with an explicit fields list and the changelog, and maps it fully', async () => {
    const { http, client } = setup(cloud);
    const result = await client.fetchDetail('SUP-12');
    const call = http.calls.find((c) => c.url.pathname === '/rest/api/3/issue/SUP-12');
    expect(call?.url.searchParams.get('expand')).toBe('changelog');
    expect(call?.url.searchParams.get('fields')).toContain('customfield_10031');
    expect(result).toEqual({
      ok: true,
      precision: 'detail',
      updatedAt: at('2026-03-02T09:10:00Z'),
      facts: {
        ...sup12Batch,
        organization: 'Globex', // the first of two organisations
        replies: [
          { at: at('2026-03-02T08:29:00Z'), author: 'agent', public: false }, // jsdPublic false
          { at: at('2026-03-02T08:30:00Z'), author: 'agent', public: true },
          { at: at('2026-03-02T08:45:00Z'), author: 'customer', public: true }, // the reporter, +0200
          { at: at('2026-03-02T09:10:00Z'), author: 'agent', public: true }, // no jsdPublic: public
        ],
        native: [
          { metric: 'firstResponse', dueAt: null, paused: false, breached: false, met: true },
          { metric: 'resolution', dueAt: 1772525645123, paused: true, breached: false, met: false },
        ],
      },
    });
  });

  it('pages the changelog with one more call when the embedded one is incomplete', async () => {
    const issue = readJsonFixture<{ changelog: Record<string, unknown> }>('jira/api/issue-SUP-12.json');
    const { http, client } = setup(cloud, (call) => {
      if (call.url.pathname === '/rest/api/3/issue/SUP-12') return { json: { ...issue, changelog: { ...issue.changelog, total: 3 } } };
      if (call.url.pathname === '/rest/api/3/issue/SUP-12/changelog') {
        return { json: { startAt: 0, maxResults: 100, total: 3, isLast: true, values: [
          { id: '20000', created: '2026-03-02T08:20:00.000+0000', items: [{ field: 'status', fieldId: 'status', fromString: 'Open', toString: 'Waiting for support' }] },
        ] } };
      }
      return route(call);
    });
    const result = await client.fetchDetail('SUP-12');
    expect(http.calls.filter((c) => c.url.pathname.startsWith('/rest/api/3/issue/'))).toHaveLength(2);
    expect(result.ok && result.facts.statusHistory.map((s) => s.status)).toEqual([
      'Open',
      'Waiting for support',
      'In Progress',
      'Waiting for customer',
    ]);
  });
});

describe('Jira Data Center client', () => {
  it('uses REST v2 under the context path, and search with expand changelog', async () => {
    const { http, client } = setup(dc);
    const results = await client.fetchBatch(['OPS-7']);
    expect(http.calls.map((c) => `${c.method} ${c.url.pathname}`).sort()).toEqual([
      'GET /jira/rest/api/2/field',
      'GET /jira/rest/api/2/status',
      'POST /jira/rest/api/2/search',
    ]);
    expect(http.calls.find((c) => c.method === 'POST')?.body).toMatchObject({ jql: 'key in (OPS-7)', startAt: 0, maxResults: 100, expand: ['changelog'] });
    expect(results.get('OPS-7')).toEqual({
      ok: true,
      precision: 'detail', // the embedded changelog and the comments are complete
      updatedAt: at('2026-03-02T09:00:00Z'),
      facts: {
        helpdesk: 'jira',
        key: 'OPS-7',
        title: 'Nightly backup failed',
        createdAt: at('2026-03-02T08:14:05Z'),
        priority: 'Highest',
        tags: ['infra'],
        organization: null,
        statusHistory: [
          { at: at('2026-03-02T08:14:05Z'), status: 'Open' },
          { at: at('2026-03-02T08:59:00Z'), status: 'Resolved', category: 'done' },
        ],
        replies: [
          { at: at('2026-03-02T08:20:00Z'), author: 'agent', public: true },
          { at: at('2026-03-02T08:25:00Z'), author: 'customer', public: true }, // reporter matched by key
        ],
      },
    });
  });
});
