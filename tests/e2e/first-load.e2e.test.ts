/**
 * The first helpdesk page of a browser session, in a fresh Chromium with no warm-up page. Chromium's first
 * `storage.managed` read of a session takes seconds; the badges must not wait for it (readActivePolicySoon in
 * lib/store/active-policy.ts). The other suites open a warm-up page first, so they never see this case.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHelpdeskAndBrowser, waitForFxRender, type HelpdeskAndBrowser } from './support/launch';
import { ensureBuilt, ZONE } from './overlay-helpers';

let env: HelpdeskAndBrowser;

beforeAll(async () => {
  ensureBuilt();
  env = await startHelpdeskAndBrowser({ launch: { timezoneId: ZONE } });
}, 120_000);
afterAll(async () => env?.close());

it('the first view of a fresh browser shows final badges within 1.5 s of its rows', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(env.hd.zendesk('/agent/filters/360001'));
  await waitForFxRender(page);
  const rendered = Date.now();
  await page.waitForFunction(
    () => {
      const badges = [...document.querySelectorAll('sla-badge')];
      return badges.length > 0 && badges.every((badge) => badge.getAttribute('data-level') !== 'loading');
    },
    undefined,
    { timeout: 15_000 },
  );
  const elapsed = Date.now() - rendered;
  console.log(`[first load] final badges ${elapsed} ms after the rows of the first page of a fresh browser`);
  expect(elapsed).toBeLessThan(1_500);
  await page.close();
}, 60_000);
