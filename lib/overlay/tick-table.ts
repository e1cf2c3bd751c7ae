/**
 * What a tick reads, one slot per badge in view, kept apart from the store so a tick is one tight loop.
 *
 * OVERLAY.md allows a tick over 500 badges 2 ms of script. Each badge's one required DOM write
 * (`data-remaining-ms`) takes ~2 µs of that on the CI machine, so everything else must be close to free. Walking
 * the store's entries, their badge sets and each badge's closure state, cold after every layout, cost another
 * 0.3–0.5 ms a tick. A slot holds only the numbers a tick needs and the host it writes to: the loop computes,
 * compares and writes, and calls into the badge only when its text changes (~4% of writes).
 *
 * The store keeps the slots current: it `set`s them after every full render of a ticket, so a tick only moves
 * countdowns, and hands a slot back (`onDue`) once its numbers may no longer hold.
 */
import { textUnit } from './format-remaining';
import { secondsFor } from './project-sla';
import type { BadgeController } from './sla-badge';
import type { Cadence } from './ticker';

export interface TickSlot {
  /** When the badge's countdown reaches zero; NaN when it does not move (paused, waiting, finished, no data). */
  zeroAt: number;
  /** The numbers hold from `since` until just before `until`; outside that the tick hands the slot back. */
  since: number;
  until: number;
  /** The remaining ms the badge shows now, rounded as written (NaN when it shows none). */
  shown: number;
}

export interface TickTable<Owner> {
  /** A badge (showing `owner`'s ticket) came into view: it gets a slot, due at the next tick until `set`. */
  show(badge: BadgeController, owner: Owner): void;
  /** The badge left the view or the page; returns whether it was in view. */
  hide(badge: BadgeController): boolean;
  has(badge: BadgeController): boolean;
  /** New numbers for a badge in view (after every full render of its ticket); ignores badges out of view. */
  set(badge: BadgeController, slot: TickSlot): void;
  /**
   * One tick at `now`: a slot whose numbers no longer hold goes to `onDue` first, which must `set` it again (and
   * may not hide badges); then every moving countdown is written where its rounded value changed. Returns the
   * cadence the slots need: every second while any moving countdown is within the hour of breach (`secondsFor`).
   */
  run(now: number, onDue: (owner: Owner, now: number) => void): Cadence;
  size(): number;
}

interface Slot<Owner> extends TickSlot {
  host: HTMLElement;
  badge: BadgeController;
  owner: Owner;
  /** `textUnit` of the text shown: while it stands, a tick writes only data-remaining-ms. */
  unit: number;
}

export function createTickTable<Owner>(): TickTable<Owner> {
  // Insertion-ordered, so a tick walks the slots in one pass over the map's entries.
  const slots = new Map<BadgeController, Slot<Owner>>();
  return {
    show(badge, owner) {
      if (slots.has(badge)) return;
      // Every slot gets every field up front, as numbers: one object shape, so the tick loop's reads stay fast.
      const due = { zeroAt: Number.NaN, since: -Infinity, until: -Infinity, shown: Number.NaN, unit: Number.NaN };
      slots.set(badge, { host: badge.host, badge, owner, ...due });
    },
    hide: (badge) => slots.delete(badge),
    has: (badge) => slots.has(badge),
    set(badge, { zeroAt, since, until, shown }) {
      const slot = slots.get(badge);
      if (!slot) return;
      Object.assign(slot, { zeroAt, since, until, shown, unit: Number.isFinite(shown) ? textUnit(shown) : Number.NaN });
    },
    run(now, onDue) {
      let cadence: Cadence = 'minute';
      for (const slot of slots.values()) {
        if (now >= slot.until || now < slot.since) onDue(slot.owner, now);
        if (Number.isNaN(slot.zeroAt)) continue;
        const remaining = Math.round(slot.zeroAt - now);
        if (secondsFor(remaining)) cadence = 'second';
        if (remaining === slot.shown) continue;
        slot.shown = remaining;
        const unit = textUnit(remaining);
        if (unit === slot.unit) {
          slot.host.setAttribute('data-remaining-ms', `${remaining}`);
        } else {
          // The text changes too ("12m" to "11m"): the badge redraws it and its sentence.
          slot.unit = unit;
          slot.badge.countdown(remaining);
        }
      }
      return cadence;
    },
    size: () => slots.size,
  };
}
