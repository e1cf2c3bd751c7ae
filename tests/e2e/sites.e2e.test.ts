/**
 * Jira Data Center on a custom origin (PRODUCT.md "Helpdesks"; research §5), in real Chromium against the
 * imitation's DC site `https://jira.corp.test/jira`:
 * - before the site is added, the Jira content script does not run there;
 * - "Add a site" in the options page asks for exactly that origin, registers the content script, and badges appear;
 * - the registration survives a browser restart (same profile);
 * - revoking the permission in the browser stops the script; removing the site unregisters it and gives the
 *   permission back.
 *
 * The permission prompt: headless Chromium shows `permissions.request`'s prompt where automation can't click it, and
 * has no switch to auto-accept it (the request stays pending). So the test grants the host first the way a user can
 * in chrome://extensions ("Site access" → add a site; `developerPrivate.addHostPermission`, what that page calls).
 * Chrome then answers the options page's `permissions.request` with `true` without a prompt, and everything after it
 * (storing the site, registering the script) runs for real. What this does not cover is the prompt's own UI.
 */
import type { Browser } from 'wxt/browser';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHelpdesk, type Helpdesk } from './helpdesk/index';
import { ensureBuilt, until } from './overlay-helpers';
import { launchExtension, waitForFxRender, type LaunchedExtension } from './support/launch';

// The callbacks passed to `evaluate` run in the extension's pages, where `chrome` is the extension API.
declare const chrome: typeof Browser;

const ORIGIN = 'https://jira.corp.test';
const PATTERN = 'https://jira.corp.test/*';
let hd: Helpdesk;
let browser: LaunchedExtension;
let profile: string;

beforeAll(async () => {
  ensureBuilt();
  hd = await startHelpdesk();
  profile = mkdtempSync(join(tmpdir(), 'sla-e2e-sites-'));
  browser = await launchExtension({ hostResolverRules: hd.hostResolverRules, userDataDir: profile });
});

afterAll(async () => {
  await browser?.close();
  await hd?.close();
  rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
});

async function badgeLevels(page: Page, url: string, waitForBadges: boolean): Promise<string[]> {
  await page.goto(url);
  await waitForFxRender(page);
  if (waitForBadges) {
    await page.waitForFunction(
      () => [...document.querySelectorAll('sla-badge')].some((b) => !['loading'].includes(b.getAttribute('data-level') ?? 'loading')),
      undefined,
      { timeout: 20_000 },
    );
  } else {
    await page.waitForTimeout(2_500); // long enough for a content script to have decorated the page
  }
  return page.$$eval('sla-badge', (badges) => badges.map((b) => `${b.getAttribute('data-key')}:${b.getAttribute('data-level')}`));
}

async function inExtension<T>(fn: () => Promise<T>): Promise<T> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('popup.html'));
  try {
    return await page.evaluate(fn);
  } finally {
    await page.close();
  }
}

const registered = () =>
  inExtension(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches, persist: s.persistAcrossSessions })));
const granted = () => inExtension(() => chrome.permissions.contains({ origins: ['https://jira.corp.test/*'] }));

/** What a user does in chrome://extensions → the extension → "Site access" (see the file comment). */
async function grantInExtensionsPage(action: 'addHostPermission' | 'removeHostPermission'): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    ([id, host, method]) =>
      (chrome as unknown as { developerPrivate: Record<string, (id: string, host: string) => Promise<void>> }).developerPrivate[method]!(id, host),
    [browser.extensionId, PATTERN, action] as const,
  );
  await page.close();
}

describe('a Jira Data Center site on a custom origin', () => {
  it('gets no content script before it is added', async () => {
    const page = await browser.context.newPage();
    expect(await badgeLevels(page, hd.jiraDc('/browse/OPS-7'), false)).toEqual([]);
    expect(await registered()).toEqual([]);
    expect(await granted()).toBe(false);
    await page.close();
  });

  it('"Add a site" asks for that origin, registers the Jira content script, and the site gets badges', async () => {
    await grantInExtensionsPage('addHostPermission');
    // Granted but not added: still no script, because nothing is registered for the origin.
    const dc = await browser.context.newPage();
    expect(await badgeLevels(dc, hd.jiraDc('/browse/OPS-7'), false)).toEqual([]);

    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html?lang=en'));
    await options.getByLabel('Site address').fill(`${hd.jiraDcBase}/browse/OPS-7`);
    await options.getByRole('button', { name: 'Add a site' }).click();
    await options.getByRole('status').filter({ hasText: `${ORIGIN} added` }).waitFor({ timeout: 10_000 });
    await options.locator(`li[data-origin="${ORIGIN}"][data-active="true"]`).waitFor();

    expect(await registered()).toEqual([{ id: `sla-dc:${ORIGIN}`, matches: [PATTERN], persist: true }]);
    expect(await granted()).toBe(true);
    const levels = await badgeLevels(dc, hd.jiraDc('/browse/OPS-7'), true);
    expect(levels).toContain('OPS-7:warning');
    await options.close();
    await dc.close();
  });

  it('keeps the registration across a browser restart', async () => {
    await browser.close();
    browser = await launchExtension({ hostResolverRules: hd.hostResolverRules, userDataDir: profile });
    // `persistAcrossSessions` keeps the script over a restart, but Chrome clears dynamic scripts when an extension is
    // updated; the background also re-registers stored, permitted sites whenever it starts, so either way it's back.
    await until(async () => ((await registered()).length === 1 ? [] : ['not registered after restart']), 10_000, 'registration');
    expect(await granted()).toBe(true);
    const dc = await browser.context.newPage();
    expect(await badgeLevels(dc, hd.jiraDc('/browse/OPS-7'), true)).toContain('OPS-7:warning');
    await dc.close();
  });

  it('stops the script when the permission is revoked in the browser, and resumes when it is granted again', async () => {
    await grantInExtensionsPage('removeHostPermission');
    await until(async () => ((await registered()).length === 0 ? [] : ['still registered']), 10_000, 'unregistration');
    const dc = await browser.context.newPage();
    expect(await badgeLevels(dc, hd.jiraDc('/browse/OPS-7'), false)).toEqual([]);
    await grantInExtensionsPage('addHostPermission');
    await until(async () => ((await registered()).length === 1 ? [] : ['not registered again']), 10_000, 'registration');
    expect(await badgeLevels(dc, hd.jiraDc('/browse/OPS-7'), true)).toContain('OPS-7:warning');
    await dc.close();
  });

  it('removing the site unregisters the script and gives the permission back', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html?lang=en'));
    await options.getByRole('button', { name: `Remove ${ORIGIN}` }).click();
    await until(async () => ((await registered()).length === 0 ? [] : ['still registered']), 10_000, 'unregistration');
    expect(await granted()).toBe(false);
    await options.locator(`li[data-origin="${ORIGIN}"]`).waitFor({ state: 'detached' });
    const dc = await browser.context.newPage();
    expect(await badgeLevels(dc, hd.jiraDc('/browse/OPS-7'), false)).toEqual([]);
    await options.close();
    await dc.close();
  });
});
