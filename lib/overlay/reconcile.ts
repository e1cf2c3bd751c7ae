/**
 * Makes the page hold exactly one badge per placement: reuse the badge already in a host, re-key it when the host
 * was recycled for another ticket, put it back when the helpdesk re-rendered it away, and remove orphans.
 * Idempotent: a second run over the same placements writes nothing, so our own insertions settle the observers.
 */
import type { BadgePlacement } from '../adapters/types';
import { BADGE_TAG, badgeControllerOf, type BadgeController } from './sla-badge';

export interface ReconcileHooks {
  create(placement: BadgePlacement): BadgeController;
  /** A badge started showing its key (new, or re-keyed from another ticket). */
  attached(badge: BadgeController, placement: BadgePlacement): void;
  /** A badge stops showing its key (re-keyed away or removed). */
  detached(badge: BadgeController): void;
  /** Keys that must have no badge (the helpdesk answered 404). */
  hidden?(key: string): boolean;
}

export interface ReconcileResult {
  created: number;
  rekeyed: number;
  moved: number;
  removed: number;
}

function isPlaced(badge: Element, p: BadgePlacement): boolean {
  // Parent equality, not exact sibling order: React may slot its own nodes next to ours, and fighting it would loop.
  const parent = p.position === 'before' || p.position === 'after' ? p.anchor.parentNode : p.anchor;
  return badge.parentNode === parent && p.host.contains(badge);
}

function place(badge: Element, p: BadgePlacement): void {
  if (p.position === 'before') p.anchor.before(badge);
  else if (p.position === 'after') p.anchor.after(badge);
  else if (p.position === 'prepend') p.anchor.prepend(badge);
  else p.anchor.append(badge);
}

/** Removes `<sla-badge>` elements in `host` that no controller of ours owns (left by an older content script). */
function removeForeign(host: Element): void {
  for (const el of host.querySelectorAll(BADGE_TAG)) if (!badgeControllerOf(el)) el.remove();
}

export function reconcile(
  placements: readonly BadgePlacement[],
  registry: Map<Element, BadgeController>,
  hooks: ReconcileHooks,
): ReconcileResult {
  const result: ReconcileResult = { created: 0, rekeyed: 0, moved: 0, removed: 0 };
  const wanted = new Set<Element>();
  for (const p of placements) {
    if (wanted.has(p.host) || hooks.hidden?.(p.key)) continue;
    wanted.add(p.host);
    let badge = registry.get(p.host);
    if (!badge) {
      removeForeign(p.host);
      badge = hooks.create(p);
      registry.set(p.host, badge);
      place(badge.host, p);
      hooks.attached(badge, p);
      result.created++;
      continue;
    }
    if (badge.key !== p.key) {
      hooks.detached(badge);
      badge.rekey(p.key);
      hooks.attached(badge, p);
      result.rekeyed++;
    }
    if (!isPlaced(badge.host, p)) {
      place(badge.host, p);
      result.moved++;
    }
  }
  for (const [host, badge] of registry) {
    if (wanted.has(host)) continue;
    registry.delete(host);
    hooks.detached(badge);
    badge.destroy();
    result.removed++;
  }
  return result;
}
