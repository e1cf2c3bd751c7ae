import { chromium } from 'playwright-core';
import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
const EXT = '/tmp/probe-ext';
const extra = process.argv.slice(2);
const ctx = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'probe-')), {
  executablePath: '/usr/bin/chromium', headless: true,
  args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--disable-gpu', ...extra],
});
let sw = ctx.serviceWorkers()[0] ?? await ctx.waitForEvent('serviceworker');
const id = new URL(sw.url()).host;
console.log('id', id);
// notifications
const nid = await sw.evaluate(() => chrome.notifications.create('n1', { type: 'basic', iconUrl: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', title: 't', message: 'm' }).then(String, e => 'ERR ' + e.message));
console.log('created', nid);
console.log('getAll', JSON.stringify(await sw.evaluate(() => chrome.notifications.getAll())));
// permissions
const page = await ctx.newPage();
await page.goto(`chrome-extension://${id}/options.html`);
await page.click('#b');
await page.waitForTimeout(1500);
console.log('title after request', await page.title());
console.log('contains', await sw.evaluate(() => chrome.permissions.contains({ origins: ['https://jira.corp.test/*'] })));
// kill SW via CDP
const cdp = await ctx.browser()?.newBrowserCDPSession?.().catch(() => null);
console.log('browser cdp', !!cdp);
await ctx.close();
