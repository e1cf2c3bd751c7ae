/**
 * The report page in real Chromium against the helpdesk imitation (PRODUCT.md "Reports"):
 * - a Jira Cloud period of hundreds of tickets over four weeks: the shown P90 and compliance equal values computed
 *   here from the imitation's truth with the engine (`evaluateTicket`) and nearest-rank percentiles written out in
 *   the test; the CSV's bytes (BOM, quoting); screenshots in both languages and both themes;
 * - Zendesk, 5,000 tickets under a realistic per-minute limit (200/min, Zendesk's smallest plan): the report
 *   finishes with no 429, at most 4 requests in flight; its duration and request count are printed.
 * The report page fetches the helpdesks itself (extension origin + host permissions, `credentials: 'include'`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultPolicy } from '../../lib/policy/create-default-policy';
import { evaluateTicket } from '../../lib/sla/evaluate-ticket';
import { buildTicket, DAY, generateTickets, type SeedTicket } from './helpdesk/index';
import { ensureBuilt } from './overlay-helpers';
import { collectPageErrors, startHelpdeskAndBrowser, type HelpdeskAndBrowser } from './support/launch';

const ZONE = 'Asia/Shanghai';
const SHOTS = resolve('artifacts/screenshots');
let env: HelpdeskAndBrowser;

beforeAll(async () => {
  ensureBuilt();
  env = await startHelpdeskAndBrowser({ launch: { timezoneId: ZONE, viewport: { width: 1280, height: 900 } } });
}, 120_000);
afterAll(async () => {
  await env?.close();
});

/** The last 28 days, today included, as the page's period (days in the team zone). */
function period(now: number): { from: string; to: string; start: number; end: number } {
  const today = new TZDate(now, ZONE);
  const first = addDays(today, -27);
  const from = format(first, 'yyyy-MM-dd');
  const to = format(today, 'yyyy-MM-dd');
  const start = new TZDate(first.getFullYear(), first.getMonth(), first.getDate(), ZONE).getTime();
  const end = addDays(new TZDate(today.getFullYear(), today.getMonth(), today.getDate(), ZONE), 1).getTime();
  return { from, to, start, end };
}

async function openReport(page: Page, query: string): Promise<void> {
  await page.goto(env.browser.extensionUrl(`report.html?${query}&run=1`));
  await page.waitForSelector('[data-testid="report-result"], [data-testid="report-error"]', { timeout: 240_000 });
  const error = await page.$('[data-testid="report-error"]');
  if (error) throw new Error(`report failed: ${await error.textContent()}`);
}

const dataValue = async (page: Page, selector: string): Promise<number> =>
  Number(await page.getAttribute(selector, 'data-value'));

/** Nearest rank, written out again here so the page is checked against an independent computation. */
function p90(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(0.9 * sorted.length) - 1]!;
}

describe('the report page', () => {
  it('Jira: P90 and compliance agree with the engine on four weeks of history; CSV bytes; screenshots', async () => {
    const now = Date.now();
    const tricky: SeedTicket = buildTicket(
      { site: 'jira', key: 'RPT-1', scenario: 'report-quoting', subject: 'Export fails, "again"\nsee logs', priority: 'High',
        createdMinutesAgo: 3 * 24 * 60, statuses: [[3 * 24 * 60, 'Waiting for support'], [3 * 24 * 60 - 50, 'In Progress']],
        replies: [[3 * 24 * 60 - 50, 'agent']], project: 'RPT' },
      now,
    );
    env.hd.control.addTickets([...generateTickets({ site: 'jira', count: 420, now, seed: 11, spanDays: 28 }), tricky]);
    const p = period(now);
    const page = await env.browser.context.newPage();
    const errors = collectPageErrors(page);
    await openReport(page, `site=acme.atlassian.net&from=${p.from}&to=${p.to}`);
    const evaluatedAt = Number(await page.getAttribute('[data-testid="report-result"]', 'data-evaluated-at'));
    expect(await page.getAttribute('[data-testid="report-result"]', 'data-zone')).toBe(ZONE);

    // Expected, from the imitation's truth (facts as the helpdesk holds them) and the engine.
    const policy = createDefaultPolicy(ZONE);
    const truth = env.hd.control
      .tickets('jira')
      .filter((t) => (t.access ?? 'ok') === 'ok' && t.facts.createdAt >= p.start && t.facts.createdAt < p.end);
    expect(truth.length).toBeGreaterThan(400);
    const slas = truth.map((t) => evaluateTicket(policy, t.facts, evaluatedAt));
    const frMinutes = slas.flatMap((s) => s.metrics.filter((m) => m.metric === 'firstResponse' && m.state === 'stopped').map((m) => m.elapsedMs / 60_000));
    const withSla = slas.filter((s) => s.source !== 'none');
    const within = withSla.filter((s) => !s.metrics.some((m) => m.breached));
    const p1 = slas.filter((s) => s.priority === 'P1');
    const p1Fr = p1.flatMap((s) => s.metrics.filter((m) => m.metric === 'firstResponse' && m.state === 'stopped').map((m) => m.elapsedMs / 60_000));

    expect(await dataValue(page, '[data-testid="card-tickets"]')).toBe(truth.length);
    expect(await dataValue(page, '[data-testid="card-fr-p90"]')).toBeCloseTo(p90(frMinutes), 9);
    expect(await dataValue(page, '[data-testid="card-compliance"]')).toBeCloseTo(within.length / withSla.length, 12);
    const p1Row = '[data-testid="by-priority"] tr[data-group="P1"]';
    expect(await dataValue(page, `${p1Row} [data-col="fr-p90"]`)).toBeCloseTo(p90(p1Fr), 9);
    expect(await dataValue(page, `${p1Row} [data-col="compliance"]`)).toBeCloseTo(
      p1.filter((s) => !s.metrics.some((m) => m.breached)).length / p1.length,
      12,
    );
    // What the lead reads: the P90 card in minutes, or in hours from an hour up (the seeded history is generated
    // relative to now, so which one depends on the run), and a link per breached ticket.
    expect(await page.textContent('[data-testid="card-fr-p90"] .card-value')).toMatch(p90(frMinutes) < 60 ? /min/ : /\bh\b/);
    const firstBreached = await page.getAttribute('[data-testid="breached"] a', 'href');
    expect(firstBreached).toMatch(/^https:\/\/acme\.atlassian\.net\/browse\/[A-Z]+-\d+$/);

    // CSV: the bytes of the downloaded file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-csv"]')]);
    expect(download.suggestedFilename()).toBe(`sla-report_acme.atlassian.net_${p.from}_${p.to}.csv`);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('"RPT-1 Export fails, ""again""\nsee logs"');
    // CRLF ends rows; the title's own LF stays inside its quoted field.
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(truth.length + 1);

    await page.screenshot({ path: `${SHOTS}/report-en.png`, fullPage: true });
    const zh = await env.browser.context.newPage();
    await openReport(zh, `site=acme.atlassian.net&from=${p.from}&to=${p.to}&lang=zh-CN&theme=dark`);
    expect(await zh.textContent('h1')).toBe('报表');
    await zh.screenshot({ path: `${SHOTS}/report-zh-CN-dark.png`, fullPage: true });
    await zh.goto(env.browser.extensionUrl(`report.html?site=acme.atlassian.net&from=${p.from}&to=${p.to}&lang=zh-CN&run=1`));
    await zh.waitForSelector('[data-testid="report-result"]', { timeout: 120_000 });
    await zh.screenshot({ path: `${SHOTS}/report-zh-CN.png`, fullPage: true });
    await zh.close();
    errors.assertNone();
    await page.close();
  }, 240_000);

  it('Zendesk: 5,000 tickets under a 200/min limit finish without a single 429', async () => {
    const now = Date.now();
    env.hd.control.addTickets(generateTickets({ site: 'zendesk', count: 5000, now, seed: 21, spanDays: 27, firstId: 200_001 }));
    env.hd.control.setRateLimit(200);
    env.hd.control.clearRequests();
    const p = period(now);
    const page = await env.browser.context.newPage();
    const started = Date.now();
    await openReport(page, `site=acme.zendesk.com&from=${p.from}&to=${p.to}`);
    const wall = Date.now() - started;
    const log = env.hd.control.requests({ site: 'zendesk', kind: 'api' });
    const statuses = log.map((r) => r.status);
    const tickets = await dataValue(page, '[data-testid="card-tickets"]');
    const expected = env.hd.control
      .tickets('zendesk')
      .filter((t) => (t.access ?? 'ok') === 'ok' && t.facts.createdAt >= p.start && t.facts.createdAt < p.end).length;
    // Per rolling minute, the imitation never saw more than its limit.
    const times = log.map((r) => r.wallTime).sort((a, b) => a - b);
    const busiest = Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + 60_000).length));
    console.info(
      `[report e2e] Zendesk ${tickets} tickets: ${(wall / 1000).toFixed(1)} s, ${log.length} requests, ` +
        `${statuses.filter((s) => s === 429).length} × 429, busiest minute ${busiest} requests (limit 200); page says: ` +
        `${await page.textContent('[data-testid="report-run"]')}`,
    );
    expect(tickets).toBe(expected);
    expect(tickets).toBeGreaterThanOrEqual(5000);
    expect(statuses.filter((s) => s === 429)).toEqual([]);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(busiest).toBeLessThanOrEqual(200);
    expect(wall).toBeLessThan(120_000);
    env.hd.control.setRateLimit(null);
    await page.close();
  }, 240_000);

  it('Cancel stops the run: no request starts after it', async () => {
    const slow = env.hd.control.setFault({ site: 'zendesk', path: 'show_many', fault: { delayMs: 1500 } });
    const p = period(Date.now());
    const page = await env.browser.context.newPage();
    await page.goto(env.browser.extensionUrl(`report.html?site=acme.zendesk.com&from=${p.from}&to=${p.to}&run=1`));
    await page.waitForFunction(() => /\d+ of \d+/.test(document.querySelector('[data-testid="progress"] [role="status"]')?.textContent ?? ''));
    await page.click('[data-testid="progress-cancel"]');
    await page.waitForSelector('[data-testid="cancelled"]');
    const after = env.hd.control.lastRequestSeq();
    await page.waitForTimeout(3000);
    expect(env.hd.control.requests({ site: 'zendesk', kind: 'api', since: after })).toEqual([]);
    expect(await page.$('[data-testid="report-result"]')).toBeNull();
    // The form is usable again.
    expect(await page.isEnabled('button[type="submit"]')).toBe(true);
    env.hd.control.removeFault(slow);
    await page.close();
  }, 60_000);
});
