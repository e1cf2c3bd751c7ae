/**
 * `npm run demo` (= `wxt build && tsx scripts/demo.ts`): the built extension in Chromium on the local helpdesk imitation.
 *
 * - With a display (`DISPLAY` set): a headed window with a Zendesk view, a Zendesk ticket, a Jira board, a JSM queue and a
 *   Jira issue; runs until Ctrl-C.
 * - Without one (or with `--headless`): opens the same pages headless, waits for `<sla-badge>` elements, saves light and
 *   dark screenshots to artifacts/demo/, prints a summary and exits 0.
 *
 * Options: `--headless`, `--keep` (headless: keep the imitation running afterwards and print how to open it),
 * `--badge-timeout=SECONDS` (default 10). `DEMO_CHROMIUM_ARGS` adds Chromium flags (space-separated).
 * Network: loopback only.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startHelpdesk, type Helpdesk } from '../tests/e2e/helpdesk/index';
import { collectPageErrors, launchExtension, type LaunchedExtension } from '../tests/e2e/support/launch';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const keep = args.includes('--keep');
const badgeTimeoutMs = Number(/--badge-timeout=(\d+)/.exec(args.join(' '))?.[1] ?? 10) * 1000;
const outDir = resolve('artifacts/demo');

interface DemoPage {
  name: string;
  title: string;
  url: string;
}

function demoPages(hd: Helpdesk): DemoPage[] {
  return [
    { name: 'zendesk-view', title: 'Zendesk view (list)', url: hd.zendesk('/agent/filters/360001') },
    { name: 'zendesk-ticket', title: 'Zendesk ticket', url: hd.zendesk('/agent/tickets/4822') },
    { name: 'jira-board', title: 'Jira board', url: hd.jira('/jira/software/projects/SUP/boards/1') },
    { name: 'jsm-queue', title: 'JSM queue', url: hd.jira('/jira/servicedesk/projects/SUP/queues/custom/3') },
    { name: 'jira-issue', title: 'Jira issue', url: hd.jira('/browse/SUP-14') },
  ];
}

function withTheme(url: string, theme: 'light' | 'dark'): string {
  const u = new URL(url);
  if (theme === 'dark') u.searchParams.set('theme', 'dark');
  return u.toString();
}

async function waitForRender(page: Page): Promise<void> {
  await page
    .waitForFunction(() => Number(document.documentElement.dataset.fxRendered ?? 0) > 0, undefined, { timeout: 10_000 })
    .catch(() => undefined);
}

/** Waits until badges appear and their count stops changing; returns count and levels ('none yet' on timeout). */
async function waitForBadges(page: Page, timeoutMs: number): Promise<{ count: number; levels: Record<string, number> }> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const count = await page.locator('sla-badge').count();
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    }
    const levels = await page.evaluate(() => {
      const out: Record<string, number> = {};
      for (const b of document.querySelectorAll('sla-badge')) {
        const l = b.getAttribute('data-level') ?? '?';
        out[l] = (out[l] ?? 0) + 1;
      }
      return out;
    });
    const settled = count > 0 && Date.now() - stableSince > 800 && !levels.loading;
    if (settled || Date.now() > deadline) return { count, levels };
    await page.waitForTimeout(200);
  }
}

function line(text = ''): void {
  process.stdout.write(`${text}\n`);
}

async function runHeaded(hd: Helpdesk, browser: LaunchedExtension, pages: DemoPage[]): Promise<void> {
  const first = browser.context.pages()[0];
  for (const [i, p] of pages.entries()) {
    const page = i === 0 && first ? first : await browser.context.newPage();
    await page.goto(p.url, { waitUntil: 'domcontentloaded' });
  }
  line('SLA Overlay demo is running in a Chromium window:');
  for (const p of pages) line(`  • ${p.title.padEnd(22)} ${p.url}`);
  line();
  line('Add ?theme=dark to any URL for the dark theme. The imitation\'s clock is real time, so countdowns move.');
  line('Press Ctrl-C to stop.');
  await new Promise<void>((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
    browser.context.once('close', () => done());
  });
}

async function runHeadless(hd: Helpdesk, browser: LaunchedExtension, pages: DemoPage[]): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  line('No display: running headless. These hostnames resolve only inside the demo\'s Chromium:');
  for (const p of pages) line(`  • ${p.title.padEnd(22)} ${p.url}`);
  line();
  const results: { page: DemoPage; theme: string; count: number; levels: Record<string, number>; errors: number; shot: string }[] = [];
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    for (const p of pages) {
      const before = errors.errors.length;
      await page.goto(withTheme(p.url, theme));
      await waitForRender(page);
      const { count, levels } = await waitForBadges(page, badgeTimeoutMs);
      const shot = resolve(outDir, `${p.name}-${theme}.png`);
      await page.screenshot({ path: shot });
      results.push({ page: p, theme, count, levels, errors: errors.errors.length - before, shot });
      const lv = Object.entries(levels).map(([k, v]) => `${k} ${v}`).join(', ');
      line(`  ${theme.padEnd(5)} ${p.title.padEnd(22)} ${count > 0 ? `${count} badge${count === 1 ? '' : 's'} (${lv})` : `no badges after ${badgeTimeoutMs / 1000}s`}`);
    }
  }
  try {
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup.waitForTimeout(800);
    await popup.screenshot({ path: resolve(outDir, 'popup.png') });
    await popup.close();
  } catch {
    // The popup is optional for the demo.
  }
  line();
  const total = results.filter((r) => r.theme === 'light').reduce((n, r) => n + r.count, 0);
  if (total === 0) {
    line('No <sla-badge> appeared yet. The overlay may still be in progress: the pages and screenshots are there anyway.');
  } else {
    line(`${total} badges on ${results.filter((r) => r.theme === 'light' && r.count > 0).length} of ${pages.length} pages (light theme).`);
  }
  const pageErrors = results.reduce((n, r) => n + r.errors, 0);
  if (pageErrors > 0) line(`Note: ${pageErrors} uncaught page error(s): ${errors.errors.map((e) => e.message).slice(0, 3).join(' | ')}`);
  line(`Screenshots (light and dark): ${outDir}/`);
  line('To watch it live, run `npm run demo` where a display is available (DISPLAY set), or under `xvfb-run` with a VNC viewer.');
}

async function main(): Promise<void> {
  const hd = await startHelpdesk({ port: keep ? 8443 : 0 });
  let browser: LaunchedExtension | undefined;
  try {
    const extraArgs = (process.env.DEMO_CHROMIUM_ARGS ?? '').split(/\s+/).filter(Boolean);
    browser = await launchExtension({ hostResolverRules: hd.hostResolverRules, headless, args: extraArgs, viewport: headless ? undefined : null });
    line(`SLA Overlay ${headless ? '(headless)' : ''} — extension ${browser.extensionId} loaded; helpdesk imitation on 127.0.0.1:${hd.port}`);
    line();
    const pages = demoPages(hd);
    if (headless) await runHeadless(hd, browser, pages);
    else await runHeaded(hd, browser, pages);
    if (headless && keep) {
      line();
      line('The imitation keeps running (Ctrl-C to stop). Open it in your own Chromium with:');
      line(`  chromium --host-resolver-rules="${hd.hostResolverRules}" --ignore-certificate-errors \\`);
      line(`    --load-extension=${resolve('.output/chrome-mv3')} ${pages[0]!.url}`);
      await browser.close();
      browser = undefined;
      await new Promise<void>((done) => process.once('SIGINT', () => done()));
    }
  } finally {
    await browser?.close();
    await hd.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
