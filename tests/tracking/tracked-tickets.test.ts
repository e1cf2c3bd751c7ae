import { describe, expect, it } from 'vitest';
import { evaluateTicket } from '../../lib/sla/evaluate-ticket';
import { countLevels } from '../../lib/tracking/level-counts';
import { pruneTracked } from '../../lib/tracking/prune-tracked';
import { compareByTimeToBreach } from '../../lib/tracking/time-to-breach';
import { toolbarBadgeFor, BADGE_COLORS } from '../../lib/tracking/toolbar-badge';
import { emptyTrackedTickets } from '../../lib/tracking/tracked-tickets-store';
import { evaluateTracked } from '../../lib/tracking/evaluate-tracked';
import { ticketUrlFor, urlShowsTicket } from '../../lib/tracking/ticket-url';
import { upsertSeen } from '../../lib/tracking/upsert-seen';
import { HOUR, MIN, T0, policy, seenJira, seenZendesk, zendeskId } from './fixtures';

describe('upsertSeen', () => {
  it('adds new tickets and refreshes known ones, keeping when they were first seen', () => {
    let state = upsertSeen(emptyTrackedTickets(), [seenZendesk('1', T0)], T0);
    state = upsertSeen(state, [seenZendesk('1', T0, { title: 'renamed' }), seenJira('SUP-1', T0)], T0 + MIN);
    expect(state.tickets[zendeskId('1')]).toMatchObject({ firstSeenAt: T0, lastSeenAt: T0 + MIN, facts: { title: 'renamed' } });
    expect(state.tickets['jira|https://acme.atlassian.net|SUP-1']).toMatchObject({ key: 'SUP-1', helpdesk: 'jira' });
  });

  it('ignores tickets of another origin than the reporting page, and non-web URLs', () => {
    const state = upsertSeen(
      emptyTrackedTickets(),
      [seenZendesk('1', T0), { ...seenZendesk('2', T0), url: 'javascript:alert(1)' }, seenJira('SUP-1', T0)],
      T0,
      'https://acme.zendesk.com',
    );
    expect(Object.keys(state.tickets)).toEqual([zendeskId('1')]);
  });

  it('tells tickets of two sites apart when their keys collide', () => {
    const other = { ...seenZendesk('1', T0), url: 'https://globex.zendesk.com/agent/tickets/1' };
    expect(Object.keys(upsertSeen(emptyTrackedTickets(), [seenZendesk('1', T0), other], T0).tickets)).toHaveLength(2);
  });
});

describe('pruneTracked', () => {
  const seenAt = (key: string, at: number) => upsertSeen(emptyTrackedTickets(), [seenZendesk(key, T0)], at).tickets;

  it('drops tickets not seen for 24 h, and tickets whose clocks all stopped', () => {
    const state = { version: 1 as const, tickets: { ...seenAt('old', T0), ...seenAt('fresh', T0 + HOUR), ...seenAt('done', T0 + HOUR) } };
    const pruned = pruneTracked(state, T0 + 24 * HOUR + MIN, { stopped: new Set([zendeskId('done')]) });
    expect(Object.keys(pruned.tickets)).toEqual([zendeskId('fresh')]);
  });

  it('keeps at most 2,000 tickets, dropping the least recently seen', () => {
    const template = upsertSeen(emptyTrackedTickets(), [seenZendesk('x', T0)], T0).tickets[zendeskId('x')]!;
    const tickets = Object.fromEntries(
      Array.from({ length: 2005 }, (_, i) => [zendeskId(String(i)), { ...template, id: zendeskId(String(i)), key: String(i), lastSeenAt: T0 + i }]),
    );
    const state = { version: 1 as const, tickets };
    const pruned = pruneTracked(state, T0 + 3000);
    expect(Object.keys(pruned.tickets)).toHaveLength(2000);
    for (let i = 0; i < 5; i++) expect(pruned.tickets[zendeskId(String(i))]).toBeUndefined();
    expect(pruned.tickets[zendeskId('2004')]).toBeDefined();
  });

  it('returns the same object when nothing goes, so the caller skips a write', () => {
    const state = { version: 1 as const, tickets: seenAt('1', T0) };
    expect(pruneTracked(state, T0 + MIN)).toBe(state);
  });
});

describe('order, counts and the toolbar badge', () => {
  const now = T0 + HOUR;
  // P1 first response: 15 min, 24x7. Created minutes ago → remaining.
  const tickets = [
    seenZendesk('ok', now - 2 * MIN), // 13 min left
    seenZendesk('warning', now - 9 * MIN), // 6 min left
    seenZendesk('critical', now - 12 * MIN), // 3 min left
    seenZendesk('breached-late', now - 20 * MIN), // 5 min overdue
    seenZendesk('breached-later', now - 40 * MIN), // 25 min overdue
    seenZendesk('paused', now - 5 * MIN, {
      priority: 'urgent',
      replies: [{ at: now - 4 * MIN, author: 'agent', public: true }],
      statusHistory: [
        { at: now - 5 * MIN, status: 'open' },
        { at: now - 4 * MIN, status: 'pending' },
      ],
    }),
  ];
  const state = upsertSeen(emptyTrackedTickets(), tickets, now);
  const views = evaluateTracked(Object.values(state.tickets), policy, now, evaluateTicket);

  it('sorts by time to breach: most overdue first, then soonest due, then paused clocks', () => {
    expect(views.sort(compareByTimeToBreach(now)).map((view) => view.ticket.key)).toEqual([
      'breached-later',
      'breached-late',
      'critical',
      'warning',
      'ok',
      'paused',
    ]);
  });

  it('counts tickets per level', () => {
    expect(countLevels(views)).toEqual({ ok: 2, warning: 1, critical: 1, breached: 2 });
  });

  it('shows critical + breached on the toolbar, coloured by the worst, and nothing when there are none', () => {
    expect(toolbarBadgeFor({ ok: 2, warning: 1, critical: 1, breached: 2 })).toEqual({
      text: '3',
      color: BADGE_COLORS.breached,
      level: 'breached',
    });
    expect(toolbarBadgeFor({ ok: 0, warning: 0, critical: 4, breached: 0 })).toMatchObject({ text: '4', color: BADGE_COLORS.critical });
    expect(toolbarBadgeFor({ ok: 5, warning: 5, critical: 0, breached: 0 }).text).toBe('');
    expect(toolbarBadgeFor({ ok: 0, warning: 0, critical: 60, breached: 60 }).text).toBe('99+');
  });
});

describe('ticket URLs', () => {
  it('builds the ticket page, with a Data Center context path', () => {
    expect(ticketUrlFor('zendesk', 'https://acme.zendesk.com/', '4821')).toBe('https://acme.zendesk.com/agent/tickets/4821');
    expect(ticketUrlFor('jira', 'https://jira.corp.test/jira', 'SUP-12')).toBe('https://jira.corp.test/jira/browse/SUP-12');
  });

  it.each([
    ['https://acme.zendesk.com/agent/tickets/4821', true],
    ['https://acme.zendesk.com/agent/tickets/48210', false],
    ['https://globex.zendesk.com/agent/tickets/4821', false],
    [undefined, false],
  ])('a Zendesk tab %s shows ticket 4821: %s', (tab, expected) => {
    expect(urlShowsTicket(tab, 'zendesk', 'https://acme.zendesk.com/agent/tickets/4821', '4821')).toBe(expected);
  });

  it.each([
    ['https://acme.atlassian.net/browse/SUP-12', true],
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/1?selectedIssue=SUP-12', true],
    ['https://acme.atlassian.net/browse/SUP-123', false],
  ])('a Jira tab %s shows SUP-12: %s', (tab, expected) => {
    expect(urlShowsTicket(tab, 'jira', 'https://acme.atlassian.net/browse/SUP-12', 'SUP-12')).toBe(expected);
  });
});
