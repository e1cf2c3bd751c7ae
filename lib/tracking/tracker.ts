/**
 * The background's tracking loop: content scripts report facts, an alarm re-evaluates every tracked ticket each
 * minute with the policy in force, and the results drive the toolbar badge and notifications. Every step that reads
 * and writes storage runs through one serial queue, so messages and alarm runs never overwrite each other.
 */
import { browser } from 'wxt/browser';
import type { Language } from '../i18n/language';
import type { Policy } from '../policy/types';
import { acknowledge, pruneAlertState, recordFired, recordNotification, snooze, unsnooze } from './alert-actions';
import { readAlertState, writeAlertState } from './alert-state-store';
import { badgeTooltip, buildNotification } from './build-notification';
import { evaluateTracked, hasLiveClock, type EvaluateTicket } from './evaluate-tracked';
import { alertLevelOf, findDueAlerts } from './find-due-alerts';
import { countLevels } from './level-counts';
import type { TrackingMessage } from './messages';
import { NOTIFICATION_ICON_URL } from './notification-icon';
import { openTicket } from './open-ticket';
import { pruneTracked } from './prune-tracked';
import { createSerialQueue } from './serial-queue';
import { readNotificationSettings } from './settings';
import { showToolbarBadge } from './show-toolbar-badge';
import { writeSummariesIfChanged } from './summaries-store';
import { summarizeSla } from './summarize-sla';
import { toolbarBadgeFor } from './toolbar-badge';
import { readTrackedTickets, writeTrackedTickets } from './tracked-tickets-store';
import type { DueAlert, TrackedView } from './types';
import { upsertSeen } from './upsert-seen';

export const TICK_ALARM = 'sla-tracking-tick';
/** Notification ids start with this, so a click on someone else's notification is ignored. */
export const NOTIFICATION_PREFIX = 'sla-alert:';

export interface TrackerDeps {
  /** The background's clock: the only one besides the popup's. */
  now: () => number;
  readPolicy: () => Promise<Policy>;
  evaluate: EvaluateTicket;
  language: () => Language;
}

export interface TickResult {
  views: TrackedView[];
  due: DueAlert[];
  notificationId: string | null;
}

export function createTracker(deps: TrackerDeps) {
  const enqueue = createSerialQueue();

  /** Re-evaluates, prunes, refreshes the badge and notifies. */
  async function tick(): Promise<TickResult> {
    const now = deps.now();
    const [policy, tracked, alerts, settings] = await Promise.all([
      deps.readPolicy(),
      readTrackedTickets(),
      readAlertState(),
      readNotificationSettings(),
    ]);
    const evaluated = evaluateTracked(Object.values(tracked.tickets), policy, now, deps.evaluate);
    const stopped = new Set(evaluated.filter((view) => !hasLiveClock(view.sla)).map((view) => view.ticket.id));
    const kept = pruneTracked(tracked, now, { stopped });
    if (kept !== tracked) await writeTrackedTickets(kept);
    const views = evaluated.filter((view) => kept.tickets[view.ticket.id] !== undefined);

    await writeSummariesIfChanged({
      version: 1,
      summaries: Object.fromEntries(views.map((view) => [view.ticket.id, summarizeSla(view.sla)])),
    });

    const counts = countLevels(views);
    const badge = toolbarBadgeFor(counts);
    await showToolbarBadge(badge, badgeTooltip(counts.critical + counts.breached, deps.language()));

    const { due, fired } = findDueAlerts(views, alerts, settings, now);
    const notification = buildNotification(due, deps.language());
    const notificationId = notification ? `${NOTIFICATION_PREFIX}${now}` : null;
    let nextAlerts = recordFired(alerts, fired);
    if (notification && notificationId) nextAlerts = recordNotification(nextAlerts, notificationId, notification.tickets, now);
    nextAlerts = pruneAlertState(nextAlerts, new Set(Object.keys(kept.tickets)), now);
    // Write-then-notify: once the fired keys are stored, a worker killed before `create` can lose this notification
    // but can never show it twice.
    if (nextAlerts !== alerts) await writeAlertState(nextAlerts);
    if (notification && notificationId) {
      await browser.notifications.create(notificationId, {
        type: 'basic',
        iconUrl: NOTIFICATION_ICON_URL,
        title: notification.title,
        message: notification.message,
        priority: due.some((alert) => alert.level === 'breached') ? 2 : 1,
      });
    }
    return { views, due, notificationId };
  }

  async function evaluateOne(ticketId: string) {
    const [policy, tracked] = await Promise.all([deps.readPolicy(), readTrackedTickets()]);
    const ticket = tracked.tickets[ticketId];
    return ticket ? evaluateTracked([ticket], policy, deps.now(), deps.evaluate)[0] : undefined;
  }

  async function handle(message: TrackingMessage, senderOrigin?: string): Promise<unknown> {
    switch (message.type) {
      case 'sla-tracking:seen': {
        if (!Array.isArray(message.items)) return false;
        return enqueue(async () => {
          const tracked = await readTrackedTickets();
          await writeTrackedTickets(upsertSeen(tracked, message.items, deps.now(), senderOrigin));
          // The badge and alerts follow what the agent just saw, without waiting for the next alarm.
          await tick();
          return true;
        });
      }
      case 'sla-tracking:refresh':
        // The popup opened: bring the summaries (and badge) up to this instant rather than the last alarm's.
        await enqueue(tick);
        return true;
      case 'sla-tracking:acknowledge':
        return enqueue(async () => {
          const level = alertLevelOf((await evaluateOne(message.ticketId))?.sla.level ?? 'none');
          if (!level) return false;
          await writeAlertState(acknowledge(await readAlertState(), message.ticketId, level, deps.now()));
          return true;
        });
      case 'sla-tracking:snooze':
        if (![15, 30, 60].includes(message.minutes)) return false;
        return enqueue(async () => {
          await writeAlertState(snooze(await readAlertState(), message.ticketId, message.minutes, deps.now()));
          return true;
        });
      case 'sla-tracking:unsnooze':
        return enqueue(async () => {
          await writeAlertState(unsnooze(await readAlertState(), message.ticketId));
          // Alerts the snooze held back are due now, not at the next alarm.
          await tick();
          return true;
        });
      case 'sla-tracking:open': {
        const ticket = (await readTrackedTickets()).tickets[message.ticketId];
        if (!ticket) return false;
        await openTicket(ticket);
        return true;
      }
    }
  }

  async function handleNotificationClick(notificationId: string): Promise<void> {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
    const entry = (await readAlertState()).notifications[notificationId];
    const first = entry?.tickets[0];
    await browser.notifications.clear(notificationId);
    if (first) await openTicket(first);
  }

  return {
    tick: () => enqueue(tick),
    handle,
    handleNotificationClick,
  };
}

export type Tracker = ReturnType<typeof createTracker>;
