import type { TicketFacts } from '../../../lib/sla/types';

/** The preview's editable ticket: times are kept relative to "now" so the sample stays meaningful over time. */
export interface SampleTicket {
  helpdesk: TicketFacts['helpdesk'];
  priority: string;
  tags: string[];
  organization: string;
  createdAt: number;
  statuses: { at: number; status: string }[];
  replies: { at: number; author: 'agent' | 'customer'; public: boolean }[];
}

export function initialSample(now: number): SampleTicket {
  const createdAt = Math.floor((now - 2 * 3600_000) / 60_000) * 60_000;
  return {
    helpdesk: 'zendesk',
    priority: 'high',
    tags: [],
    organization: '',
    createdAt,
    statuses: [{ at: createdAt, status: 'open' }],
    replies: [],
  };
}

/** The engine's facts for a sample: histories sorted, the first status pinned to the creation time. */
export function sampleToFacts(sample: SampleTicket): TicketFacts {
  const statuses = [...sample.statuses].sort((a, b) => a.at - b.at);
  if (statuses[0]) statuses[0] = { ...statuses[0], at: sample.createdAt };
  return {
    helpdesk: sample.helpdesk,
    key: 'PREVIEW-1',
    createdAt: sample.createdAt,
    priority: sample.priority.trim() || null,
    tags: sample.tags,
    organization: sample.organization.trim() || null,
    statusHistory: statuses.map((entry) => ({ at: Math.max(entry.at, sample.createdAt), status: entry.status })),
    replies: [...sample.replies].filter((reply) => reply.at >= sample.createdAt).sort((a, b) => a.at - b.at),
  };
}
