/**
 * Failures in real Chromium: only the affected tickets show `error` (with the reason in `title`), a 404 leaves no
 * badge, 429s wait for Retry-After (checked on the imitation's request log), an expired session causes no retry
 * storm, and the extension throws nothing into the page.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, startHelpdeskAndBrowser, waitForFxRender, type HelpdeskAndBrowser, type PageErrors } from './support/launch';
import { ensureBuilt, mismatch, readBadges, until, warmUp, ZONE } from './overlay-helpers';

let env: HelpdeskAndBrowser;
let page: Page;
let errors: PageErrors;

async function open(url: string): Promise<void> {
  page = await env.browser.context.newPage();
  errors = collectPageErrors(page);
  await page.goto(url);
  await waitForFxRender(page);
}

/** Uncaught errors and console errors, minus Chromium's own log line for each failed request (the faults). */
function assertNoScriptErrors(): void {
  errors.consoleErrors.splice(0, Infinity, ...errors.consoleErrors.filter((m) => !m.startsWith('Failed to load resource')));
  errors.assertNone();
}

async function badge(key: string) {
  const { now, badges } = await readBadges(page);
  return { now, badge: badges.find((b) => b.key === key), all: badges };
}

beforeAll(async () => {
  ensureBuilt();
  env = await startHelpdeskAndBrowser({ launch: { timezoneId: ZONE, viewport: { width: 1440, height: 700 } } });
  await warmUp(env.browser.context, env.hd.zendesk('/agent/filters/360001'));
}, 120_000);
afterEach(async () => {
  env.hd.control.clearFaults();
  env.hd.control.setSessionExpired(false);
  await page?.close();
});
afterAll(async () => env?.close());

describe('faults', () => {
  it('a failing ticket shows error with its reason; the other panes stay correct', async () => {
    const bad = env.hd.control.ticket('zendesk', 'p1-warning');
    const good = env.hd.control.ticket('zendesk', 'p1-critical');
    env.hd.control.setFault({ site: 'zendesk', ticket: bad.key, fault: { status: 500 } });
    await open(env.hd.zendesk(`/agent/tickets/${bad.key}`));
    await until(async () => {
      const { badge: b } = await badge(bad.key);
      return b?.level === 'error' && /HTTP 500|could not answer/i.test(b.title ?? '') ? [] : [`${bad.key}: ${b?.level} ${b?.title}`];
    }, 20_000, '500 → error');
    await page.evaluate((k) => window.__fx.navigate(`/agent/tickets/${k}`), good.key);
    await until(async () => {
      const { now, badges } = await readBadges(page, '[data-is-active="true"]');
      const b = badges.find((x) => x.key === good.key);
      return b ? mismatch(b, good.facts, now) : ['no badge yet'];
    }, 10_000, 'the other ticket stays correct');
    assertNoScriptErrors();
  });

  it('malformed JSON and 403 show error for the affected tickets only', async () => {
    const broken = env.hd.control.ticket('zendesk', 'p1-ok');
    env.hd.control.setFault({ site: 'zendesk', ticket: broken.key, path: /\/tickets\/\d+(\.json)?($|\?)/, fault: { malformed: true } });
    await open(env.hd.zendesk(`/agent/tickets/${broken.key}`));
    await until(async () => {
      const { badge: b } = await badge(broken.key);
      return b?.level === 'error' && b.title ? [] : [`${broken.key}: ${b?.level}`];
    }, 20_000, 'malformed → error');
    const forbidden = env.hd.control.ticket('zendesk', 'forbidden');
    await page.evaluate((k) => window.__fx.navigate(`/agent/tickets/${k}`), forbidden.key);
    await until(async () => {
      const { badges } = await readBadges(page, '[data-is-active="true"]');
      const b = badges.find((x) => x.key === forbidden.key);
      return b?.level === 'error' && /access/i.test(b.title ?? '') ? [] : [`${forbidden.key}: ${b?.level} ${b?.title}`];
    }, 10_000, '403 → error "no access"');
    assertNoScriptErrors();
  });

  it('a 404 leaves no badge', async () => {
    const missing = env.hd.control.ticket('zendesk', 'missing');
    await open(env.hd.zendesk(`/agent/tickets/${missing.key}`));
    const other = env.hd.control.ticket('jira', 'missing');
    await page.waitForTimeout(2_000);
    expect((await badge(missing.key)).badge).toBeUndefined();
    await open(env.hd.jira(`/browse/${other.key}`));
    await page.waitForTimeout(2_000);
    expect((await badge(other.key)).badge).toBeUndefined();
    assertNoScriptErrors();
  });

  it('a 429 is retried no sooner than Retry-After, then every badge is correct', async () => {
    env.hd.control.setFault({ site: 'zendesk', path: 'show_many', fault: { status: 429, retryAfter: 2 }, times: 1 });
    const since = env.hd.control.lastRequestSeq();
    await open(env.hd.zendesk('/agent/filters/360001'));
    const keys = env.hd.control.tickets('zendesk').filter((t) => t.scenario !== 'bulk' && t.access === 'ok');
    // Every row gets its badge back; rows in the viewport (refined by their history) must agree with the engine.
    await until(async () => {
      const { now, badges } = await readBadges(page);
      return keys.flatMap((t) => {
        const b = badges.find((x) => x.key === t.key);
        if (!b || b.level === 'loading' || b.level === 'error') return [`${t.key}: ${b?.level ?? 'no badge'}`];
        return b.visible ? mismatch(b, t.facts, now) : [];
      });
    }, 15_000, 'badges after the 429');
    const calls = env.hd.control.requests({ site: 'zendesk', kind: 'api', pathIncludes: 'show_many' }).filter((r) => r.seq > since);
    const first = calls.find((r) => r.status === 429)!;
    const retry = calls.find((r) => r.seq > first.seq && r.search === first.search);
    expect(first).toBeDefined();
    expect(retry).toBeDefined();
    const waited = retry!.wallTime - first.wallTime;
    console.log(`[overlay e2e] 429 Retry-After 2 s → retried after ${waited} ms`);
    expect(waited).toBeGreaterThanOrEqual(2_000);
    assertNoScriptErrors();
  });

  it('an expired session shows "sign in again" and causes no retry storm', async () => {
    env.hd.control.setSessionExpired(true);
    const since = env.hd.control.lastRequestSeq();
    await open(env.hd.jira('/jira/software/projects/SUP/list'));
    await until(async () => {
      const { badges } = await readBadges(page);
      const bad = badges.filter((b) => b.level !== 'error' || !/sign in/i.test(b.title ?? ''));
      return badges.length > 0 && bad.length === 0 ? [] : [`${bad.length}/${badges.length} not "sign in" errors`];
    }, 15_000, '401 → sign in again');
    await page.waitForTimeout(5_000);
    const calls = env.hd.control.requests({ site: 'jira', kind: 'api' }).filter((r) => r.seq > since);
    console.log(`[overlay e2e] 401 session: ${calls.length} API calls in ~6 s`);
    expect(calls.length).toBeLessThanOrEqual(6);
    assertNoScriptErrors();
  });
});
