import { createDefaultPolicy } from '../../lib/policy/create-default-policy';
import type { ReportTicket } from '../../lib/report/types';
import type { Reply, StatusChange, TicketFacts } from '../../lib/sla/types';

export const MIN = 60_000;
/** Monday 2026-11-02 00:00 UTC. */
export const T0 = Date.UTC(2026, 10, 2, 0, 0);
/** The report runs two weeks later, so every clock in the fixtures has long stopped or breached. */
export const NOW = T0 + 14 * 24 * 60 * MIN;

export const policy = createDefaultPolicy('UTC');

export interface Spec {
  key: string;
  /** Minutes after T0. */
  created?: number;
  priority?: string | null;
  /** `[minutes after creation, status]`; the creation status defaults to `open`. */
  statuses?: [number, string][];
  /** Minutes after creation of a public agent reply. */
  reply?: number;
  replies?: [number, Reply['author'], boolean?][];
  type?: string | null;
  title?: string;
  tags?: string[];
}

/** A Zendesk ticket on the default policy (urgent = P1: 24×7, first response 15 min, resolution 4 h). */
export function ticket(spec: Spec): ReportTicket {
  const createdAt = T0 + (spec.created ?? 0) * MIN;
  const statuses = spec.statuses ?? [[0, 'open']];
  const statusHistory: StatusChange[] = statuses.map(([m, status], i) => ({ at: i === 0 ? createdAt : createdAt + m * MIN, status }));
  const replies: Reply[] = [
    ...(spec.reply === undefined ? [] : [{ at: createdAt + spec.reply * MIN, author: 'agent' as const, public: true }]),
    ...(spec.replies ?? []).map(([m, author, pub]) => ({ at: createdAt + m * MIN, author, public: pub ?? true })),
  ].sort((a, b) => a.at - b.at);
  const facts: TicketFacts = {
    helpdesk: 'zendesk',
    key: spec.key,
    title: spec.title ?? `Ticket ${spec.key}`,
    createdAt,
    priority: spec.priority === undefined ? 'urgent' : spec.priority,
    tags: spec.tags ?? [],
    organization: null,
    statusHistory,
    replies,
  };
  return {
    facts,
    type: spec.type === undefined ? 'incident' : spec.type,
    owner: 'Ana Agent',
    satisfaction: null,
    url: `https://acme.zendesk.com/agent/tickets/${spec.key}`,
  };
}

/** A P1 ticket answered after `reply` minutes and solved after `solved` minutes (24×7: business = wall clock). */
export function answered(key: string, reply: number, solved?: number, extra: Partial<Spec> = {}): ReportTicket {
  const statuses: [number, string][] = solved === undefined ? [[0, 'open']] : [[0, 'open'], [solved, 'solved']];
  return ticket({ key, reply, statuses, ...extra });
}
