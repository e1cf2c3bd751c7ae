/**
 * The tracked tickets in `storage.local` (PRODUCT.md "Storage": pruned after 24 h). One key, written only by the
 * background, so there is a single writer and no lost updates between contexts; pages only read and watch it.
 */
import { storage } from 'wxt/utils/storage';
import { isRecord, readVersioned } from './read-versioned';
import type { TrackedTicket, TrackedTickets } from './types';

export const TRACKED_TICKETS_KEY = 'local:tracking.tickets';

export const emptyTrackedTickets = (): TrackedTickets => ({ version: 1, tickets: {} });

/** Reads any stored value (any version, or garbage) as the current shape. Exported for the migration tests. */
export function migrateTrackedTickets(raw: unknown): TrackedTickets {
  return readVersioned<TrackedTickets>(raw, {
    current: 1,
    // v1 is the first shipped shape. A v2 adds `2: (v1) => v2` here and a test in tests/tracking/stored-shapes.
    migrations: {},
    accept: (document) => {
      const tickets = (document as { tickets?: unknown }).tickets;
      if (!isRecord(tickets)) return undefined;
      // Drop single malformed entries rather than the whole store.
      const kept: Record<string, TrackedTicket> = {};
      for (const [id, ticket] of Object.entries(tickets)) if (isTrackedTicket(ticket) && ticket.id === id) kept[id] = ticket;
      return { version: 1, tickets: kept };
    },
    empty: emptyTrackedTickets,
  });
}

function isTrackedTicket(value: unknown): value is TrackedTicket {
  if (!isRecord(value) || !isRecord(value.facts)) return false;
  const facts = value.facts;
  return (
    typeof value.id === 'string' &&
    (value.helpdesk === 'zendesk' || value.helpdesk === 'jira') &&
    typeof value.key === 'string' &&
    typeof value.url === 'string' &&
    typeof value.firstSeenAt === 'number' &&
    typeof value.lastSeenAt === 'number' &&
    typeof facts.createdAt === 'number' &&
    Array.isArray(facts.statusHistory) &&
    Array.isArray(facts.replies) &&
    Array.isArray(facts.tags)
  );
}

const item = storage.defineItem<unknown>(TRACKED_TICKETS_KEY);

export async function readTrackedTickets(): Promise<TrackedTickets> {
  return migrateTrackedTickets(await item.getValue());
}

export async function writeTrackedTickets(value: TrackedTickets): Promise<void> {
  await item.setValue(value);
}

/** Calls `onChange` with the new tickets whenever the background writes them. Returns an unsubscribe function. */
export function watchTrackedTickets(onChange: (value: TrackedTickets) => void): () => void {
  return item.watch((value) => onChange(migrateTrackedTickets(value)));
}
