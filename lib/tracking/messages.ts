/**
 * Messages to the background, the only writer of tracking state. Every page and content script goes through these,
 * so two contexts never race on the same storage key.
 */
import type { SeenTicket, SnoozeMinutes, TicketId } from './types';

export type TrackingMessage =
  | { type: 'sla-tracking:seen'; items: SeenTicket[] }
  | { type: 'sla-tracking:acknowledge'; ticketId: TicketId }
  | { type: 'sla-tracking:snooze'; ticketId: TicketId; minutes: SnoozeMinutes }
  | { type: 'sla-tracking:unsnooze'; ticketId: TicketId }
  | { type: 'sla-tracking:open'; ticketId: TicketId }
  | { type: 'sla-tracking:refresh' };

export function isTrackingMessage(value: unknown): value is TrackingMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type.startsWith('sla-tracking:')
  );
}
