import { afterEach, describe, expect, it, vi } from 'vitest';
import { badgeControllerOf, createBadge } from '../../lib/overlay/sla-badge';
import { overlayMessages } from '../../lib/overlay/messages';
import { metric, ready, sla } from './fixtures';

const messages = overlayMessages('en');
const make = (key = '7') => {
  const badge = createBadge(document, { helpdesk: 'zendesk', key, messages, theme: 'light' });
  document.body.append(badge.host);
  return badge;
};
const XSS = '<img src=x onerror="window.__pwned=1">';

afterEach(() => document.body.replaceChildren());

describe('<sla-badge>', () => {
  it('is an sla-badge host with an open shadow root, found through its controller', () => {
    const badge = make();
    expect(badge.host.tagName).toBe('SLA-BADGE');
    expect(badge.host.shadowRoot).not.toBeNull();
    expect(badgeControllerOf(badge.host)).toBe(badge);
    expect(badge.host.getAttribute('data-helpdesk')).toBe('zendesk');
    expect(badge.host.getAttribute('data-key')).toBe('7');
    expect(badge.host.getAttribute('data-level')).toBe('loading');
    expect(badge.host.tabIndex).toBe(0);
  });

  it('writes the contract attributes and removes the ones that no longer apply', () => {
    const badge = make();
    badge.update(ready(sla({}, metric({ level: 'warning', remainingMs: 600_000 }))));
    const h = badge.host;
    expect(h.getAttribute('data-level')).toBe('warning');
    expect(h.getAttribute('data-metric')).toBe('firstResponse');
    expect(h.getAttribute('data-due')).toBe('2026-01-05T10:00:00.000Z');
    expect(h.getAttribute('data-remaining-ms')).toBe('600000');
    expect(h.getAttribute('data-source')).toBe('policy');
    expect(h.shadowRoot!.querySelector('.pill')!.getAttribute('data-text')).toBe('10m');
    badge.update({ status: 'error', message: 'No access to this ticket' });
    expect(h.getAttribute('data-level')).toBe('error');
    expect(h.getAttribute('title')).toBe('No access to this ticket');
    for (const gone of ['data-metric', 'data-due', 'data-remaining-ms', 'data-source']) expect(h.hasAttribute(gone)).toBe(false);
  });

  it('has an icon besides colour, different per level, for every level that shows a countdown or a verdict', () => {
    const badge = make();
    const paths = new Set<string>();
    const states = [
      ready(sla({}, metric({ level: 'ok' }))),
      ready(sla({}, metric({ level: 'warning' }))),
      ready(sla({}, metric({ level: 'critical' }))),
      ready(sla({}, metric({ level: 'breached', breached: true, remainingMs: -60_000 }))),
      ready(sla({}, metric({ state: 'paused', dueAt: null }))),
      ready(sla({ metrics: [metric({ state: 'stopped' })] }, null)),
    ];
    for (const state of states) {
      badge.update(state);
      paths.add(badge.host.shadowRoot!.querySelector('svg path')!.getAttribute('d')!);
    }
    expect(paths.size).toBe(states.length);
  });

  it('writes only what changed', () => {
    const badge = make();
    const state = ready(sla({}, metric({ remainingMs: 600_000 })));
    expect(badge.update(state)).toBe(true);
    const spy = vi.spyOn(badge.host, 'setAttribute');
    expect(badge.update(ready(sla({}, metric({ remainingMs: 600_000 }))))).toBe(false);
    expect(spy).not.toHaveBeenCalled();
    badge.update(ready(sla({}, metric({ remainingMs: 600_500 }))));
    expect(spy.mock.calls.map((c) => c[0])).toEqual(['data-remaining-ms']);
  });

  it('countdown: the same evaluation moved on; the text and sentence change only with the unit shown', () => {
    const badge = make();
    const pill = badge.host.shadowRoot!.querySelector('.pill')!;
    badge.update(ready(sla({}, metric({ remainingMs: 600_000 }))));
    const label = badge.host.getAttribute('aria-label');
    expect(badge.countdown(599_400)).toBe(true); // 9m 59.4s floors to "9m": a new unit
    expect(pill.getAttribute('data-text')).toBe('9m');
    expect(badge.host.getAttribute('aria-label')).not.toBe(label);
    const spy = vi.spyOn(badge.host, 'setAttribute');
    expect(badge.countdown(598_400)).toBe(true);
    expect(spy.mock.calls).toEqual([['data-remaining-ms', '598400']]); // still "9m": nothing else is written
    expect(badge.countdown(598_400.2)).toBe(false); // rounds to what is shown
  });

  it('countdown leaves badges alone whose level does not count down', () => {
    const badge = make();
    badge.update(ready(sla({}, null))); // every clock stopped: "met"
    expect(badge.countdown(1_000)).toBe(false);
    expect(badge.host.hasAttribute('data-remaining-ms')).toBe(false);
  });

  it('a full update compares with the remaining-ms on the host, which ticks write without the controller', () => {
    const badge = make();
    const state = ready(sla({}, metric({ remainingMs: 600_000 })));
    badge.update(state);
    badge.host.setAttribute('data-remaining-ms', '599000'); // as tick-table does while the text stands
    badge.update(ready(sla({}, metric({ remainingMs: 600_000 }))));
    expect(badge.host.getAttribute('data-remaining-ms')).toBe('600000');
  });

  it('puts ticket text in as text, never markup', () => {
    const badge = make();
    const evil = sla(
      { tier: { id: 't', name: XSS }, customerTier: { id: 'c', name: XSS }, explanation: [XSS, `org ${XSS}`] },
      metric(),
    );
    badge.update(ready(evil));
    badge.host.dispatchEvent(new Event('focus'));
    const root = badge.host.shadowRoot!;
    const tip = root.querySelector('.tip')!;
    expect(tip.textContent).toContain(XSS);
    expect(root.querySelector('img')).toBeNull();
    badge.update({ status: 'error', message: XSS });
    expect(root.querySelector('img')).toBeNull();
    expect(badge.host.getAttribute('title')).toBe(XSS);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows a tooltip with metric, due time, tiers and explanation on focus, and hides it on blur', () => {
    const badge = make();
    badge.update(ready(sla({ customerTier: { id: 'vip', name: 'VIP' }, explanation: ['VIP by organisation tag'] })));
    badge.host.dispatchEvent(new Event('focus'));
    const tip = badge.host.shadowRoot!.querySelector<HTMLElement>('.tip')!;
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toMatch(/First response/);
    expect(tip.textContent).toMatch(/Due: .*2026.*:00/);
    expect(tip.textContent).toContain('Tier: P2 high');
    expect(tip.textContent).toContain('Customer tier: VIP');
    expect(tip.textContent).toContain('VIP by organisation tag');
    badge.host.dispatchEvent(new Event('blur'));
    expect(tip.hidden).toBe(true);
  });

  it('keeps keystrokes inside the badge from reaching the helpdesk shortcuts', () => {
    const badge = make();
    const heard = vi.fn();
    document.body.addEventListener('keydown', heard);
    document.body.addEventListener('keyup', heard);
    badge.host.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    badge.host.dispatchEvent(new KeyboardEvent('keyup', { key: 'j', bubbles: true }));
    expect(heard).not.toHaveBeenCalled();
  });

  it('re-keying resets to loading', () => {
    const badge = make();
    badge.update(ready(sla()));
    badge.rekey('8');
    expect(badge.host.getAttribute('data-key')).toBe('8');
    expect(badge.host.getAttribute('data-level')).toBe('loading');
    expect(badge.host.hasAttribute('data-due')).toBe(false);
  });
});
