/**
 * Readers for the Zendesk JSON shapes of research §1.3 ([Z1] OpenAPI): ticket, organization, metric set and
 * custom status.
 */
import { asNumber, asRecord, asRecords, asString, asStrings, parseIsoTime } from '../json-guards';

export interface ZendeskTicket {
  id: number;
  subject?: string;
  status: string;
  customStatusId: number | null;
  priority: string | null;
  tags: string[];
  organizationId: number | null;
  requesterId: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface ZendeskOrganization {
  name: string | null;
  tags: string[];
}

/** `custom_status_id` → `status_category` (new/open/pending/hold/solved) [Z1] Z-n. */
export type CustomStatusCategories = Map<number, string>;

export function readTicket(value: unknown): ZendeskTicket | undefined {
  const t = asRecord(value);
  const id = asNumber(t?.id);
  const status = asString(t?.status);
  const createdAt = parseIsoTime(t?.created_at);
  if (!t || id === undefined || !status || createdAt === undefined) return undefined;
  const subject = asString(t.subject);
  return {
    id,
    ...(subject === undefined ? {} : { subject }),
    status,
    customStatusId: asNumber(t.custom_status_id) ?? null,
    priority: asString(t.priority) ?? null,
    tags: asStrings(t.tags),
    organizationId: asNumber(t.organization_id) ?? null,
    requesterId: asNumber(t.requester_id) ?? null,
    createdAt,
    // A ticket without `updated_at` has never changed since creation.
    updatedAt: parseIsoTime(t.updated_at) ?? createdAt,
  };
}

export function readOrganizations(value: unknown): Map<number, ZendeskOrganization> {
  const orgs = new Map<number, ZendeskOrganization>();
  for (const org of asRecords(value)) {
    const id = asNumber(org.id);
    if (id !== undefined) orgs.set(id, { name: asString(org.name) ?? null, tags: asStrings(org.tags) });
  }
  return orgs;
}

export function readCustomStatuses(value: unknown): CustomStatusCategories {
  const categories: CustomStatusCategories = new Map();
  for (const status of asRecords(asRecord(value)?.custom_statuses)) {
    const id = asNumber(status.id);
    const category = asString(status.status_category);
    if (id !== undefined && category) categories.set(id, category);
  }
  return categories;
}

/** Facts use the status category: a custom status maps through it; otherwise the system status is used. */
export function statusCategory(
  systemStatus: string,
  customStatusId: number | null,
  categories: CustomStatusCategories,
): string {
  return (customStatusId === null ? undefined : categories.get(customStatusId)) ?? systemStatus;
}

/** Ticket metric sets by ticket id. The single-ticket endpoint may wrap one in an array; accept both. */
export function readMetricSets(value: unknown): Map<number, Record<string, unknown>> {
  const sets = new Map<number, Record<string, unknown>>();
  for (const set of asRecords(Array.isArray(value) ? value : [value])) {
    const ticketId = asNumber(set.ticket_id);
    if (ticketId !== undefined) sets.set(ticketId, set);
  }
  return sets;
}
