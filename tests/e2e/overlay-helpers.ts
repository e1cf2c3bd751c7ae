/**
 * Shared by the overlay's end-to-end suites: build-once, reading `<sla-badge>` attributes from the page, and the
 * expected attributes for a seeded ticket from the engine itself.
 */
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { levelOf } from '../../lib/overlay/badge-view';
import { createDefaultPolicy, evaluateTicket } from '../../lib/sla/index';
import type { TicketFacts } from '../../lib/sla/types';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
/** The agent's zone in the browser (Playwright emulation) and for the expected values. */
export const ZONE = 'Asia/Shanghai';

let built = false;
/** Builds the extension once per run unless a fresh build exists (the e2e path always runs on a build). */
export function ensureBuilt(): void {
  if (built) return;
  const manifest = resolve(EXTENSION_DIR, 'manifest.json');
  const fresh = existsSync(manifest) && Date.now() - statSync(manifest).mtimeMs < 10 * 60_000 && !process.env.E2E_REBUILD;
  if (!fresh) execSync('npx wxt build', { stdio: 'inherit' });
  built = true;
}

export interface BadgeAttrs {
  key: string;
  helpdesk: string | null;
  level: string | null;
  metric: string | null;
  due: string | null;
  remainingMs: string | null;
  source: string | null;
  title: string | null;
  /** The pill's text. */
  text: string;
  /** `<img>` elements inside the badge or its shadow root (ticket text turned markup). */
  imgs: number;
  /** Whether the badge is in the viewport. */
  visible: boolean;
}

/** Every badge on the page with the page's clock at the moment of reading. */
export async function readBadges(page: Page, scope?: string): Promise<{ now: number; badges: BadgeAttrs[] }> {
  return page.evaluate((sel) => {
    const root: ParentNode = sel ? (document.querySelector(sel) ?? document) : document;
    const badges = [...root.querySelectorAll('sla-badge')].map((b) => ({
      key: b.getAttribute('data-key') ?? '',
      helpdesk: b.getAttribute('data-helpdesk'),
      level: b.getAttribute('data-level'),
      metric: b.getAttribute('data-metric'),
      due: b.getAttribute('data-due'),
      remainingMs: b.getAttribute('data-remaining-ms'),
      source: b.getAttribute('data-source'),
      title: b.getAttribute('title'),
      text: b.shadowRoot?.querySelector('.pill')?.getAttribute('data-text') ?? '', // drawn by the pill's ::after
      imgs: b.querySelectorAll('img').length + (b.shadowRoot?.querySelectorAll('img').length ?? 0),
      visible: (() => {
        const r = b.getBoundingClientRect();
        return r.width > 0 && r.bottom > 0 && r.top < innerHeight;
      })(),
    }));
    return { now: Date.now(), badges };
  }, scope ?? null);
}

export interface Expected {
  level: string;
  metric: string | null;
  due: number | null;
  source: string;
}

export function expectedFor(facts: TicketFacts, now: number, zone = ZONE): Expected {
  const sla = evaluateTicket(createDefaultPolicy(zone), facts, now);
  return { level: levelOf(sla), metric: sla.next?.metric ?? null, due: sla.next?.dueAt ?? null, source: sla.source };
}

/** Differences between a badge and the engine's answer; empty when they agree (due within 2 s). */
export function mismatch(badge: BadgeAttrs, facts: TicketFacts, now: number): string[] {
  const want = expectedFor(facts, now);
  const out: string[] = [];
  if (badge.level !== want.level) out.push(`level ${badge.level} ≠ ${want.level}`);
  if (badge.metric !== want.metric) out.push(`metric ${badge.metric} ≠ ${want.metric}`);
  if (badge.source !== want.source) out.push(`source ${badge.source} ≠ ${want.source}`);
  const due = badge.due === null ? null : Date.parse(badge.due);
  if ((due === null) !== (want.due === null) || (due !== null && want.due !== null && Math.abs(due - want.due) > 2_000)) {
    out.push(`due ${badge.due} ≠ ${want.due === null ? null : new Date(want.due).toISOString()}`);
  }
  return out.map((m) => `${badge.key}: ${m}`);
}

/** Polls until `check` returns no problems, or throws with the last problems. */
export async function until(check: () => Promise<string[]>, timeoutMs = 10_000, label = 'condition'): Promise<void> {
  const start = Date.now();
  let last: string[] = [];
  while (Date.now() - start < timeoutMs) {
    last = await check();
    if (last.length === 0) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${label} not met after ${timeoutMs} ms:\n${last.slice(0, 25).join('\n')}`);
}

/**
 * Chromium answers the first `storage.managed` read of a browser session only after ~3 s (its policy service
 * starting up; later reads take milliseconds), and the active policy waits for it. Suites open one page first so
 * timing figures measure the overlay, not browser start-up.
 */
export async function warmUp(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(url);
  await page
    .waitForFunction(() => document.querySelector('sla-badge[data-source]') !== null, undefined, { timeout: 15_000 })
    .catch(() => undefined);
  await page.close();
}
