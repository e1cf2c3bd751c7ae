import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TrackingMessage } from '../../lib/tracking/messages';
import { reportSeenTickets, resetSeenTicketReports } from '../../lib/tracking/report-seen-tickets';
import { T0, seenZendesk } from './fixtures';

let messages: TrackingMessage[];

beforeEach(() => {
  vi.useFakeTimers();
  resetSeenTicketReports();
  messages = [];
  fakeBrowser.runtime.onMessage.addListener((message: TrackingMessage) => void messages.push(message));
});
afterEach(() => {
  resetSeenTicketReports();
  vi.useRealTimers();
});

const keys = () => messages.map((m) => (m.type === 'sla-tracking:seen' ? m.items.map((i) => i.facts.key) : []));

describe('reportSeenTickets (content-script side)', () => {
  it('batches the reports of a burst into one message', async () => {
    reportSeenTickets([seenZendesk('1', T0)]);
    reportSeenTickets([seenZendesk('2', T0)]);
    expect(messages).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(keys()).toEqual([['1', '2']]);
  });

  it('sends a ticket again only when its facts changed', async () => {
    const one = seenZendesk('1', T0);
    reportSeenTickets([one]);
    await vi.advanceTimersByTimeAsync(500);
    reportSeenTickets([one]); // same object, every tick
    reportSeenTickets([{ ...one, facts: { ...one.facts } }]); // equal facts, new object
    await vi.advanceTimersByTimeAsync(500);
    expect(keys()).toEqual([['1']]);
    reportSeenTickets([{ ...one, facts: { ...one.facts, priority: 'high' } }]);
    await vi.advanceTimersByTimeAsync(500);
    expect(keys()).toEqual([['1'], ['1']]);
  });

  it('re-sends unchanged tickets every 10 minutes, so a long-open tab keeps them tracked', async () => {
    const one = seenZendesk('1', T0);
    reportSeenTickets([one]);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    reportSeenTickets([one]);
    await vi.advanceTimersByTimeAsync(500);
    expect(keys()).toEqual([['1'], ['1']]);
  });

  it('sends what is pending when the page goes away', async () => {
    reportSeenTickets([seenZendesk('1', T0)]);
    dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(keys()).toEqual([['1']]);
  });

  it('does not throw when the background cannot be reached', async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    reportSeenTickets([seenZendesk('1', T0)]);
    await vi.advanceTimersByTimeAsync(500);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('trackEvaluatedTickets (the overlay hook)', () => {
  it('reports each ticket with its own page under the site base, context path included', async () => {
    const { trackEvaluatedTickets } = await import('../../lib/tracking/track-evaluated');
    const adapter = { detectPage: () => ({ apiBase: 'https://jira.corp.test/jira' }) as never };
    const facts = { ...seenZendesk('OPS-7', T0).facts, helpdesk: 'jira' as const, key: 'OPS-7' };
    trackEvaluatedTickets(adapter)([{ facts }]);
    await vi.advanceTimersByTimeAsync(500);
    const message = messages[0]!;
    expect(message.type === 'sla-tracking:seen' && message.items[0]!.url).toBe('https://jira.corp.test/jira/browse/OPS-7');
  });
});
