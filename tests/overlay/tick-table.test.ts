import { afterEach, describe, expect, it, vi } from 'vitest';
import { overlayMessages } from '../../lib/overlay/messages';
import { createBadge, type BadgeController } from '../../lib/overlay/sla-badge';
import { createTickTable, type TickSlot } from '../../lib/overlay/tick-table';
import { metric, sla } from './fixtures';

const now = Date.UTC(2026, 0, 5, 10, 0);

/** A badge showing a running clock with `remainingMs` left at `now`, in a table slot that counts it down. */
function setup(remainingMs = 600_400) {
  const badge = createBadge(document, { helpdesk: 'zendesk', key: '1', messages: overlayMessages('en'), theme: 'light' });
  document.body.append(badge.host);
  badge.update({ status: 'ready', sla: sla({}, metric({ remainingMs })), remainingMs });
  const table = createTickTable<string>();
  table.show(badge, 'ticket 1');
  const slot: TickSlot = { zeroAt: now + remainingMs, since: now, until: now + 3_600_000, shown: remainingMs };
  table.set(badge, slot);
  const onDue = vi.fn();
  const text = () => badge.host.shadowRoot!.querySelector('.pill')!.getAttribute('data-text');
  return { badge, table, slot, onDue, text };
}

afterEach(() => document.body.replaceChildren());

describe('tick table', () => {
  it('moves a countdown with one attribute write while its text stands', () => {
    const { badge, table, onDue, text } = setup(700_400);
    const spy = vi.spyOn(badge.host, 'setAttribute');
    expect(table.run(now + 1_000, onDue)).toBe('second'); // within the hour of breach
    expect(spy.mock.calls).toEqual([['data-remaining-ms', '699400']]);
    expect(text()).toBe('11m');
    expect(onDue).not.toHaveBeenCalled();
  });

  it('hands the text to the badge when its unit changes', () => {
    const { badge, table, onDue, text } = setup(600_400);
    const countdown = vi.spyOn(badge, 'countdown');
    table.run(now + 400, onDue); // exactly 10m: same unit as 10m 0.4s
    expect(countdown).not.toHaveBeenCalled();
    table.run(now + 401, onDue); // 9m 59.999s
    expect(countdown).toHaveBeenCalledWith(599_999);
    expect(text()).toBe('9m');
    expect(badge.host.getAttribute('data-remaining-ms')).toBe('599999');
  });

  it('writes nothing when the rounded value has not moved, and counts ticks only within the hour as seconds', () => {
    const { badge, table, onDue } = setup(2 * 3_600_000);
    const spy = vi.spyOn(badge.host, 'setAttribute');
    expect(table.run(now + 0.3, onDue)).toBe('minute'); // two hours left: a minute cadence is enough
    expect(spy).not.toHaveBeenCalled();
  });

  it('hands a slot back once its numbers expire, or when the clock goes back, before writing it', () => {
    const { badge, table, slot, text } = setup();
    const onDue = vi.fn((owner: string, at: number) => {
      expect(owner).toBe('ticket 1');
      table.set(badge, { zeroAt: Number.NaN, since: at, until: Infinity, shown: Number.NaN }); // e.g. now paused
    });
    table.run(slot.until, onDue);
    expect(onDue).toHaveBeenCalledTimes(1);
    expect(text()).toBe('10m'); // the new numbers say it does not move: nothing written
    table.set(badge, slot);
    table.run(now - 1, onDue);
    expect(onDue).toHaveBeenCalledTimes(2);
  });

  it('a badge that comes into view is due at the next tick; one out of view is never touched', () => {
    const { badge, table } = setup();
    const other: BadgeController = createBadge(document, { helpdesk: 'zendesk', key: '2', messages: overlayMessages('en'), theme: 'light' });
    table.show(other, 'ticket 2');
    table.show(other, 'ticket 2'); // twice: still one slot
    expect(table.size()).toBe(2);
    const onDue = vi.fn();
    table.run(now + 1_000, onDue);
    expect(onDue.mock.calls).toEqual([['ticket 2', now + 1_000]]);
    expect(table.hide(badge)).toBe(true);
    expect(table.hide(badge)).toBe(false);
    expect(table.has(badge)).toBe(false);
    table.set(badge, { zeroAt: now, since: now, until: Infinity, shown: 5 }); // ignored: out of view
    const spy = vi.spyOn(badge.host, 'setAttribute');
    table.run(now + 2_000, onDue);
    expect(spy).not.toHaveBeenCalled();
    expect(table.size()).toBe(1);
  });
});
