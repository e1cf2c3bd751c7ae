import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { evaluateTicket } from '../../lib/sla/evaluate-ticket';
import { readAlertState } from '../../lib/tracking/alert-state-store';
import type { TrackingMessage } from '../../lib/tracking/messages';
import { setNotificationLevel } from '../../lib/tracking/settings';
import { ensureTickAlarm } from '../../lib/tracking/tick-alarm';
import { createTracker, TICK_ALARM } from '../../lib/tracking/tracker';
import { readTrackedTickets } from '../../lib/tracking/tracked-tickets-store';
import type { SeenTicket } from '../../lib/tracking/types';
import { HOUR, MIN, T0, policy, seenZendesk, zendeskId } from './fixtures';

/** A fresh tracker is what a restarted service worker builds: nothing survives but storage. */
const startWorker = () =>
  createTracker({ now: () => Date.now(), readPolicy: async () => policy, evaluate: evaluateTicket, language: () => 'en' });

const seen = (items: SeenTicket[]): TrackingMessage => ({ type: 'sla-tracking:seen', items });

let created: { id: string; title: string; message: string }[];

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
  created = [];
  const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
  vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(((id: string, options: { title: string; message: string }) => {
    created.push({ id, title: options.title, message: options.message });
    return (create as (id: string, options: unknown) => Promise<string>)(id, options);
  }) as never);
});
afterEach(() => vi.useRealTimers());

describe('tracking in the background', () => {
  it('stores the facts content scripts report, and shows the toolbar badge', async () => {
    const worker = startWorker();
    await worker.handle(seen([seenZendesk('1', T0 - 12 * MIN), seenZendesk('2', T0 - 20 * MIN), seenZendesk('3', T0)]));
    const tracked = await readTrackedTickets();
    expect(Object.keys(tracked.tickets).sort()).toEqual(['1', '2', '3'].map(zendeskId));
    expect(tracked.tickets[zendeskId('1')]!.lastSeenAt).toBe(T0);
    expect(await browser.action.getBadgeText({})).toBe('2');
    expect(await browser.action.getBadgeBackgroundColor({})).toEqual([197, 34, 31, 255]);
    expect(await browser.action.getTitle({})).toBe('2 tickets critical or breached');
  });

  it('clears the badge when no ticket is critical or breached', async () => {
    const worker = startWorker();
    await worker.handle(seen([seenZendesk('1', T0 - 12 * MIN)]));
    expect(await browser.action.getBadgeText({})).toBe('1');
    // Solved: every clock stopped, so the ticket is no longer tracked.
    const solved = seenZendesk('1', T0 - 12 * MIN, {
      replies: [{ at: T0, author: 'agent', public: true }],
      statusHistory: [
        { at: T0 - 12 * MIN, status: 'open' },
        { at: T0, status: 'solved' },
      ],
    });
    await worker.handle(seen([solved]));
    expect(await browser.action.getBadgeText({})).toBe('');
    expect((await readTrackedTickets()).tickets).toEqual({});
  });

  it('re-evaluates every minute with no page open, and drops tickets after 24 h', async () => {
    const worker = startWorker();
    await worker.handle(seen([seenZendesk('1', T0)]));
    expect(await browser.action.getBadgeText({})).toBe('');
    vi.setSystemTime(T0 + 12 * MIN);
    await worker.tick();
    expect(await browser.action.getBadgeText({})).toBe('1');
    vi.setSystemTime(T0 + 24 * HOUR + MIN);
    await worker.tick();
    expect((await readTrackedTickets()).tickets).toEqual({});
  });

  it('summarises each ticket for the popup, and rewrites the summaries only when something changed', async () => {
    const worker = startWorker();
    await worker.handle(seen([seenZendesk('1', T0 - 2 * MIN)]));
    const stored = await fakeBrowser.storage.local.get('tracking.summaries');
    expect(stored['tracking.summaries']).toEqual({
      version: 1,
      summaries: {
        [zendeskId('1')]: {
          level: 'ok',
          tier: { id: 'p1', name: 'P1 · Critical' },
          next: { metric: 'firstResponse', state: 'running', dueAt: T0 + 13 * MIN, breachedAt: null, remainingMs: null },
        },
      },
    });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    vi.setSystemTime(T0 + MIN);
    await worker.tick();
    expect(set.mock.calls.flatMap((call) => Object.keys(call[0] as object))).not.toContain('tracking.summaries');
    vi.setSystemTime(T0 + 6 * MIN);
    await worker.handle({ type: 'sla-tracking:refresh' });
    expect(set.mock.calls.flatMap((call) => Object.keys(call[0] as object))).toContain('tracking.summaries');
  });

  it('creates the minute alarm once and keeps a running one', async () => {
    await ensureTickAlarm();
    const first = await browser.alarms.get(TICK_ALARM);
    expect(first).toMatchObject({ periodInMinutes: 1 });
    vi.setSystemTime(T0 + 30_000);
    await ensureTickAlarm();
    expect(await browser.alarms.get(TICK_ALARM)).toEqual(first);
  });
});

describe('notifications', () => {
  it('fire once per level as a ticket crosses warning, critical and breached', async () => {
    const worker = startWorker();
    await worker.handle(seen([seenZendesk('1', T0)]));
    for (let minute = 1; minute <= 30; minute++) {
      vi.setSystemTime(T0 + minute * MIN);
      await worker.tick();
    }
    expect(created.map((n) => n.title)).toEqual(['Warning: 1', 'Critical: 1', 'Breached: 1']);
  });

  it('never repeat after a worker restart: the fired levels are read back from storage', async () => {
    await startWorker().handle(seen([seenZendesk('1', T0)]));
    vi.setSystemTime(T0 + 8 * MIN);
    await startWorker().tick();
    expect(created).toHaveLength(1);
    // Worker killed and restarted, twice, within the same level and past it.
    await startWorker().tick();
    vi.setSystemTime(T0 + 9 * MIN);
    await startWorker().tick();
    vi.setSystemTime(T0 + 12 * MIN);
    await startWorker().tick();
    await startWorker().tick();
    expect(created.map((n) => n.title)).toEqual(['Warning: 1', 'Critical: 1']);
  });

  it('write-then-notify: a worker that dies while showing a notification never shows it twice', async () => {
    await startWorker().handle(seen([seenZendesk('1', T0)]));
    vi.mocked(fakeBrowser.notifications.create).mockRejectedValueOnce(new Error('worker killed'));
    vi.setSystemTime(T0 + 8 * MIN);
    await expect(startWorker().tick()).rejects.toThrow('worker killed');
    expect(Object.keys((await readAlertState()).fired)).toEqual([`${zendeskId('1')}#firstResponse#warning`]);
    await startWorker().tick();
    expect(created).toHaveLength(0);
  });

  it('group the alerts of one run into one notification', async () => {
    const worker = startWorker();
    await worker.handle(seen([seenZendesk('1', T0), seenZendesk('2', T0 - 1000), seenZendesk('3', T0 - 2000)]));
    vi.setSystemTime(T0 + 16 * MIN);
    await worker.tick();
    expect(created).toHaveLength(1);
    expect(created[0]!.title).toBe('3 tickets need attention');
  });

  it('respect a switched-off level', async () => {
    await setNotificationLevel('warning', false);
    const worker = startWorker();
    await worker.handle(seen([seenZendesk('1', T0)]));
    for (const minute of [8, 12]) {
      vi.setSystemTime(T0 + minute * MIN);
      await worker.tick();
    }
    expect(created.map((n) => n.title)).toEqual(['Critical: 1']);
  });

  it('honour acknowledge and snooze sent from the popup', async () => {
    const worker = startWorker();
    await worker.handle(seen([seenZendesk('a', T0), seenZendesk('s', T0)]));
    vi.setSystemTime(T0 + 8 * MIN);
    await worker.tick(); // both warn
    created.length = 0;
    await worker.handle({ type: 'sla-tracking:acknowledge', ticketId: zendeskId('a') });
    await worker.handle({ type: 'sla-tracking:snooze', ticketId: zendeskId('s'), minutes: 30 });
    vi.setSystemTime(T0 + 12 * MIN);
    await worker.tick();
    // `a` was acknowledged at warning, so critical still notifies; `s` is snoozed until minute 38.
    expect(created.map((n) => n.title)).toEqual(['Critical: a']);
    vi.setSystemTime(T0 + 16 * MIN);
    await worker.tick();
    vi.setSystemTime(T0 + 38 * MIN);
    await worker.tick();
    expect(created.map((n) => n.title)).toEqual(['Critical: a', 'Breached: a', 'Breached: s']);
  });

  it('unsnooze from the popup: the alerts the snooze held back fire at once, not at the next alarm', async () => {
    const worker = startWorker();
    await worker.handle(seen([seenZendesk('s', T0)]));
    await worker.handle({ type: 'sla-tracking:snooze', ticketId: zendeskId('s'), minutes: 60 });
    vi.setSystemTime(T0 + 12 * MIN);
    await worker.tick();
    expect(created).toEqual([]);
    expect(await worker.handle({ type: 'sla-tracking:unsnooze', ticketId: zendeskId('s') })).toBe(true);
    expect(created.map((n) => n.title)).toEqual(['Critical: s']);
  });

  it('a click focuses the tab that shows the ticket, even after a worker restart', async () => {
    const tab = await browser.tabs.create({ url: 'https://acme.zendesk.com/agent/tickets/1' });
    await browser.tabs.create({ url: 'https://example.com/', active: true });
    await startWorker().handle(seen([seenZendesk('1', T0)]));
    vi.setSystemTime(T0 + 8 * MIN);
    await startWorker().tick();
    await startWorker().handleNotificationClick(created[0]!.id);
    expect((await browser.tabs.query({ active: true }))[0]!.id).toBe(tab.id);
  });

  it('a click opens the ticket when no tab shows it', async () => {
    await startWorker().handle(seen([seenZendesk('1', T0)]));
    vi.setSystemTime(T0 + 8 * MIN);
    await startWorker().tick();
    await startWorker().handleNotificationClick(created[0]!.id);
    expect((await browser.tabs.query({})).map((t) => t.url)).toContain('https://acme.zendesk.com/agent/tickets/1');
  });

  it('ignores clicks on notifications that are not ours', async () => {
    const spy = vi.spyOn(fakeBrowser.tabs, 'create');
    await startWorker().handleNotificationClick('someone-else');
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('popup actions', () => {
  it('open focuses or opens the ticket', async () => {
    const worker = startWorker();
    await worker.handle(seen([seenZendesk('1', T0)]));
    await worker.handle({ type: 'sla-tracking:open', ticketId: zendeskId('1') });
    expect((await browser.tabs.query({ active: true }))[0]!.url).toBe('https://acme.zendesk.com/agent/tickets/1');
  });

  it('rejects a snooze that is not 15, 30 or 60 minutes', async () => {
    expect(await startWorker().handle({ type: 'sla-tracking:snooze', ticketId: zendeskId('1'), minutes: 999 as 15 })).toBe(false);
  });
});
