/**
 * Shared by the options page's end-to-end suites: opening the editor, waiting for the badge of one ticket, and
 * screenshots into artifacts/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { readBadges } from './overlay-helpers';

export const SCREENSHOTS = resolve('artifacts/screenshots');

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false });
  return path;
}

/** Opens the options page and waits until the editor has loaded the saved and managed policies. */
export async function openOptions(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('#tiers', { timeout: 15_000 });
}

/** The `data-due` of a ticket's badge once it has one (ISO instant), polling until `accept` says yes. */
export async function badgeDue(page: Page, key: string, accept: (due: string) => boolean = () => true, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last: string | null = null;
  while (Date.now() < deadline) {
    const { badges } = await readBadges(page);
    last = badges.find((badge) => badge.key === key)?.due ?? null;
    if (last && accept(last)) return last;
    await page.waitForTimeout(150);
  }
  throw new Error(`badge ${key}: data-due ${String(last)} not accepted within ${timeoutMs} ms`);
}

/** The part of the `chrome` global the suites call inside the browser (the callbacks run there, not in Node). */
export interface ChromeGlobal {
  chrome: {
    storage: Record<'sync' | 'local' | 'managed', { get(keys: null): Promise<Record<string, unknown>> }>;
    i18n: { getUILanguage(): string };
  };
}
