/**
 * Status history and replies from `GET /api/v2/tickets/{id}/audits.json?include=users` [Z1] Z-h.
 * - Status: the `Create` event's status at creation, then `Change` events on `status` and `custom_status_id`
 *   (the latter mapped through its category; a custom status change within one category is no change).
 * - Replies: `Comment` events after the opening comment; `public` from the event; the requester, or any user whose
 *   role is `end-user`, is the customer (OVERLAY.md), everyone else an agent.
 */
import type { Reply, StatusChange } from '../../sla/types';
import { asNumber, asRecord, asRecords, asString, parseIsoTime, type JsonRecord } from '../json-guards';
import { statusCategory, type CustomStatusCategories, type ZendeskTicket } from './read-ticket';

interface Audit {
  at: number;
  authorId: number | undefined;
  events: JsonRecord[];
}

export function readAudits(json: unknown): Audit[] {
  const audits: Audit[] = [];
  for (const audit of asRecords(asRecord(json)?.audits)) {
    const at = parseIsoTime(audit.created_at);
    if (at !== undefined) audits.push({ at, authorId: asNumber(audit.author_id), events: asRecords(audit.events) });
  }
  return audits.sort((a, b) => a.at - b.at); // stable: same-instant audits keep the API's order
}

export function statusHistoryFromAudits(
  ticket: ZendeskTicket,
  audits: Audit[],
  categories: CustomStatusCategories,
): StatusChange[] {
  const statusIn = (events: JsonRecord[], type: string): string | undefined => {
    let status: string | undefined;
    let custom: string | undefined;
    for (const e of events) {
      if (e.type !== type) continue;
      if (e.field_name === 'status') status = asString(e.value) ?? status;
      if (e.field_name === 'custom_status_id') custom = categories.get(Number(e.value)) ?? custom;
    }
    return custom ?? status;
  };
  const firstChange = audits.flatMap((a) => a.events).find((e) => e.type === 'Change' && e.field_name === 'status');
  const initial =
    audits.map((a) => statusIn(a.events, 'Create')).find((s) => s !== undefined) ??
    asString(firstChange?.previous_value) ??
    statusCategory(ticket.status, ticket.customStatusId, categories);
  const history: StatusChange[] = [{ at: ticket.createdAt, status: initial }];
  for (const audit of audits) {
    const status = statusIn(audit.events, 'Change');
    const last = history[history.length - 1];
    if (status === undefined || status === last?.status) continue;
    history.push({ at: Math.max(audit.at, ticket.createdAt), status });
  }
  return history;
}

export function repliesFromAudits(ticket: ZendeskTicket, audits: Audit[], usersJson: unknown): Reply[] {
  const roles = new Map<number, string>();
  for (const user of asRecords(usersJson)) {
    const id = asNumber(user.id);
    const role = asString(user.role);
    if (id !== undefined && role) roles.set(id, role);
  }
  const comments = audits.flatMap((audit) =>
    audit.events
      .filter((e) => e.type === 'Comment')
      .map((e) => ({ at: audit.at, public: e.public !== false, authorId: asNumber(e.author_id) ?? audit.authorId })),
  );
  // The first comment is the opening message, not a reply.
  return comments.slice(1).map((c) => ({
    at: c.at,
    author: c.authorId === ticket.requesterId || roles.get(c.authorId ?? -1) === 'end-user' ? 'customer' : 'agent',
    public: c.public,
  }));
}
