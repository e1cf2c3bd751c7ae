/**
 * Screenshots of the badges in place, light and dark, for people to look at (artifacts/screenshots/). Each shot
 * waits until every badge shows its final level, and one also shows an open tooltip.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHelpdeskAndBrowser, waitForFxRender, type HelpdeskAndBrowser } from './support/launch';
import { ensureBuilt, warmUp, ZONE } from './overlay-helpers';

const DIR = resolve('artifacts/screenshots');
let env: HelpdeskAndBrowser;

beforeAll(async () => {
  ensureBuilt();
  mkdirSync(DIR, { recursive: true });
  env = await startHelpdeskAndBrowser({ launch: { timezoneId: ZONE, viewport: { width: 1280, height: 720 } } });
  await warmUp(env.browser.context, env.hd.zendesk('/agent/filters/360001'));
}, 120_000);
afterAll(async () => env?.close());

/** Waits until every badge in `scope` (hidden Zendesk panes stay `loading` by design) shows its final level. */
async function settled(page: Page, scope: string): Promise<void> {
  await waitForFxRender(page);
  await page.waitForFunction(
    (s) => document.querySelector(`${s} sla-badge`) && !document.querySelector(`${s} sla-badge[data-level="loading"]`),
    scope,
    { timeout: 15_000 },
  );
  await page.waitForTimeout(300);
}

const shots: [string, (hd: HelpdeskAndBrowser['hd']) => string, string?][] = [
  ['zendesk-ticket', (hd) => hd.zendesk('/agent/tickets/4822'), '[data-is-active="true"] sla-badge'],
  ['zendesk-view', (hd) => hd.zendesk('/agent/filters/360001')],
  ['jira-board', (hd) => hd.jira('/jira/software/projects/SUP/boards/1')],
  ['jira-issue', (hd) => hd.jira('/browse/SUP-13'), 'sla-badge'],
];

describe('screenshots', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const [name, url, focus] of shots) {
      it(`${name} (${theme})`, async () => {
        const page = await env.browser.context.newPage();
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(`${url(env.hd)}${url(env.hd).includes('?') ? '&' : '?'}theme=${theme}`);
        await settled(page, name === 'zendesk-ticket' ? '[data-is-active="true"]' : 'body');
        if (focus) await page.focus(focus); // opens the tooltip, as keyboard users see it
        const path = `${DIR}/${name}-${theme}.png`;
        await page.screenshot({ path });
        // The look must follow the page: pills use the dark palette on dark pages.
        const pillClass = await page.evaluate(() => document.querySelector('sla-badge:not([data-level="loading"])')?.shadowRoot?.querySelector('.pill')?.className ?? '');
        expect(pillClass.includes('dark')).toBe(theme === 'dark');
        await page.close();
      });
    }
  }
});
