import { describe, expect, it } from 'vitest';
import { evaluateTicket } from '../../lib/sla/evaluate-ticket';
import { acknowledge, pruneAlertState, recordFired, snooze, unsnooze } from '../../lib/tracking/alert-actions';
import { emptyAlertState } from '../../lib/tracking/alert-state-store';
import { buildNotification } from '../../lib/tracking/build-notification';
import { evaluateTracked } from '../../lib/tracking/evaluate-tracked';
import { findDueAlerts } from '../../lib/tracking/find-due-alerts';
import { defaultNotificationSettings } from '../../lib/tracking/settings';
import { emptyTrackedTickets } from '../../lib/tracking/tracked-tickets-store';
import type { AlertState, NotificationSettings, SeenTicket } from '../../lib/tracking/types';
import { upsertSeen } from '../../lib/tracking/upsert-seen';
import { MIN, T0, policy, seenZendesk, zendeskId } from './fixtures';

const views = (items: SeenTicket[], now: number) =>
  evaluateTracked(Object.values(upsertSeen(emptyTrackedTickets(), items, now).tickets), policy, now, evaluateTicket);

/** Runs alarm ticks at the given minutes after T0 over one P1 ticket created at T0, carrying the alert state. */
function runTicks(minutes: number[], options: { settings?: NotificationSettings; state?: AlertState } = {}) {
  let state = options.state ?? emptyAlertState();
  const fired: string[][] = [];
  for (const minute of minutes) {
    const now = T0 + minute * MIN;
    const result = findDueAlerts(views([seenZendesk('1', T0)], now), state, options.settings ?? defaultNotificationSettings(), now);
    state = recordFired(state, result.fired);
    fired.push(result.due.map((alert) => `${alert.metric}:${alert.level}`));
  }
  return { fired, state };
}

describe('findDueAlerts', () => {
  it('fires each level once, in order, as the clock runs (P1 first response: 7.5 / 11.25 / 15 min)', () => {
    expect(runTicks([5, 8, 9, 12, 13, 16, 30]).fired).toEqual([
      [],
      ['firstResponse:warning'],
      [],
      ['firstResponse:critical'],
      [],
      ['firstResponse:breached'],
      [],
    ]);
  });

  it('never fires a level twice, whatever the number of runs', () => {
    const { fired } = runTicks(Array.from({ length: 60 }, (_, i) => i));
    expect(fired.flat()).toEqual(['firstResponse:warning', 'firstResponse:critical', 'firstResponse:breached']);
  });

  it('fires only the worst level when a ticket is first seen past several thresholds, and never the lower ones later', () => {
    const { fired, state } = runTicks([20, 21]);
    expect(fired).toEqual([['firstResponse:breached'], []]);
    expect(Object.keys(state.fired).sort()).toEqual(
      ['breached', 'critical', 'warning'].map((level) => `${zendeskId('1')}#firstResponse#${level}`),
    );
  });

  it('honours switched-off levels and does not replay them when switched back on', () => {
    const off = { version: 1 as const, levels: { warning: false, critical: true, breached: true } };
    const first = runTicks([8, 12], { settings: off });
    expect(first.fired).toEqual([[], ['firstResponse:critical']]);
    expect(runTicks([13], { state: first.state }).fired).toEqual([[]]);
  });

  it('a snoozed ticket stays silent until the snooze ends, then fires its current level once', () => {
    const state = snooze(emptyAlertState(), zendeskId('1'), 15, T0 + 5 * MIN); // until T0 + 20 min
    const { fired } = runTicks([8, 12, 16, 19, 20, 21], { state });
    expect(fired).toEqual([[], [], [], [], ['firstResponse:breached'], []]);
  });

  it('an unsnoozed ticket fires its current level at the next check; unsnoozing nothing changes nothing', () => {
    const state = snooze(emptyAlertState(), zendeskId('1'), 60, T0 + 5 * MIN);
    expect(runTicks([12], { state }).fired).toEqual([[]]);
    const woken = unsnooze(state, zendeskId('1'));
    expect(woken.snoozes).toEqual({});
    expect(runTicks([12], { state: woken }).fired).toEqual([['firstResponse:critical']]);
    expect(unsnooze(woken, zendeskId('1'))).toBe(woken);
  });

  it('an acknowledged ticket stays silent at its level but notifies a worse one', () => {
    const warned = runTicks([8]);
    const acked = acknowledge(warned.state, zendeskId('1'), 'warning', T0 + 9 * MIN);
    expect(runTicks([10, 12, 16], { state: acked }).fired).toEqual([[], ['firstResponse:critical'], ['firstResponse:breached']]);
    const ackedCritical = acknowledge(emptyAlertState(), zendeskId('1'), 'critical', T0 + 9 * MIN);
    expect(runTicks([12, 16], { state: ackedCritical }).fired).toEqual([[], ['firstResponse:breached']]);
  });

  it('treats each next-response cycle as its own clock', () => {
    const agentReply = (m: number) => ({ at: T0 + m * MIN, author: 'agent' as const, public: true });
    const customerReply = (m: number) => ({ at: T0 + m * MIN, author: 'customer' as const, public: true });
    // P1 next response: 30 min. Cycle 0 from minute 2, answered at minute 40 (breached); cycle 1 from minute 50.
    const cycle0 = seenZendesk('1', T0, { replies: [agentReply(1), customerReply(2)] });
    let state = emptyAlertState();
    const at = (item: SeenTicket, minute: number) => {
      const now = T0 + minute * MIN;
      const result = findDueAlerts(views([item], now), state, defaultNotificationSettings(), now);
      state = recordFired(state, result.fired);
      return result.due.filter((alert) => alert.metric === 'nextResponse').map((alert) => alert.level);
    };
    expect(at(cycle0, 35)).toEqual(['breached']);
    const cycle1 = seenZendesk('1', T0, { replies: [agentReply(1), customerReply(2), agentReply(40), customerReply(50)] });
    expect(at(cycle1, 66)).toEqual(['warning']);
    expect(at(cycle1, 67)).toEqual([]);
  });
});

describe('grouped notifications', () => {
  const now = T0 + 20 * MIN;
  const due = (n: number) =>
    findDueAlerts(
      views(Array.from({ length: n }, (_, i) => seenZendesk(String(100 + i), T0 + i * 1000)), now),
      emptyAlertState(),
      defaultNotificationSettings(),
      now,
    ).due;

  it('one alert names the ticket, the metric and how late it is', () => {
    const text = buildNotification(due(1), 'en')!;
    expect(text.title).toBe('Breached: 100');
    expect(text.message).toBe('Ticket 100\nFirst response, 5 min overdue');
    expect(text.tickets).toEqual([{ id: zendeskId('100'), helpdesk: 'zendesk', key: '100', url: 'https://acme.zendesk.com/agent/tickets/100' }]);
  });

  it('many alerts in one run make one notification, most urgent first', () => {
    const text = buildNotification(due(30), 'en')!;
    expect(text.title).toBe('30 tickets need attention');
    expect(text.message.split('\n')).toEqual([
      '100 · Breached · First response',
      '101 · Breached · First response',
      '102 · Breached · First response',
      '103 · Breached · First response',
      '+26 more in the toolbar popup',
    ]);
    expect(text.tickets).toHaveLength(30);
  });

  it('speaks Chinese', () => {
    expect(buildNotification(due(2), 'zh-CN')!.title).toBe('2 个工单需要处理');
  });

  it('nothing due, no notification', () => {
    expect(buildNotification([], 'en')).toBeNull();
  });
});

describe('pruneAlertState', () => {
  it('forgets week-old fired keys, acknowledgements of untracked tickets and ended snoozes', () => {
    const state: AlertState = {
      version: 1,
      fired: { old: T0 - 8 * 24 * 60 * MIN, recent: T0 - MIN },
      acks: { [zendeskId('1')]: { level: 'warning', at: T0 }, [zendeskId('gone')]: { level: 'warning', at: T0 } },
      snoozes: { [zendeskId('1')]: T0 - 1, [zendeskId('2')]: T0 + MIN },
      notifications: {},
    };
    const pruned = pruneAlertState(state, new Set([zendeskId('1'), zendeskId('2')]), T0);
    expect(pruned).toEqual({
      version: 1,
      fired: { recent: T0 - MIN },
      acks: { [zendeskId('1')]: { level: 'warning', at: T0 } },
      snoozes: { [zendeskId('2')]: T0 + MIN },
      notifications: {},
    });
    expect(pruneAlertState(pruned, new Set([zendeskId('1'), zendeskId('2')]), T0)).toBe(pruned);
  });
});
