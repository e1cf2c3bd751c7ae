/**
 * Launch Debian's Chromium with the built extension (toolchain.md §5), and optionally the helpdesk imitation.
 *
 *   const { hd, browser } = await startHelpdeskAndBrowser();
 *   const page = await browser.context.newPage();
 *   const errors = collectPageErrors(page);
 *   await page.goto(hd.zendesk('/agent/filters/360001'));
 *   ...
 *   await browser.close(); await hd.close();
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page, type Worker } from 'playwright-core';
import { startHelpdesk, type Helpdesk } from '../helpdesk/index';
import type { FxServerOptions } from '../helpdesk/server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const BASE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--ignore-certificate-errors',
];

export interface LaunchOptions {
  /** The unpacked extension (default `.output/chrome-mv3`, built by `wxt build`). Pass null to launch without it. */
  extensionDir?: string | null;
  /** `hd.hostResolverRules` from the imitation. */
  hostResolverRules?: string;
  headless?: boolean;
  /** Default: a fresh temp dir, removed on close. */
  userDataDir?: string;
  args?: string[];
  viewport?: { width: number; height: number } | null;
  /** IANA zone for the browser (the extension's office-hours calendar uses the browser's zone). */
  timezoneId?: string;
  /** How long to wait for the extension's service worker (default 15 s). */
  serviceWorkerTimeoutMs?: number;
}

export interface LaunchedExtension {
  context: BrowserContext;
  /** The unpacked extension's id, from its service worker URL ('' when launched without the extension). */
  extensionId: string;
  serviceWorker: Worker | undefined;
  /** `chrome-extension://ID/popup.html` etc. */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's package with \`apt-get install chromium\` ` +
        '(the e2e suite never downloads browsers), or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
}

export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  assertChromium();
  const extensionDir = options.extensionDir === null ? null : resolve(options.extensionDir ?? '.output/chrome-mv3');
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir} (manifest.json missing). Run \`npx wxt build\` first.`);
  }
  const ownDataDir = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'sla-e2e-profile-'));
  const args = [
    ...BASE_CHROMIUM_ARGS,
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    ...(options.hostResolverRules ? [`--host-resolver-rules=${options.hostResolverRules}`] : []),
    ...(options.args ?? []),
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args,
    ignoreHTTPSErrors: true,
    viewport: options.viewport === undefined ? { width: 1366, height: 860 } : options.viewport,
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  let serviceWorker: Worker | undefined;
  let extensionId = '';
  const closeAll = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    if (ownDataDir) rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  if (extensionDir) {
    try {
      serviceWorker =
        context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
        (await context.waitForEvent('serviceworker', {
          predicate: (w) => w.url().startsWith('chrome-extension://'),
          timeout: options.serviceWorkerTimeoutMs ?? 15_000,
        }));
      extensionId = new URL(serviceWorker.url()).host;
    } catch (error) {
      await closeAll();
      throw new Error(`The extension's service worker did not start (${extensionDir}): ${String(error)}`);
    }
  }
  return {
    context,
    extensionId,
    serviceWorker,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: closeAll,
  };
}

export interface HelpdeskAndBrowser {
  hd: Helpdesk;
  browser: LaunchedExtension;
  /** Closes the browser, then the imitation. */
  close(): Promise<void>;
}

export async function startHelpdeskAndBrowser(
  options: { helpdesk?: FxServerOptions; launch?: Omit<LaunchOptions, 'hostResolverRules'> } = {},
): Promise<HelpdeskAndBrowser> {
  const hd = await startHelpdesk(options.helpdesk);
  try {
    const browser = await launchExtension({ ...options.launch, hostResolverRules: hd.hostResolverRules });
    return {
      hd,
      browser,
      close: async () => {
        await browser.close();
        await hd.close();
      },
    };
  } catch (error) {
    await hd.close();
    throw error;
  }
}

export interface PageErrors {
  /** Uncaught exceptions in the page (`pageerror`). */
  errors: Error[];
  /** console.error messages (favicon noise filtered out). */
  consoleErrors: string[];
  /** Throws if anything was collected. */
  assertNone(): void;
}

/** Collects uncaught page errors and console errors of `page` from now on. */
export function collectPageErrors(page: Page): PageErrors {
  const errors: Error[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (e) => errors.push(e));
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' && !/favicon/i.test(m.text())) consoleErrors.push(m.text());
  });
  return {
    errors,
    consoleErrors,
    assertNone() {
      if (errors.length > 0 || consoleErrors.length > 0) {
        throw new Error(
          `Page errors:\n${[...errors.map((e) => `pageerror: ${e.message}`), ...consoleErrors.map((c) => `console: ${c}`)].join('\n')}`,
        );
      }
    },
  };
}

/** How many late renders the imitation's page has finished (grows with every SPA navigation). */
export async function fxRenderCount(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.documentElement.dataset.fxRendered ?? 0));
}

/**
 * Waits until the imitation's page has rendered its late content (rows, anchors). After an SPA navigation pass
 * `after: await fxRenderCount(page)` taken before it.
 */
export async function waitForFxRender(page: Page, options: { after?: number; timeoutMs?: number } | number = {}): Promise<void> {
  const { after = 0, timeoutMs = 10_000 } = typeof options === 'number' ? { timeoutMs: options } : options;
  await page.waitForFunction((n) => Number(document.documentElement.dataset.fxRendered ?? 0) > n, after, { timeout: timeoutMs });
}
