/**
 * The popover behind a badge: metric, absolute due time in the agent's zone, tiers and the engine's explanation.
 * Built only when shown (hover or keyboard focus), so 500 rows don't carry 500 hidden trees. Every ticket-derived
 * string goes in through textContent.
 */
import type { BadgeState } from './badge-view';
import type { OverlayMessages } from './messages';

// Intl rather than date-fns `format`: the formatter and its locale data already live in the browser, and date-fns
// would add ~6 KB gzipped to a content script with a 25 KB budget. No `timeZone` option: the agent's own zone.
let dueFormat: Intl.DateTimeFormat | undefined;
function formatDue(at: number): string {
  dueFormat ??= new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  return dueFormat.format(at);
}

function line(doc: Document, text: string, tag = 'span'): HTMLElement {
  const el = doc.createElement(tag);
  el.className = 'row';
  el.textContent = text;
  return el;
}

/** Replaces the tooltip's children with the facts for `state`. `heading` is the badge's accessible sentence. */
export function fillTooltip(tip: HTMLElement, state: BadgeState, heading: string, t: OverlayMessages): void {
  const doc = tip.ownerDocument;
  const parts: HTMLElement[] = [line(doc, heading, 'b')];
  if (state.status === 'ready') {
    const { sla } = state;
    const next = sla.next;
    if (next?.dueAt != null) {
      parts.push(line(doc, `${t.due}: ${formatDue(next.dueAt)}`));
    }
    if (sla.tier) parts.push(line(doc, `${t.tier}: ${sla.tier.name}`));
    if (sla.customerTier) parts.push(line(doc, `${t.customerTier}: ${sla.customerTier.name}`));
    parts.push(line(doc, t.source[sla.source]));
    if (sla.explanation.length > 0) {
      const list = doc.createElement('ul');
      for (const reason of sla.explanation) list.append(line(doc, reason, 'li'));
      parts.push(list);
    }
  }
  tip.replaceChildren(...parts);
}

/** Places a fixed-position tip under the host, or above it when there is no room below. */
export function positionTooltip(tip: HTMLElement, host: Element): void {
  const rect = host.getBoundingClientRect();
  const view = host.ownerDocument.defaultView;
  const height = tip.offsetHeight;
  const width = tip.offsetWidth;
  const below = rect.bottom + 4;
  const top = view && below + height > view.innerHeight ? Math.max(4, rect.top - height - 4) : below;
  const left = view ? Math.max(4, Math.min(rect.left, view.innerWidth - width - 4)) : rect.left;
  tip.style.top = `${Math.round(top)}px`;
  tip.style.left = `${Math.round(left)}px`;
}

export interface Tooltip {
  show(): void;
  hide(): void;
  /** Re-fills an open tooltip (the badge changed) and re-applies the theme. */
  refresh(): void;
}

/**
 * The tooltip element of one badge, created on first show. A `popover` where supported: the top layer escapes
 * the row's overflow clipping and the helpdesk's z-index stacks; else a fixed-position box.
 */
export function createTooltip(
  shadow: ShadowRoot,
  host: HTMLElement,
  read: () => { state: BadgeState; heading: string; theme: string },
  t: OverlayMessages,
): Tooltip {
  let tip: HTMLElement | null = null;
  const fill = (el: HTMLElement) => {
    const { state, heading, theme } = read();
    el.className = `tip ${theme}`;
    fillTooltip(el, state, heading, t);
  };
  return {
    show() {
      if (!tip) {
        tip = shadow.ownerDocument.createElement('div');
        tip.setAttribute('role', 'tooltip');
        if ('popover' in tip) tip.popover = 'manual';
        shadow.append(tip);
      }
      fill(tip);
      tip.hidden = false;
      try {
        tip.showPopover?.();
      } catch {
        // not supported or already open: the fixed-position fallback still shows it
      }
      positionTooltip(tip, host);
    },
    hide() {
      if (!tip) return;
      try {
        tip.hidePopover?.();
      } catch {
        // already closed
      }
      tip.hidden = true;
    },
    refresh() {
      if (tip && !tip.hidden) fill(tip);
      else if (tip) tip.className = `tip ${read().theme}`;
    },
  };
}
