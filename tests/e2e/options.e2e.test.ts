/**
 * The policy editor in real Chromium: an edit saved in the options page reaches an open Zendesk ticket page live
 * (the badge's `data-due` moves, no reload), the page follows the browser's language, and screenshots of both
 * languages (and the dark theme) land in artifacts/screenshots/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchExtension, startHelpdeskAndBrowser, waitForFxRender, type HelpdeskAndBrowser } from './support/launch';
import { ensureBuilt, ZONE } from './overlay-helpers';
import { badgeDue, openOptions, screenshot, type ChromeGlobal } from './options-support';

let env: HelpdeskAndBrowser;

beforeAll(async () => {
  ensureBuilt();
  env = await startHelpdeskAndBrowser({ launch: { timezoneId: ZONE, viewport: { width: 1440, height: 900 } } });
});

afterAll(async () => {
  await env?.close();
});

describe('options page → live badge', () => {
  it("editing P1's first-response target moves the open ticket's data-due without a reload", async () => {
    const ticket = await env.browser.context.newPage();
    const ticketErrors = collectPageErrors(ticket);
    await ticket.goto(env.hd.zendesk('/agent/tickets/4821'));
    await waitForFxRender(ticket);
    const before = await badgeDue(ticket, '4821');
    // A marker that a reload would wipe.
    await ticket.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

    const options = await env.browser.context.newPage();
    const optionsErrors = collectPageErrors(options);
    await openOptions(options, env.browser.extensionUrl('options.html'));
    const target = options.getByRole('textbox', { name: 'First response target for P1 · Critical' });
    expect(await target.inputValue()).toBe('15 min');
    await target.fill('1 h');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByTestId('save-status').filter({ hasText: 'Saved at' }).waitFor();
    expect(await options.getByTestId('storage-status').textContent()).toContain('browser sync');

    const after = await badgeDue(ticket, '4821', (due) => due !== before);
    expect(Date.parse(after) - Date.parse(before)).toBe(45 * 60_000);
    expect(await ticket.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);

    // The stored policy is the chunk-free sync envelope with the new value.
    const stored = await env.browser.serviceWorker!.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.storage.sync.get(null));
    expect(Object.keys(stored).sort()).toEqual(['policy:a:0', 'policy:meta']);
    ticketErrors.assertNone();
    optionsErrors.assertNone();
    await ticket.close();
    await options.close();
  });

  it('keeps unsaved edits across a reload and blocks Save on an invalid value', async () => {
    const page = await env.browser.context.newPage();
    await openOptions(page, env.browser.extensionUrl('options.html'));
    const target = page.getByRole('textbox', { name: 'Resolution target for P2 · High' });
    await target.fill('whenever');
    await page.getByText('Write a number and a unit').first().waitFor();
    expect(await page.getByRole('button', { name: 'Save', exact: true }).isDisabled()).toBe(true);
    await page.waitForTimeout(300);
    await page.reload();
    await page.waitForSelector('#tiers');
    expect(await page.getByRole('textbox', { name: 'Resolution target for P2 · High' }).inputValue()).toBe('whenever');
    await screenshot(page, 'options-en-validation');
    await page.getByRole('button', { name: 'Discard changes' }).click();
    expect(await page.getByRole('textbox', { name: 'Resolution target for P2 · High' }).inputValue()).toBe('8 h');
    await page.close();
  });

  it('drags a tier by its handle to a new place', async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 1600 });
    await openOptions(page, env.browser.extensionUrl('options.html'));
    const order = () => page.locator('tr[data-tier-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-tier-id')));
    expect(await order()).toEqual(['p1', 'vip', 'p2', 'p3', 'p4']);
    const handle = (await page.getByRole('button', { name: /Reorder P4 · Low/ }).boundingBox())!;
    const target = (await page.locator('tr[data-tier-id="vip"]').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + 10, handle.y - 40, { steps: 5 });
    await page.mouse.move(target.x + 40, target.y + 20, { steps: 10 });
    await page.mouse.up();
    await expect.poll(order).toEqual(['p1', 'p4', 'vip', 'p2', 'p3']);
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await page.close();
  });

  it('screenshots: English, light and dark', async () => {
    const page = await env.browser.context.newPage();
    await openOptions(page, env.browser.extensionUrl('options.html'));
    await page.waitForTimeout(300);
    await screenshot(page, 'options-en');
    await screenshot(page, 'options-en-full', { fullPage: true });
    await page.locator('#calendars').scrollIntoViewIfNeeded();
    await screenshot(page, 'options-en-calendars');
    await page.locator('#preview').scrollIntoViewIfNeeded();
    await screenshot(page, 'options-en-preview');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'options-en-dark');
    await page.close();
  });
});

describe('language follows the browser', () => {
  let zh: Awaited<ReturnType<typeof launchExtension>>;
  let page: Page;
  let uiLanguage = '';

  beforeAll(async () => {
    // Chromium on Linux takes its UI language from LANGUAGE (the --lang flag is Windows-only), and needs the
    // chromium-l10n package for any language but en-US. Playwright hands process.env to the browser.
    const saved = process.env.LANGUAGE;
    process.env.LANGUAGE = 'zh_CN';
    try {
      zh = await launchExtension({ timezoneId: ZONE, viewport: { width: 1440, height: 900 } });
    } finally {
      if (saved === undefined) delete process.env.LANGUAGE;
      else process.env.LANGUAGE = saved;
    }
    uiLanguage = await zh.serviceWorker!.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.i18n.getUILanguage());
    page = await zh.context.newPage();
  });

  afterAll(async () => {
    await zh?.close();
  });

  it('a Chinese browser gets the Chinese editor, with Chinese dates and durations', async () => {
    if (!uiLanguage.startsWith('zh')) {
      // Without chromium-l10n the browser cannot run in Chinese; the page's ?lang override still checks the rest.
      console.warn(`[e2e] Chromium's UI language is ${uiLanguage} (is chromium-l10n installed?); using ?lang=zh-CN`);
    }
    await openOptions(page, zh.extensionUrl(uiLanguage.startsWith('zh') ? 'options.html' : 'options.html?lang=zh-CN'));
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('SLA 策略');
    expect(await page.getByRole('textbox', { name: 'P3 · Normal 的解决目标' }).inputValue()).toBe('3 个工作日');
    expect(await page.getByTestId('preview-result').textContent()).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    await page.waitForTimeout(300);
    await screenshot(page, 'options-zh-CN');
    await screenshot(page, 'options-zh-CN-full', { fullPage: true });
    await page.locator('#calendars').scrollIntoViewIfNeeded();
    await screenshot(page, 'options-zh-CN-calendars');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'options-zh-CN-dark');
    // A rule across fields (parsePolicy's own check, not the field's parser) is explained in Chinese too.
    await page.getByLabel('预警阈值', { exact: true }).fill('90');
    await page.getByText('严重阈值（75%）须高于预警阈值（90%）。').first().waitFor();
    expect(await page.getByRole('button', { name: '保存', exact: true }).isDisabled()).toBe(true);
  });
});
