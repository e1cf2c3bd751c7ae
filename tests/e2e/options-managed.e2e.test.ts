/**
 * Organisation-managed policy, end to end: Chromium runs with an enterprise policy for the extension (a JSON file
 * in Chromium's managed-policy folder, `3rdparty.extensions.<id>`, addressed by the fixed id the manifest `key`
 * gives; see docs/managed-policy.md). The options page turns read-only and says so, the badge on an open ticket
 * follows the managed policy, and an invalid update is reported while the last good policy stays in force.
 *
 * Writing /etc/chromium/policies/managed needs root (the e2e environment runs as root); the file is removed after.
 */
import { accessSync, constants, existsSync, mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultPolicy } from '../../lib/policy/create-default-policy';
import type { Policy } from '../../lib/policy/types';
import { collectPageErrors, startHelpdeskAndBrowser, waitForFxRender, type HelpdeskAndBrowser } from './support/launch';
import { ensureBuilt, ZONE } from './overlay-helpers';
import { badgeDue, openOptions, screenshot, type ChromeGlobal } from './options-support';

/** The id the manifest's public `key` fixes (docs/managed-policy.md). */
const EXTENSION_ID = 'filadfbponlbjkpfbfkckgldfppkmbdb';
const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/sla-overlay-e2e.json`;

// Folders this suite creates, so it removes exactly those (and only when empty) afterwards.
const createdDirs = [POLICY_DIR, dirname(POLICY_DIR)].filter((dir) => !existsSync(dir));

function canWritePolicies(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const writable = canWritePolicies();

function managedPolicy(): Policy {
  const policy = createDefaultPolicy(ZONE);
  policy.name = 'Org SLA (managed)';
  policy.tiers[0]!.targets.firstResponse = { minutes: 120, calendar: '24x7' };
  return policy;
}

function deploy(policy: unknown): void {
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: { policy } } } }, null, 2));
}

let env: HelpdeskAndBrowser;
let options: Page;

/** Ticket 4821 (P1, no reply yet) is due 2 h after creation under the managed policy. */
function managedDue(): number {
  const seed = env.hd.control.tickets('zendesk').find((t) => t.key === '4821')!;
  return seed.facts.createdAt + 120 * 60_000;
}

/** The helpdesk pages carry whole seconds, so the badge's instant is within a second of the seed's. */
function near(iso: string, expected: number): boolean {
  return Math.abs(Date.parse(iso) - expected) < 1000;
}
let ticket: Page;

describe.skipIf(!writable)('managed policy (Chromium enterprise policy)', () => {
  beforeAll(async () => {
    ensureBuilt();
    deploy(managedPolicy());
    env = await startHelpdeskAndBrowser({ launch: { timezoneId: ZONE, viewport: { width: 1440, height: 900 } } });
    expect(env.browser.extensionId).toBe(EXTENSION_ID);
  });

  afterAll(async () => {
    await env?.close();
    rmSync(POLICY_FILE, { force: true });
    for (const dir of createdDirs) {
      try {
        rmdirSync(dir);
      } catch {
        // Not empty (another policy appeared meanwhile) or already gone: leave it.
      }
    }
  });

  it('Chromium hands the policy to the extension through storage.managed', async () => {
    const managed = await env.browser.serviceWorker!.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.storage.managed.get(null));
    expect(managed).toMatchObject({ policy: { name: 'Org SLA (managed)' } });
  });

  it('the options page is read-only and says the organisation manages the policy', async () => {
    options = await env.browser.context.newPage();
    const errors = collectPageErrors(options);
    await openOptions(options, env.browser.extensionUrl('options.html'));
    await options.getByTestId('managed-notice').waitFor();
    expect(await options.getByTestId('storage-status').textContent()).toContain('Set by your organisation');
    expect(await options.getByRole('button', { name: 'Save', exact: true }).isDisabled()).toBe(true);
    const target = options.getByRole('textbox', { name: 'First response target for P1 · Critical' });
    expect(await target.inputValue()).toBe('2 h');
    expect(await target.isDisabled()).toBe(true);
    expect(await options.getByRole('textbox', { name: 'Policy name' }).inputValue()).toBe('Org SLA (managed)');
    await screenshot(options, 'options-managed-en');
    errors.assertNone();
  });

  it("an open ticket's badge follows the managed policy", async () => {
    ticket = await env.browser.context.newPage();
    await ticket.goto(env.hd.zendesk('/agent/tickets/4821'));
    await waitForFxRender(ticket);
    const due = await badgeDue(ticket, '4821', (value) => near(value, managedDue()));
    expect(near(due, managedDue())).toBe(true);
  });

  it('an invalid update is reported and the last good managed policy stays in force', async () => {
    const broken = managedPolicy();
    broken.name = 'Org SLA (broken)';
    broken.escalation = { warningAt: 90, criticalAt: 10 };
    broken.tiers[0]!.targets.firstResponse = { minutes: 5, calendar: '24x7' };
    deploy(broken);
    // Chromium re-reads the policy folder when it changes (after a short settle delay); chrome://policy's
    // "Reload policies" makes that immediate.
    const policyPage = await env.browser.context.newPage();
    await policyPage.goto('chrome://policy');
    await policyPage.getByRole('button', { name: /reload policies/i }).click().catch(() => undefined);
    await policyPage.close();

    await options.getByTestId('managed-invalid').waitFor({ timeout: 20_000 });
    const notice = (await options.getByTestId('managed-invalid').locator('..').textContent()) ?? '';
    expect(notice).toContain('last valid managed policy stays in force');
    expect(notice).toMatch(/escalation\.(warningAt|criticalAt)|escalation/);
    expect(await options.getByRole('textbox', { name: 'Policy name' }).inputValue()).toBe('Org SLA (managed)');
    await screenshot(options, 'options-managed-invalid-en');

    // The badge still counts 2 h, not the broken document's 5 min.
    await ticket.waitForTimeout(1000);
    expect(near(await badgeDue(ticket, '4821'), managedDue())).toBe(true);
  });
});
