/**
 * The popup's view of tracking: the stored tickets, the background's summaries of them and the alert state, kept
 * current through storage watchers (the background writes; the popup only reads and sends messages). The popup runs
 * no engine: it renders the summaries at once, and its one clock turns each `dueAt` into a live countdown.
 */
import { browser } from 'wxt/browser';
import { create } from 'zustand';
import { emptyAlertState, readAlertState, watchAlertState } from './alert-state-store';
import type { TrackingMessage } from './messages';
import { emptySummaries, readSummaries, watchSummaries } from './summaries-store';
import { readTrackedTickets, watchTrackedTickets } from './tracked-tickets-store';
import type { AlertState, SlaSummary, SnoozeMinutes, TicketId, TrackedTicket } from './types';

export interface CockpitState {
  loaded: boolean;
  tickets: TrackedTicket[];
  summaries: Record<TicketId, SlaSummary>;
  alerts: AlertState;
}

export const useCockpitStore = create<CockpitState>(() => ({
  loaded: false,
  tickets: [],
  summaries: emptySummaries().summaries,
  alerts: emptyAlertState(),
}));

/** Loads once, follows changes, and asks the background for a fresh evaluation. Returns the unsubscribe function. */
export function startCockpitSync(): () => void {
  const set = useCockpitStore.setState;
  void Promise.all([readTrackedTickets(), readSummaries(), readAlertState()]).then(([tracked, summaries, alerts]) => {
    // With 'sla-popup-rendered' (App), the end-to-end suite measures the first render of the list.
    performance.mark('sla-popup-data');
    set({ loaded: true, tickets: Object.values(tracked.tickets), summaries: summaries.summaries, alerts });
    // Then ask the background for an evaluation as of now; after the first paint, so the two don't compete.
    setTimeout(() => void send({ type: 'sla-tracking:refresh' }).catch(() => undefined), 250);
  });
  const stops = [
    watchTrackedTickets((tracked) => set({ tickets: Object.values(tracked.tickets) })),
    watchSummaries((summaries) => set({ summaries: summaries.summaries })),
    watchAlertState((alerts) => set({ alerts })),
  ];
  return () => stops.forEach((stop) => stop());
}

function send(message: TrackingMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/** What the popup's buttons do; the background owns the state they change. */
export const cockpitActions = {
  open: (ticketId: TicketId) => send({ type: 'sla-tracking:open', ticketId }),
  acknowledge: (ticketId: TicketId) => send({ type: 'sla-tracking:acknowledge', ticketId }),
  snooze: (ticketId: TicketId, minutes: SnoozeMinutes) => send({ type: 'sla-tracking:snooze', ticketId, minutes }),
  unsnooze: (ticketId: TicketId) => send({ type: 'sla-tracking:unsnooze', ticketId }),
  openOptions: () => browser.runtime.openOptionsPage(),
};
