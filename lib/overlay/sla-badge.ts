/**
 * `<sla-badge>`: a host element in the page DOM with an open shadow root for its look.
 *
 * Chrome content scripts run in an isolated world where `window.customElements` is null, so the element is never
 * defined: `attachShadow` still works on any valid custom-element name, and a controller (found through a WeakMap)
 * drives it. The host's `data-*` attributes are the public contract of OVERLAY.md.
 */
import type { Helpdesk } from '../sla/types';
import { levelIcon } from './badge-icons';
import { applyBadgeStyles } from './badge-styles';
import { createTooltip } from './badge-tooltip';
import { badgeView, countdown as countdownText, type BadgeState, type BadgeView } from './badge-view';
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
  /**
   * The evaluation shown stands, only its countdown moved: `remainingMs` left now. Writes data-remaining-ms, and the
   * text and sentence where they changed. (A tick writes data-remaining-ms itself while the text stands.)
   */
  countdown(remainingMs: number): boolean;
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
  // The text is the pill's `::after { content: attr(data-text) }`, not a text node: Chromium reshapes a changed
  // text node at once, inside the script that changed it (~10 µs each, ~20 badges a tick), while a changed
  // attribute is drawn in the next frame's style and layout.
  const setText = (value: string) => pill.setAttribute('data-text', value);
  shadow.append(pill);
  host.setAttribute('data-helpdesk', init.helpdesk);
  host.setAttribute('data-key', init.key);
  host.setAttribute('role', 'img');
  host.tabIndex = 0;

  let key = init.key;
  let state: BadgeState = { status: 'loading' };
  let theme = init.theme;
  let last: Partial<BadgeView> = {};
  // Whether the level shown counts down (ok … breached, paused), so that `countdown` may redraw it.
  let counting = false;

  const write = (view: BadgeView): boolean => {
    let changed = false;
    // Ticks write data-remaining-ms without this controller (tick-table), so compare with what the host holds.
    last.remainingMs = host.getAttribute('data-remaining-ms');
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
      setText(view.text);
      changed = true;
    }
    last = view;
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
      if (next.status === 'ready' && state.status === 'ready' && next.sla === state.sla) {
        return controller.countdown(next.remainingMs);
      }
      state = next;
      return write(badgeView(next, t));
    },
    countdown(remainingMs) {
      if (!counting || !Number.isFinite(remainingMs) || state.status !== 'ready') return false;
      const rem = Math.round(remainingMs);
      const value = `${rem}`;
      if (value === host.getAttribute('data-remaining-ms')) return false;
      host.setAttribute('data-remaining-ms', value);
      state = { status: 'ready', sla: state.sla, remainingMs };
      const [shown, label] = countdownText(last.level!, last.metric ?? null, rem, t);
      if (shown !== last.text) setText((last.text = shown));
      if (label !== last.label) host.setAttribute('aria-label', (last.label = label));
      tooltip.refresh();
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
