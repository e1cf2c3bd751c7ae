/**
 * Zendesk JSON → `TicketFacts` (ENGINE.md), for list rows (batch) and for the open ticket / viewport rows (detail).
 *
 * Batch approximation (OVERLAY.md "Lists paint from batch data"), from `show_many` + `metric_sets` only:
 * - status history: `new` at creation, then the current status since `status_updated_at`. Without a metric set
 *   (or when the status never changed) it is the current status since creation. Intermediate statuses, and so
 *   earlier pauses, are unknown until the detail arrives.
 * - replies: when `replies > 0`, one public agent reply at `created_at + reply_time_in_minutes.calendar`
 *   (minute resolution [Z1] Z-e). Later replies are unknown, so nextResponse starts only with the detail.
 * - no native SLA (`include=slas` is single-ticket only, research §8.2).
 */
import type { Reply, StatusChange, TicketFacts } from '../../sla/types';
import { asNumber, asRecord, parseIsoTime } from '../json-guards';
import { readAudits, repliesFromAudits, statusHistoryFromAudits } from './audit-history';
import { nativeSlaFromZendesk } from './native-sla';
import {
  statusCategory,
  type CustomStatusCategories,
  type ZendeskOrganization,
  type ZendeskTicket,
} from './read-ticket';

function baseFacts(ticket: ZendeskTicket, org: ZendeskOrganization | undefined) {
  return {
    helpdesk: 'zendesk' as const,
    key: String(ticket.id),
    ...(ticket.subject === undefined ? {} : { title: ticket.subject }),
    createdAt: ticket.createdAt,
    priority: ticket.priority,
    // Ticket tags then organisation tags, without repeats.
    tags: [...new Set([...ticket.tags, ...(org?.tags ?? [])])],
    organization: org?.name ?? null,
  };
}

export function zendeskBatchFacts(
  ticket: ZendeskTicket,
  metricSet: Record<string, unknown> | undefined,
  org: ZendeskOrganization | undefined,
  categories: CustomStatusCategories,
): TicketFacts {
  const current = statusCategory(ticket.status, ticket.customStatusId, categories);
  const statusSince = parseIsoTime(metricSet?.status_updated_at);
  const statusHistory: StatusChange[] =
    statusSince === undefined || statusSince <= ticket.createdAt || current === 'new'
      ? [{ at: ticket.createdAt, status: current }]
      : [
          { at: ticket.createdAt, status: 'new' },
          { at: statusSince, status: current },
        ];
  const replyMinutes = asNumber(asRecord(metricSet?.reply_time_in_minutes)?.calendar);
  const replies: Reply[] =
    (asNumber(metricSet?.replies) ?? 0) > 0 && replyMinutes !== undefined
      ? [{ at: ticket.createdAt + replyMinutes * 60_000, author: 'agent', public: true }]
      : [];
  return { ...baseFacts(ticket, org), statusHistory, replies };
}

export function zendeskDetailFacts(
  ticket: ZendeskTicket,
  slas: unknown,
  org: ZendeskOrganization | undefined,
  auditsJson: unknown,
  categories: CustomStatusCategories,
  now: number,
): TicketFacts {
  const audits = readAudits(auditsJson);
  const facts: TicketFacts = {
    ...baseFacts(ticket, org),
    statusHistory: statusHistoryFromAudits(ticket, audits, categories),
    replies: repliesFromAudits(ticket, audits, asRecord(auditsJson)?.users),
  };
  const native = nativeSlaFromZendesk(slas, now);
  if (native) facts.native = native;
  return facts;
}
