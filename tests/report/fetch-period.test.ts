// @vitest-environment node
/**
 * The period fetchers against the helpdesk imitation (the same server the end-to-end suite uses), from Node: the
 * search paging, Zendesk's 1,000-result cap, the Jira mapping and cancel. Rate pacing is pinned in rate-pacer.test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPeriod } from '../../lib/report/fetch-period';
import { DAY, generateTickets, startHelpdesk, type Helpdesk } from '../e2e/helpdesk/index';

let hd: Helpdesk;
const NOW = Date.UTC(2026, 10, 20, 12, 0);
const range = { start: NOW - 28 * DAY, end: NOW };

/** The most requests that were in flight at once, through `fxFetch`. */
let maxInFlight = 0;

/** `fetch` over the imitation's Node client (virtual hosts, self-signed certificate). */
function fxFetch(): typeof fetch {
  let inFlight = 0;
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    try {
      const r = await hd.fetch(url.host, url.pathname + url.search, { method: init?.method ?? 'GET', body });
      return new Response(r.text, { status: r.status, headers: r.headers });
    } finally {
      inFlight--;
    }
  }) as typeof fetch;
}

beforeAll(async () => {
  hd = await startHelpdesk({ now: NOW });
  hd.control.addTickets(generateTickets({ site: 'zendesk', count: 2300, now: NOW, seed: 3, spanDays: 28 }));
  hd.control.addTickets(generateTickets({ site: 'jira', count: 450, now: NOW, seed: 4, spanDays: 28 }));
}, 60_000);
afterAll(() => hd?.close());

const inRange = (site: 'zendesk' | 'jira') =>
  hd.control
    .tickets(site)
    .filter((t) => (t.access ?? 'ok') === 'ok' && t.facts.createdAt >= range.start && t.facts.createdAt < range.end);

describe('fetching a period', () => {
  it('Zendesk: every ticket of the period, splitting windows over the 1,000-result cap, never past it', async () => {
    hd.control.clearRequests();
    maxInFlight = 0;
    const progress: (number | null)[] = [];
    const result = await fetchPeriod({
      site: { helpdesk: 'zendesk', origin: 'https://acme.zendesk.com' },
      range,
      signal: new AbortController().signal,
      fetch: fxFetch(),
      onProgress: (p) => progress.push(p.total),
    });
    if (!result.ok) throw new Error(`fetch failed: ${result.kind}`);
    const expected = inRange('zendesk').map((t) => t.key).sort();
    expect(result.tickets.map((t) => t.facts.key).sort()).toEqual(expected);
    expect(progress[0]).toBe(expected.length);
    expect(maxInFlight).toBe(4); // the windows and pages run side by side, never more than 4 at once
    const log = hd.control.requests({ site: 'zendesk', kind: 'api' });
    expect(log.filter((r) => r.status !== 200)).toEqual([]);
    expect(log.some((r) => r.path.includes('show_many') && r.query.include?.includes('metric_sets'))).toBe(true);
    // ~2 calls per 100 tickets, plus the split windows' first pages and custom statuses.
    expect(result.progress.requests).toBeLessThan((expected.length / 100) * 2 + 15);
    const sample = result.tickets.find((t) => t.facts.key === '10001')!;
    expect(sample.owner).toBe('Ana Agent');
    expect(sample.type).toBe('incident');
    expect(sample.url).toBe('https://acme.zendesk.com/agent/tickets/10001');
  }, 60_000);

  it('Jira: complete facts (comments and status history), the same as the helpdesk holds', async () => {
    const result = await fetchPeriod({
      site: { helpdesk: 'jira', origin: 'https://acme.atlassian.net' },
      range,
      signal: new AbortController().signal,
      fetch: fxFetch(),
    });
    if (!result.ok) throw new Error(`fetch failed: ${result.kind}`);
    const truth = inRange('jira');
    expect(result.tickets).toHaveLength(truth.length);
    for (const seed of truth) {
      const got = result.tickets.find((t) => t.facts.key === seed.key)!;
      expect(got.facts.replies).toEqual(seed.facts.replies);
      expect(got.facts.statusHistory.map(({ at, status }) => ({ at, status }))).toEqual(
        seed.facts.statusHistory.map(({ at, status }) => ({ at, status })),
      );
    }
  }, 60_000);

  it('cancel stops the run and reports it as cancelled', async () => {
    const controller = new AbortController();
    const result = await fetchPeriod({
      site: { helpdesk: 'zendesk', origin: 'https://acme.zendesk.com' },
      range,
      signal: controller.signal,
      fetch: fxFetch(),
      onProgress: (p) => p.done > 0 && controller.abort(),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.kind).toBe('aborted');
  }, 60_000);

  it('a signed-out session fails the report with "signed-out"', async () => {
    hd.control.setSessionExpired(true);
    try {
      const result = await fetchPeriod({
        site: { helpdesk: 'jira', origin: 'https://acme.atlassian.net' },
        range,
        signal: new AbortController().signal,
        fetch: fxFetch(),
      });
      expect(result).toMatchObject({ ok: false, kind: 'signed-out' });
    } finally {
      hd.control.setSessionExpired(false);
    }
  }, 60_000);
});
