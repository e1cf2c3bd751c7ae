/**
 * Smoke tests of the helpdesk imitation itself (pages in real Chromium, API shapes, faults, request log, clock).
 * The extension's badges are tested elsewhere; the browser here runs without the extension.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHelpdesk, type Helpdesk, type SeedTicket } from './helpdesk/index';
import { collectPageErrors, launchExtension, waitForFxRender, type LaunchedExtension } from './support/launch';

const ZD = 'acme.zendesk.com';
const JIRA = 'acme.atlassian.net';
const DC = 'jira.corp.test';

let hd: Helpdesk;

beforeAll(async () => {
  hd = await startHelpdesk({ renderDelayMs: 150 });
});
afterAll(async () => {
  await hd?.close();
});
beforeEach(() => {
  hd.control.clearFaults();
  hd.control.setRateLimit(null);
  hd.control.clearRequests();
});

describe('Zendesk API', () => {
  it('serves a ticket with slas and organizations sideloads (ISO Z times, rate-limit headers)', async () => {
    const t = hd.control.ticket('zendesk', 'native-sla');
    const r = await hd.fetch(ZD, `/api/v2/tickets/${t.key}.json?include=slas,organizations`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('application/json');
    expect(Number(r.headers['x-rate-limit'])).toBeGreaterThan(0);
    expect(r.headers['x-rate-limit-remaining']).toMatch(/^\d+$/);
    const body = r.json<{ ticket: Record<string, unknown> & { slas: { policy_metrics: Record<string, unknown>[] } }; organizations: { tags: string[] }[] }>();
    expect(body.ticket.id).toBe(Number(t.key));
    expect(body.ticket.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(body.ticket.priority).toBe('urgent');
    expect(body.ticket.slas.policy_metrics.map((m) => m.metric)).toContain('first_reply_time');
    expect(body.ticket.slas.policy_metrics[0]).toMatchObject({ stage: 'active' });
    expect(body.organizations[0]!.tags).toEqual(t.organization!.tags);
  });

  it('omits slas for the fallback scenario, and sideloads the VIP organisation tags', async () => {
    const ok = hd.control.ticket('zendesk', 'p1-ok');
    const r1 = (await hd.fetch(ZD, `/api/v2/tickets/${ok.key}.json?include=slas`)).json<{ ticket: Record<string, unknown> }>();
    expect('slas' in r1.ticket).toBe(false);
    const vip = hd.control.ticket('zendesk', 'vip-org');
    const r2 = (await hd.fetch(ZD, `/api/v2/tickets/${vip.key}.json?include=organizations`)).json<{ organizations: { tags: string[] }[] }>();
    expect(r2.organizations[0]!.tags).toContain('vip');
  });

  it('show_many: metric_sets + organizations, hides 403/404 tickets, rejects more than 100 ids', async () => {
    const keys = hd.control.tickets('zendesk').map((t) => t.key);
    const r = await hd.fetch(ZD, `/api/v2/tickets/show_many.json?ids=${keys.join(',')}&include=metric_sets,organizations`);
    expect(r.status).toBe(200);
    const body = r.json<{ tickets: { id: number }[]; metric_sets: { ticket_id: number; replies: number }[]; organizations: unknown[] }>();
    const forbidden = hd.control.ticket('zendesk', 'forbidden');
    expect(body.tickets.map((t) => String(t.id))).not.toContain(forbidden.key);
    expect(body.metric_sets).toHaveLength(body.tickets.length);
    expect(body.organizations.length).toBeGreaterThan(0);
    const ids = Array.from({ length: 101 }, (_, i) => 10_001 + i).join(',');
    expect((await hd.fetch(ZD, `/api/v2/tickets/show_many.json?ids=${ids}`)).status).toBe(400);
  });

  it('audits carry Create/Change status events and comments with authors; users have roles', async () => {
    const t = hd.control.ticket('zendesk', 'next-response-warning');
    const r = (await hd.fetch(ZD, `/api/v2/tickets/${t.key}/audits.json?include=users`)).json<{
      audits: { created_at: string; events: { type: string; field_name?: string; value?: unknown; public?: boolean; author_id?: number }[] }[];
      users: { id: number; role: string }[];
      meta: { has_more: boolean };
    }>();
    expect(r.meta.has_more).toBe(false);
    const events = r.audits.flatMap((a) => a.events);
    expect(events.find((e) => e.type === 'Create' && e.field_name === 'status')?.value).toBe('new');
    expect(events.filter((e) => e.type === 'Change' && e.field_name === 'status').map((e) => e.value)).toEqual(['open']);
    const comments = events.filter((e) => e.type === 'Comment');
    expect(comments).toHaveLength(1 + t.facts.replies.length);
    const roles = new Map(r.users.map((u) => [u.id, u.role]));
    expect(roles.get(comments[0]!.author_id!)).toBe('end-user');
    expect(roles.get(comments[1]!.author_id!)).toBe('agent');
  });

  it('custom statuses include a pending-category custom status; 403 and 404 tickets; users/me', async () => {
    const cs = (await hd.fetch(ZD, '/api/v2/custom_statuses.json')).json<{ custom_statuses: { id: number; status_category: string; default: boolean }[] }>();
    expect(cs.custom_statuses.some((s) => s.status_category === 'pending' && !s.default)).toBe(true);
    const custom = hd.control.ticket('zendesk', 'custom-status-pending');
    const tr = (await hd.fetch(ZD, `/api/v2/tickets/${custom.key}.json`)).json<{ ticket: { status: string; custom_status_id: number } }>();
    expect(tr.ticket).toMatchObject({ status: 'pending', custom_status_id: 3600099 });
    expect((await hd.fetch(ZD, `/api/v2/tickets/${hd.control.ticket('zendesk', 'forbidden').key}.json`)).status).toBe(403);
    const missing = await hd.fetch(ZD, `/api/v2/tickets/${hd.control.ticket('zendesk', 'missing').key}.json`);
    expect(missing.status).toBe(404);
    expect(missing.json()).toEqual({ error: 'RecordNotFound', description: 'Not found' });
    const me = (await hd.fetch(ZD, '/api/v2/users/me.json')).json<{ user: { role: string; authenticity_token: string } }>();
    expect(me.user.authenticity_token).toBe('fx-token');
  });

  it('views/{id}/execute answers 429 after 5 calls a minute (the trap)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await hd.fetch(ZD, '/api/v2/views/777/execute.json')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

describe('Jira API', () => {
  it('field and status discovery', async () => {
    const fields = (await hd.fetch(JIRA, '/rest/api/3/field')).json<{ id: string; schema?: { custom?: string } }[]>();
    expect(fields.find((f) => f.id === 'customfield_10030')?.schema?.custom).toBe('com.atlassian.servicedesk:sd-sla-field');
    expect(fields.find((f) => f.id === 'customfield_10002')?.schema?.custom).toBe('com.atlassian.servicedesk:sd-customer-organizations');
    const statuses = (await hd.fetch(JIRA, '/rest/api/3/status')).json<{ name: string; statusCategory: { key: string } }[]>();
    expect(statuses.find((s) => s.name === 'Waiting for customer')?.statusCategory.key).toBe('indeterminate');
  });

  it('search/jql: ids only without fields; fields, paging with nextPageToken; +0000 times; JSM SLA field', async () => {
    const keys = hd.control.tickets('jira').filter((t) => t.access === 'ok').map((t) => t.key);
    const idsOnly = (await hd.fetch(JIRA, '/rest/api/3/search/jql', { body: { jql: `key in (${keys.join(',')})` } })).json<{ issues: Record<string, unknown>[] }>();
    expect(Object.keys(idsOnly.issues[0]!)).toEqual(['id']);
    const fields = ['summary', 'created', 'priority', 'status', 'labels', 'comment', 'customfield_10030', 'customfield_10002'];
    const p1 = (await hd.fetch(JIRA, '/rest/api/3/search/jql', { body: { jql: `key in (${keys.join(',')})`, fields, maxResults: 5 } })).json<{
      issues: { key: string; fields: Record<string, unknown> }[]; nextPageToken?: string; isLast: boolean;
    }>();
    expect(p1.issues).toHaveLength(5);
    expect(p1.isLast).toBe(false);
    expect(p1.issues[0]!.fields.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    const p2 = (await hd.fetch(JIRA, '/rest/api/3/search/jql', { body: { jql: `key in (${keys.join(',')})`, fields, maxResults: 5, nextPageToken: p1.nextPageToken } })).json<{ issues: { key: string }[] }>();
    expect(p2.issues[0]!.key).toBe(keys[5]);
    const native = hd.control.ticket('jira', 'native-sla');
    const one = (await hd.fetch(JIRA, `/rest/api/3/search/jql?jql=${encodeURIComponent(`key = ${native.key}`)}&fields=customfield_10030`)).json<{
      issues: { fields: { customfield_10030: { ongoingCycle: { breachTime: { epochMillis: number }; paused: boolean } } } }[];
    }>();
    expect(one.issues[0]!.fields.customfield_10030.ongoingCycle.breachTime.epochMillis).toBe(native.facts.native![0]!.dueAt);
  });

  it('issue with expand=changelog, paged changelog, bulk changelog', async () => {
    const long = hd.control.ticket('jira', 'long-changelog');
    const issue = (await hd.fetch(JIRA, `/rest/api/3/issue/${long.key}?fields=status,created&expand=changelog`)).json<{
      changelog: { total: number; histories: { items: { field: string }[] }[] };
    }>();
    expect(issue.changelog.total).toBeGreaterThan(issue.changelog.histories.length);
    const page2 = (await hd.fetch(JIRA, `/rest/api/3/issue/${long.key}/changelog?startAt=100`)).json<{ isLast: boolean; values: unknown[]; startAt: number }>();
    expect(page2).toMatchObject({ isLast: true, startAt: 100 });
    expect(issue.changelog.histories.length + page2.values.length).toBe(issue.changelog.total);
    const keys = hd.control.tickets('jira').map((t) => t.key);
    const bulk = (await hd.fetch(JIRA, '/rest/api/3/changelog/bulkfetch', { body: { issueIdsOrKeys: keys, fieldIds: ['status'], maxResults: 50 } })).json<{
      issueChangeLogs: { issueId: string; changeHistories: { items: { field: string }[] }[] }[]; nextPageToken: string | null;
    }>();
    expect(bulk.nextPageToken).not.toBeNull();
    expect(bulk.issueChangeLogs.flatMap((l) => l.changeHistories.flatMap((h) => h.items.map((i) => i.field)))).toEqual(expect.arrayContaining(['status']));
    expect(bulk.issueChangeLogs.flatMap((l) => l.changeHistories.flatMap((h) => h.items.map((i) => i.field))).every((f) => f === 'status')).toBe(true);
  });

  it('old search is gone on Cloud (410); Data Center speaks v2 under /jira and 404s on v3', async () => {
    expect((await hd.fetch(JIRA, '/rest/api/3/search?jql=project=SUP')).status).toBe(410);
    expect((await hd.fetch(JIRA, '/rest/api/3/search', { body: { jql: 'project = SUP' } })).status).toBe(410);
    const dc = (await hd.fetch(DC, '/jira/rest/api/2/search', { body: { jql: 'key in (OPS-7,OPS-8)', fields: ['summary', 'status'], expand: ['changelog'] } })).json<{
      total: number; issues: { key: string; changelog?: unknown }[];
    }>();
    expect(dc.total).toBe(2);
    expect(dc.issues[0]!.changelog).toBeDefined();
    expect((await hd.fetch(DC, '/jira/rest/api/2/issue/OPS-8?expand=changelog')).status).toBe(200);
    expect((await hd.fetch(DC, '/jira/rest/api/3/issue/OPS-8')).status).toBe(404);
    expect((await hd.fetch(DC, '/rest/api/2/issue/OPS-8')).status).toBe(404);
  });

  it('403 and 404 issues', async () => {
    expect((await hd.fetch(JIRA, `/rest/api/3/issue/${hd.control.ticket('jira', 'forbidden').key}`)).status).toBe(403);
    const r = await hd.fetch(JIRA, `/rest/api/3/issue/${hd.control.ticket('jira', 'missing').key}`);
    expect(r.status).toBe(404);
    expect(r.json<{ errorMessages: string[] }>().errorMessages[0]).toContain('does not exist');
  });
});

describe('faults, rate limits, request log, clock', () => {
  it('429 with and without Retry-After (Zendesk), Jira 429 headers, 503, 500, malformed JSON, expiry after `times`', async () => {
    hd.control.setFault({ site: 'zendesk', path: 'show_many', fault: { status: 429, retryAfter: 2 }, times: 1 });
    const a = await hd.fetch(ZD, '/api/v2/tickets/show_many.json?ids=4821');
    expect(a.status).toBe(429);
    expect(a.headers['retry-after']).toBe('2');
    expect((await hd.fetch(ZD, '/api/v2/tickets/show_many.json?ids=4821')).status).toBe(200);
    hd.control.setFault({ site: 'zendesk', fault: { status: 429, retryAfter: null }, times: 1 });
    const b = await hd.fetch(ZD, '/api/v2/tickets/4821.json');
    expect(b.status).toBe(429);
    expect(b.headers['retry-after']).toBeUndefined();
    hd.control.setFault({ site: 'jira', fault: { status: 429 }, times: 1 });
    const c = await hd.fetch(JIRA, '/rest/api/3/field');
    expect(c.status).toBe(429);
    expect(c.headers['retry-after']).toBe('3');
    expect(c.headers['ratelimit-reason']).toBe('jira-burst-based');
    expect(Date.parse(c.headers['x-ratelimit-reset']!)).toBeGreaterThan(0);
    hd.control.setFault({ site: 'jira', fault: { status: 503, retryAfter: 5 }, times: 1 });
    const d = await hd.fetch(JIRA, '/rest/api/3/field');
    expect([d.status, d.headers['retry-after']]).toEqual([503, '5']);
    hd.control.setFault({ site: 'zendesk', fault: { status: 500 }, times: 1 });
    expect((await hd.fetch(ZD, '/api/v2/tickets/4821.json')).status).toBe(500);
    hd.control.setFault({ site: 'zendesk', fault: { malformed: true }, times: 1 });
    const e = await hd.fetch(ZD, '/api/v2/tickets/4821.json');
    expect(e.status).toBe(200);
    expect(() => JSON.parse(e.text)).toThrow();
  });

  it('per-ticket faults hit single and batch calls naming the ticket; session expiry; delays and stalls', async () => {
    hd.control.setFault({ ticket: 'SUP-13', fault: { status: 403 } });
    expect((await hd.fetch(JIRA, '/rest/api/3/issue/SUP-13')).status).toBe(403);
    expect((await hd.fetch(JIRA, '/rest/api/3/search/jql', { body: { jql: 'key in (SUP-12,SUP-13)', fields: ['summary'] } })).status).toBe(403);
    expect((await hd.fetch(JIRA, '/rest/api/3/issue/SUP-12')).status).toBe(200);
    hd.control.clearFaults();
    hd.control.setSessionExpired(true);
    const z = await hd.fetch(ZD, '/api/v2/tickets/4821.json');
    const j = await hd.fetch(JIRA, '/rest/api/3/issue/SUP-12');
    expect([z.status, j.status]).toEqual([401, 401]);
    expect(j.json<{ errorMessages: string[] }>().errorMessages.length).toBe(1);
    hd.control.setSessionExpired(false);
    expect((await hd.fetch(ZD, '/api/v2/tickets/4821.json')).status).toBe(200);
    hd.control.setFault({ site: 'zendesk', path: /4822/, fault: { delayMs: 300 }, times: 1 });
    const t0 = Date.now();
    expect((await hd.fetch(ZD, '/api/v2/tickets/4822.json')).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
    hd.control.setFault({ site: 'zendesk', path: /4823/, fault: { stall: true }, times: 1 });
    const stalled = await Promise.race([
      hd.fetch(ZD, '/api/v2/tickets/4823.json').then(() => 'answered', () => 'error'),
      new Promise((r) => setTimeout(() => r('stalled'), 500)),
    ]);
    expect(stalled).toBe('stalled');
  });

  it('optional per-minute rate limit answers 429 with Retry-After', async () => {
    hd.control.setRateLimit(3, 7);
    const s: number[] = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await hd.fetch(JIRA, '/rest/api/3/status');
      s.push(last.status);
    }
    expect(s).toEqual([200, 200, 200, 429]);
    expect(last!.headers['retry-after']).toBeDefined();
  });

  it('logs method, host, path, query, body and headers; clears; also over /__fx/requests', async () => {
    await hd.fetch(JIRA, '/rest/api/3/search/jql?x=1', { body: { jql: 'key in (SUP-12)' }, headers: { 'X-Probe': 'yes' } });
    const [r] = hd.control.requests({ site: 'jira', kind: 'api' });
    expect(r).toMatchObject({ method: 'POST', host: JIRA, path: '/rest/api/3/search/jql', query: { x: '1' }, body: { jql: 'key in (SUP-12)' } });
    expect(r!.headers['x-probe']).toBe('yes');
    const viaHttp = (await hd.fetch('127.0.0.1', '/__fx/requests?site=jira')).json<{ requests: unknown[] }>();
    expect(viaHttp.requests).toHaveLength(1);
    await hd.fetch('127.0.0.1', '/__fx/requests?clear=1');
    expect(hd.control.requests()).toHaveLength(0);
  });

  it('clock control: freeze, reseed relative to it, advance; HTTP control too', async () => {
    const at = Date.parse('2026-03-02T10:00:00Z');
    hd.control.setNow(at);
    expect(hd.control.now()).toBe(at);
    const t = hd.control.ticket('zendesk', 'p1-warning');
    expect(t.facts.createdAt).toBe(at - 9 * 60_000);
    hd.control.advance(60_000);
    expect(hd.control.now()).toBe(at + 60_000);
    const r = (await hd.fetch('127.0.0.1', `/__fx/clock?now=${encodeURIComponent('2026-03-03T10:00:00Z')}`)).json<{ now: number; frozen: boolean }>();
    expect(r).toMatchObject({ now: Date.parse('2026-03-03T10:00:00Z'), frozen: true });
    hd.control.resetClock();
    hd.control.setNow(Date.now(), { running: true });
    expect(Math.abs(hd.control.now() - Date.now())).toBeLessThan(1000);
  });

  it('seed() replaces the data set; the generator is deterministic and fast', async () => {
    const { generateTickets } = await import('./helpdesk/index');
    const now = Date.parse('2026-03-02T10:00:00Z');
    const t0 = performance.now();
    const a = generateTickets({ site: 'zendesk', count: 5000, seed: 1, now });
    expect(performance.now() - t0).toBeLessThan(2000);
    const b = generateTickets({ site: 'zendesk', count: 5000, seed: 1, now });
    expect(a.map((t) => t.facts)).toEqual(b.map((t) => t.facts));
    for (const t of a.slice(0, 500)) assertFactsSane(t, now);
    hd.control.seed(a.slice(0, 10));
    expect(hd.control.tickets()).toHaveLength(10);
    expect((await hd.fetch(ZD, `/api/v2/tickets/${a[0]!.key}.json`)).status).toBe(200);
    hd.control.setNow(Date.now(), { running: true });
    hd.control.seed([]);
    const { seedScenario } = await import('./helpdesk/index');
    hd.control.seed(seedScenario(hd.control.now()));
  });
});

function assertFactsSane(t: SeedTicket, now: number): void {
  const f = t.facts;
  expect(f.createdAt).toBeLessThanOrEqual(now);
  expect(f.statusHistory[0]!.at).toBe(f.createdAt);
  for (let i = 1; i < f.statusHistory.length; i++) expect(f.statusHistory[i]!.at).toBeGreaterThanOrEqual(f.statusHistory[i - 1]!.at);
  for (let i = 1; i < f.replies.length; i++) expect(f.replies[i]!.at).toBeGreaterThanOrEqual(f.replies[i - 1]!.at);
}

describe('seed truth', () => {
  it('scenario facts are well-formed and cover both helpdesks', () => {
    const all = hd.control.tickets();
    for (const t of all) assertFactsSane(t, hd.control.now() + 1000);
    for (const site of ['zendesk', 'jira'] as const) {
      const levels = new Set(all.filter((t) => t.site === site).map((t) => t.expectedLevel));
      for (const l of ['ok', 'warning', 'critical', 'breached', 'paused', 'met', 'missed']) expect(levels, `${site} ${l}`).toContain(l);
    }
    expect(all.some((t) => t.site === 'jira' && t.expectedLevel === 'none')).toBe(true);
  });

  // Runs once lib/sla's engine exists: every expectedLevel must be what the engine says under the default policy.
  const engineReady = existsSync('lib/sla/evaluate-ticket.ts');
  it.skipIf(!engineReady)('expected levels match the engine under createDefaultPolicy', async () => {
    const sla = (await import('../../lib/sla/index')) as typeof import('../../lib/sla/index');
    const policy = sla.createDefaultPolicy('UTC');
    const now = hd.control.now();
    for (const t of hd.control.tickets().filter((x) => x.expectedLevel !== undefined)) {
      const r = sla.evaluateTicket(policy, t.facts, now);
      const level =
        r.source === 'none'
          ? 'none'
          : r.next === null
            ? r.metrics.some((m) => m.breached) ? 'missed' : 'met'
            : r.next.state === 'paused' && !r.next.breached
              ? 'paused'
              : r.next.level;
      expect(level, `${t.site} ${t.key} ${t.scenario}`).toBe(t.expectedLevel);
    }
  });
});

describe('pages in Chromium', () => {
  let browser: LaunchedExtension;
  beforeAll(async () => {
    browser = await launchExtension({ extensionDir: null, hostResolverRules: hd.hostResolverRules });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('Zendesk view: generic table rows with aria-describedby and relative subject links; sc- classes change per load', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(hd.zendesk('/agent/filters/360001'));
    await waitForFxRender(page);
    const info = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('div[data-garden-id="pane"][role="tabpanel"] table[data-test-id="generic-table"] tbody[data-test-id="generic-table-body"] tr[data-garden-id="tables.row"][data-test-id="generic-table-row"]')];
      const first = rows[0]!;
      const link = first.querySelector<HTMLAnchorElement>('td[data-test-id="ticket-table-cells-subject"] a')!;
      return {
        count: rows.length,
        describedBy: first.getAttribute('aria-describedby'),
        hrefAttr: link.getAttribute('href'),
        href: new URL(link.href).pathname,
        idCell: first.querySelector('td[data-test-id="generic-table-cells-id"]')?.textContent,
        sc: [...document.querySelectorAll('[class*="sc-"]')].map((e) => e.className).join(' '),
        imgs: document.querySelectorAll('img').length,
      };
    });
    expect(info.count).toBe(hd.control.tickets('zendesk').filter((t) => t.scenario !== 'bulk').length);
    expect(info.describedBy).toBe('generic-table-row-4821');
    expect(info.hrefAttr).toBe('tickets/4821');
    expect(info.href).toBe('/agent/tickets/4821');
    expect(info.idCell).toBe('#4821');
    expect(info.imgs).toBe(0); // markup in subjects is text
    await page.reload();
    await waitForFxRender(page);
    const sc2 = await page.evaluate(() => [...document.querySelectorAll('[class*="sc-"]')].map((e) => e.className).join(' '));
    expect(sc2).not.toBe(info.sc);
    errors.assertNone();
    await page.close();
  });

  it('Zendesk view: split layout, recycle and sort reuse <tr> nodes for other tickets, 500 rows', async () => {
    const page = await browser.context.newPage();
    await page.goto(hd.zendesk('/agent/filters/360003?layout=split&idcol=off'));
    await waitForFxRender(page);
    expect(await page.locator('div[data-test-id="table_container"] table[data-test-id="table_main"] tr[data-garden-id="tables.row"]').count()).toBeGreaterThan(10);
    expect(await page.locator('td[data-test-id="generic-table-cells-id"]').count()).toBe(0);
    const result = await page.evaluate(() => {
      const fx = (window as unknown as { __fx: { recycle(): boolean; sort(c: string, d?: string): boolean } }).__fx;
      const tr = document.querySelector('tr[data-garden-id="tables.row"]')!;
      const before = tr.getAttribute('aria-describedby');
      fx.recycle();
      const afterRecycle = tr.getAttribute('aria-describedby');
      const tbody = tr.parentElement;
      fx.sort('id', 'desc');
      return { before, afterRecycle, sameTrStillInDom: document.contains(tr), tbodyReplaced: tbody !== tr.parentElement };
    });
    expect(result.afterRecycle).not.toBe(result.before);
    expect(result.sameTrStillInDom).toBe(true);
    expect(result.tbodyReplaced).toBe(true);
    await page.goto(hd.zendesk('/agent/filters/360002?rows=500&delay=0'));
    await waitForFxRender(page);
    expect(await page.locator('tr[data-test-id="generic-table-row"]').count()).toBe(500);
    await page.close();
  });

  it('Zendesk ticket: tabs, one active pane, subject input; SPA navigation switches tabs without a reload', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(hd.zendesk('/agent/tickets/4822'));
    await waitForFxRender(page);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    const s = await page.evaluate(() => ({
      tabs: [...document.querySelectorAll('[data-test-id="header-tablist"] [role="tab"][data-test-id="header-tab"][data-entity-type="ticket"]')].map((t) => [t.getAttribute('data-entity-id'), t.getAttribute('data-selected')]),
      active: [...document.querySelectorAll('.ticket-panes-grid-layout[data-is-active="true"] [data-side-conversations-anchor-id]')].map((e) => e.getAttribute('data-side-conversations-anchor-id')),
      panes: document.querySelectorAll('.ticket-panes-grid-layout').length,
      subject: document.querySelector<HTMLInputElement>('.ticket-panes-grid-layout[data-is-active="true"] input[data-test-id="omni-header-subject"]')?.value,
      via: document.querySelector('.ticket-panes-grid-layout[data-is-active="true"] [data-test-id="omni-header-via-label"]')?.textContent,
    }));
    expect(s.tabs).toContainEqual(['4822', 'true']);
    expect(s.active).toEqual(['4822']);
    expect(s.panes).toBe(3);
    expect(s.subject).toBe('Checkout page returns 502');
    expect(s.via).toBe('Via email');
    await page.evaluate(() => (window as unknown as { __fx: { navigate(p: string): Promise<void> } }).__fx.navigate('/agent/tickets/4821'));
    await page.waitForFunction(() => document.querySelector('.ticket-panes-grid-layout[data-is-active="true"] [data-side-conversations-anchor-id="4821"]'));
    expect(await page.evaluate(() => [location.pathname, (window as unknown as { marker: number }).marker, document.querySelectorAll('.ticket-panes-grid-layout').length])).toEqual(['/agent/tickets/4821', 42, 3]);
    await page.evaluate(() => (window as unknown as { __fx: { navigate(p: string): Promise<void> } }).__fx.navigate('/agent/tickets/4833'));
    await page.waitForSelector('.ticket-panes-grid-layout[data-is-active="true"] input[data-test-id="omni-header-subject"]');
    expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('.ticket-panes-grid-layout[data-is-active="true"] input[data-test-id="omni-header-subject"]')!.value)).toContain('<img');
    expect(await page.locator('img').count()).toBe(0);
    errors.assertNone();
    await page.close();
  });

  it('Jira board (platform-board-kit and ghx), selectedIssue side panel, issue page, legacy test ids', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(hd.jira('/jira/software/projects/SUP/boards/1?selectedIssue=SUP-13'));
    await waitForFxRender(page);
    expect(await page.locator('[data-testid="platform-board-kit.ui.column.draggable-column"]').count()).toBe(3);
    expect(await page.locator('[data-testid="platform-board-kit.ui.card.card"]#card-SUP-12 [data-testid="platform-card.common.ui.key.key"]').textContent()).toBe('SUP-12');
    expect(await page.locator('[data-testid="issue.views.issue-details.issue-layout.compact-layout"] h1[data-testid="issue.views.issue-base.foundation.summary.heading"]').textContent()).toBe('Checkout page returns 502');
    expect(await page.evaluate(() => document.body.id)).toBe('jira');
    expect(await page.locator('meta[name="ajs-context-path"]').count()).toBe(0);
    await page.goto(hd.jira('/jira/software/projects/SUP/boards/1?layout=ghx'));
    await waitForFxRender(page);
    expect(await page.locator('#ghx-pool .ghx-swimlane .ghx-columns .ghx-column[data-column-id] .ghx-issue[data-issue-key="SUP-12"] .ghx-key').textContent()).toBe('SUP-12');
    await page.goto(hd.jira('/browse/SUP-13?testid=legacy'));
    await waitForFxRender(page);
    expect(await page.locator('#jira-issue-header [data-test-id="issue.views.issue-base.foundation.breadcrumbs.breadcrumb-current-issue-container"] a[data-test-id="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"][href="/browse/SUP-13"] span').textContent()).toBe('SUP-13');
    expect(await page.locator('[data-testid]').count()).toBe(0);
    errors.assertNone();
    await page.close();
  });

  it('Jira list is virtualised and recycles <tr> nodes on scroll; JSM queue in both variants', async () => {
    const page = await browser.context.newPage();
    await page.goto(hd.jira('/jira/software/projects/SUP/list?rows=250&delay=0'));
    await waitForFxRender(page);
    const rowSel = '[data-testid="native-issue-table.ui.scroll-container.scroll-container"] table[data-testid="native-issue-table.ui.issue-table"][aria-label="Work"] tr[data-testid="native-issue-table.ui.issue-row"]';
    const n = await page.locator(rowSel).count();
    expect(n).toBeGreaterThan(5);
    expect(n).toBeLessThan(40);
    const recycled = await page.evaluate((sel) => {
      const tr = document.querySelector(sel)!;
      const before = tr.querySelector('a')!.textContent;
      (window as unknown as { __fx: { scrollListTo(i: number): boolean } }).__fx.scrollListTo(100);
      return { before, after: tr.querySelector('a')!.textContent, connected: tr.isConnected };
    }, rowSel);
    expect(recycled.connected).toBe(true);
    expect(recycled.after).not.toBe(recycled.before);
    await page.goto(hd.jira('/jira/servicedesk/projects/SUP/queues/custom/3'));
    await waitForFxRender(page);
    expect(await page.locator('[data-testid="servicedesk-queues-agent-view.layout.queues-details"] a[data-testid="native-issue-table.common.ui.issue-cells.issue-key.issue-key-cell"][href="/jira/servicedesk/projects/SUP/queues/custom/3/SUP-12"]').count()).toBe(1);
    await page.goto(hd.jira('/jira/servicedesk/projects/SUP/queues/custom/3?variant=grid'));
    await waitForFxRender(page);
    const grid = page.locator('[data-testid="servicedesk-queues-agent-view.layout.queues-details"] div[role="grid"] div[role="row"] div[role="gridcell"] a[href="/jira/servicedesk/projects/SUP/queues/custom/3/SUP-12"]');
    expect(await grid.count()).toBe(2);
    expect(await page.locator('[data-testid="servicedesk-queues-agent-view.layout.queues-details"] [role="grid"] [data-testid]').count()).toBe(0);
    await page.goto(hd.jira(`/issues/?jql=${encodeURIComponent('key in (SUP-12,SUP-14)')}`));
    await waitForFxRender(page);
    expect(await page.locator(rowSel).count()).toBe(2);
    await page.close();
  });

  it('Jira Data Center: meta tags, body#jira, issue page and navigator under /jira; dark theme', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(hd.jiraDc('/browse/OPS-7?theme=dark'));
    await waitForFxRender(page);
    const dc = await page.evaluate(() => ({
      app: document.querySelector('meta[name="application-name"]')?.getAttribute('content'),
      ctx: document.querySelector('meta[name="ajs-context-path"]')?.getAttribute('content'),
      version: document.querySelector('meta[name="ajs-version-number"]')?.getAttribute('content'),
      body: [document.body.id, document.body.dataset.version],
      key: document.querySelector('.issue-header-content #key-val')?.textContent,
      summary: document.querySelector('#summary-val')?.textContent,
      theme: document.documentElement.dataset.theme,
    }));
    expect(dc).toEqual({ app: 'JIRA', ctx: '/jira', version: '9.12.0', body: ['jira', '9.12.0'], key: 'OPS-7', summary: 'DC: VPN drops every hour', theme: 'dark' });
    await page.goto(hd.jiraDc('/issues/?jql='));
    await waitForFxRender(page);
    expect(await page.locator('table#issuetable tr.issuerow[data-issuekey="OPS-8"]').count()).toBe(1);
    errors.assertNone();
    await page.close();
  });
});

describe('launcher', () => {
  const built = existsSync('.output/chrome-mv3/manifest.json');
  it.skipIf(!built)('loads the built extension: service worker, id, extension pages; content reaches the imitation', async () => {
    const b = await launchExtension({ hostResolverRules: hd.hostResolverRules });
    try {
      expect(b.extensionId).toMatch(/^[a-p]{32}$/);
      expect(b.serviceWorker?.url()).toContain(`chrome-extension://${b.extensionId}/`);
      const page = await b.context.newPage();
      await page.goto(hd.zendesk('/agent/filters/360001'));
      await waitForFxRender(page);
      expect(await page.locator('tr[data-test-id="generic-table-row"]').count()).toBeGreaterThan(0);
    } finally {
      await b.close();
    }
  });

  it('fails with a clear message when the extension is not built', async () => {
    await expect(launchExtension({ extensionDir: '/nonexistent/chrome-mv3' })).rejects.toThrow(/wxt build/);
  });
});
