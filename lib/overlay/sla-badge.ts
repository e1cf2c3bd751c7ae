/**
 * `<sla-badge>`: a host element in the page DOM with an open shadow root for its look.
 *
 * Chrome content scripts run in an isolated world where `window.customElements` is null, so the element is never
 * defined: `attachShadow` still works on any valid custom-element name, and a controller (found through a WeakMap)
 * drives it. The host's `data-*` attributes are the public contract of OVERLAY.md.
 */
import type { Helpdesk, TicketSla } from '../sla/types';
import { levelIcon } from './badge-icons';
import { applyBadgeStyles } from './badge-styles';
import { createTooltip } from './badge-tooltip';
import { badgeView, countdown, type BadgeState, type BadgeView } from './badge-view';
import { textUnit } from './format-remaining';
import type { OverlayMessages } from './messages';

export const BADGE_TAG = 'sla-badge';
export type BadgeTheme = 'light' | 'dark';

export interface BadgeController {
  readonly host: HTMLElement;
  readonly key: string;
  readonly state: BadgeState;
  /** Changes the ticket this badge stands for (recycled rows); resets to `loading`. */
  rekey(key: string): void;
  /** Shows a new state; writes only the attributes and text that changed. Returns whether anything was written. */
  update(state: BadgeState): boolean;
  /** A tick: the same evaluation `sla` with `remainingMs` left now. The cheap path for 500 badges a second. */
  tickTo(sla: TicketSla, remainingMs: number): boolean;
  setTheme(theme: BadgeTheme): void;
  destroy(): void;
}

const controllers = new WeakMap<Element, BadgeController>();

export function badgeControllerOf(el: Element): BadgeController | undefined {
  return controllers.get(el);
}

const ATTRS: [keyof BadgeView, string][] = [
  ['level', 'data-level'],
  ['metric', 'data-metric'],
  ['due', 'data-due'],
  ['remainingMs', 'data-remaining-ms'],
  ['source', 'data-source'],
  ['title', 'title'],
  ['label', 'aria-label'],
];

// Keys typed while the badge has focus must not trigger Zendesk or Jira shortcuts (WXT's isolateEvents idea).
const ISOLATED = ['keydown', 'keyup', 'keypress'];
const stop = (e: Event) => e.stopPropagation();

export function createBadge(
  doc: Document,
  init: { helpdesk: Helpdesk; key: string; messages: OverlayMessages; theme: BadgeTheme },
): BadgeController {
  const t = init.messages;
  const host = doc.createElement(BADGE_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  applyBadgeStyles(shadow);
  const pill = doc.createElement('span');
  pill.className = 'pill';
  pill.setAttribute('part', 'pill');
  const text = doc.createTextNode('');
  pill.append(text);
  shadow.append(pill);
  host.setAttribute('data-helpdesk', init.helpdesk);
  host.setAttribute('data-key', init.key);
  host.setAttribute('role', 'img');
  host.tabIndex = 0;

  let key = init.key;
  let state: BadgeState = { status: 'loading' };
  let theme = init.theme;
  let last: Partial<BadgeView> = {};
  // The tick path's inputs as plain locals (monomorphic, no property lookups): the evaluation shown, whether its
  // level counts down, the text's unit and the remaining-ms string last written.
  let tickSla: TicketSla | null = null;
  let counting = false;
  let lastUnit = Number.NaN;
  let lastRem: string | null = null;

  const write = (view: BadgeView): boolean => {
    let changed = false;
    last.remainingMs = lastRem; // the tick path writes only lastRem
    for (const [field, attr] of ATTRS) {
      if (last[field] === view[field]) continue;
      changed = true;
      const value = view[field];
      if (value === null) host.removeAttribute(attr);
      else host.setAttribute(attr, value);
    }
    if (last.level !== view.level) {
      pill.className = `pill ${view.level} ${theme}`;
      pill.firstElementChild?.remove();
      const icon = levelIcon(doc, view.level);
      if (icon) pill.prepend(icon);
    }
    if (last.text !== view.text) {
      text.data = view.text;
      changed = true;
    }
    last = view;
    lastRem = view.remainingMs;
    tickSla = state.status === 'ready' ? state.sla : null;
    counting = !['none', 'met', 'missed', 'loading', 'error'].includes(view.level);
    if (changed) tooltip.refresh();
    return changed;
  };

  const tooltip = createTooltip(shadow, host, () => ({ state, heading: last.label ?? '', theme }), t);
  const onKey = (e: Event) => {
    if ((e as KeyboardEvent).key === 'Escape') tooltip.hide();
    e.stopPropagation();
  };

  host.addEventListener('pointerenter', tooltip.show);
  host.addEventListener('pointerleave', tooltip.hide);
  host.addEventListener('focus', tooltip.show);
  host.addEventListener('blur', tooltip.hide);
  host.addEventListener('keydown', onKey);
  for (const type of ISOLATED.slice(1)) host.addEventListener(type, stop);

  const controller: BadgeController = {
    host,
    get key() {
      return key;
    },
    get state() {
      return state;
    },
    rekey(next) {
      if (next === key) return;
      key = next;
      host.setAttribute('data-key', next);
      controller.update({ status: 'loading' });
    },
    update(next) {
      if (next.status === 'ready' && next.sla === tickSla) return controller.tickTo(next.sla, next.remainingMs);
      state = next;
      lastUnit = next.status === 'ready' ? textUnit(Math.round(next.remainingMs)) : Number.NaN;
      return write(badgeView(next, t));
    },
    tickTo(sla, remainingMs) {
      // Same evaluation, only the countdown moved: unless the text's unit (second or minute) changed, the one
      // write is data-remaining-ms. The 2 ms tick budget for 500 badges leaves ~4 µs each, and that attribute
      // write alone costs ~2 µs in Chromium on the CI machine, so nothing else here may touch the DOM.
      if (sla !== tickSla) return controller.update({ status: 'ready', sla, remainingMs });
      if (!counting || !Number.isFinite(remainingMs)) return false;
      const rem = Math.round(remainingMs);
      const value = `${rem}`;
      if (value === lastRem) return false;
      host.setAttribute('data-remaining-ms', (lastRem = value));
      const unit = textUnit(rem);
      if (unit !== lastUnit) {
        // Only the countdown moved: redraw its text and sentence, not the whole view (~35 of 500 badges a tick).
        lastUnit = unit;
        state = { status: 'ready', sla, remainingMs };
        const [shown, label] = countdown(last.level!, last.metric ?? null, rem, t);
        if (shown !== last.text) text.data = last.text = shown;
        if (label !== last.label) host.setAttribute('aria-label', (last.label = label));
        tooltip.refresh();
      }
      return true;
    },
    setTheme(next) {
      if (next === theme) return;
      theme = next;
      pill.className = `pill ${last.level ?? ''} ${theme}`;
      tooltip.refresh();
    },
    destroy() {
      tooltip.hide();
      host.remove();
      controllers.delete(host);
    },
  };
  controllers.set(host, controller);
  controller.update(state);
  return controller;
}
