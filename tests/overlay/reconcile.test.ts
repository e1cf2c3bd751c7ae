import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BadgePlacement } from '../../lib/adapters/types';
import { overlayMessages } from '../../lib/overlay/messages';
import { reconcile, type ReconcileHooks } from '../../lib/overlay/reconcile';
import { badgeControllerOf, createBadge, type BadgeController } from '../../lib/overlay/sla-badge';
import { fakeAdapter, fakeClient, PAGE, ready, renderRows, sla } from './fixtures';

const adapter = fakeAdapter(fakeClient());
const placements = () => adapter.findPlacements(document, PAGE);
const badges = () => [...document.querySelectorAll('sla-badge')];

function setup(hidden: string[] = []) {
  const registry = new Map<Element, BadgeController>();
  const hooks: ReconcileHooks = {
    create: (p: BadgePlacement) => createBadge(document, { helpdesk: 'zendesk', key: p.key, messages: overlayMessages('en'), theme: 'light' }),
    attached: vi.fn(),
    detached: vi.fn(),
    hidden: (key) => hidden.includes(key),
  };
  return { registry, hooks, run: () => reconcile(placements(), registry, hooks) };
}

afterEach(() => document.body.replaceChildren());

describe('reconcile', () => {
  it('puts exactly one badge in each placement', () => {
    renderRows(document, ['1', '2', '3']);
    const { run } = setup();
    expect(run()).toMatchObject({ created: 3, removed: 0 });
    expect(badges().map((b) => b.getAttribute('data-key'))).toEqual(['1', '2', '3']);
    expect(document.querySelectorAll('tr td.subject > sla-badge')).toHaveLength(3);
  });

  it('is idempotent: a second run writes nothing', () => {
    renderRows(document, ['1', '2']);
    const { run } = setup();
    run();
    const seen: MutationRecord[] = [];
    const mo = new MutationObserver((r) => seen.push(...r));
    mo.observe(document.body, { subtree: true, childList: true, attributes: true });
    expect(run()).toEqual({ created: 0, rekeyed: 0, moved: 0, removed: 0 });
    expect(mo.takeRecords()).toHaveLength(0);
    expect(badges()).toHaveLength(2);
  });

  it('re-keys a recycled row and resets it to loading', () => {
    renderRows(document, ['1', '2']);
    const { run, hooks } = setup();
    run();
    const row = document.querySelector('tr[data-key="2"]')!;
    const badge = row.querySelector('sla-badge')!;
    badgeControllerOf(badge)!.update(ready(sla()));
    expect(badge.getAttribute('data-level')).toBe('ok');
    row.setAttribute('data-key', '9');
    expect(run()).toMatchObject({ rekeyed: 1, created: 0 });
    expect(row.querySelector('sla-badge')).toBe(badge);
    expect(badge.getAttribute('data-key')).toBe('9');
    expect(badge.getAttribute('data-level')).toBe('loading');
    expect(hooks.detached).toHaveBeenCalledTimes(1);
  });

  it('puts back a badge the helpdesk re-rendered away, without duplicating it', () => {
    renderRows(document, ['1']);
    const { run } = setup();
    run();
    const cell = document.querySelector('td.subject')!;
    cell.textContent = 'Re-rendered subject'; // drops our badge, as React does
    expect(run()).toMatchObject({ moved: 1, created: 0 });
    expect(cell.querySelectorAll('sla-badge')).toHaveLength(1);
  });

  it('removes orphans whose row is gone, and badges for hidden (404) keys', () => {
    renderRows(document, ['1', '2', '3']);
    const hidden: string[] = [];
    const { run } = setup(hidden);
    run();
    document.querySelector('tr[data-key="3"]')!.remove();
    hidden.push('2');
    expect(run()).toMatchObject({ removed: 2 });
    expect(badges().map((b) => b.getAttribute('data-key'))).toEqual(['1']);
  });

  it('removes sla-badges nobody owns (left by an older content script)', () => {
    renderRows(document, ['1']);
    document.querySelector('td.subject')!.append(document.createElement('sla-badge'));
    setup().run();
    expect(badges()).toHaveLength(1);
  });

  it('handles 500 rows, and a second pass changes nothing', () => {
    // Timing is not asserted here: happy-dom is far slower than Chromium. The 150 ms budget is measured in e2e.
    renderRows(document, Array.from({ length: 500 }, (_, i) => String(i + 1)));
    const { run } = setup();
    expect(run().created).toBe(500);
    expect(run()).toEqual({ created: 0, rekeyed: 0, moved: 0, removed: 0 });
    expect(badges()).toHaveLength(500);
  });
});
