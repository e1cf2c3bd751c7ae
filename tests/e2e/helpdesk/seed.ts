/**
 * The imitation's data: tickets defined at the facts level (the TRUTH a perfect adapter produces), plus the
 * presentation data the API JSON and pages are rendered from.
 *
 * Level scenarios use P1 (24x7) so their expected level under `createDefaultPolicy` does not depend on the wall clock.
 * Tickets on office-hours tiers (VIP, null priority) leave `expectedLevel` undefined: compute it with the engine.
 */
import type { MetricName, NativeSla, Reply, StatusChange, TicketFacts } from '../../../lib/sla/types';
import { rng } from './http-util';
import type { FxNativeDetail, FxOrganization, FxPerson, SeedTicket, Site } from './model';
import { AGENTS, CUSTOMERS, ORGS } from './people';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

/** Jira status names → category (the imitation's workflow). */
export const JIRA_STATUSES: Record<string, { id: string; category: 'new' | 'indeterminate' | 'done' }> = {
  'Waiting for support': { id: '10001', category: 'new' },
  'In Progress': { id: '10002', category: 'indeterminate' },
  'Waiting for customer': { id: '10003', category: 'indeterminate' },
  Pending: { id: '10004', category: 'indeterminate' },
  Escalated: { id: '10005', category: 'indeterminate' },
  Resolved: { id: '10006', category: 'done' },
  Closed: { id: '10007', category: 'done' },
  'To Do': { id: '10008', category: 'new' },
  Done: { id: '10009', category: 'done' },
};

export const JIRA_PRIORITIES: Record<string, string> = {
  Highest: '1',
  High: '2',
  Medium: '3',
  Low: '4',
  Lowest: '5',
  Someday: '10000',
};

/** Zendesk custom statuses (`/api/v2/custom_statuses.json`). The defaults plus two custom ones. */
export const ZD_CUSTOM_STATUSES = [
  { id: 1001, status_category: 'new', agent_label: 'New', end_user_label: 'Open', active: true, default: true },
  { id: 1002, status_category: 'open', agent_label: 'Open', end_user_label: 'Open', active: true, default: true },
  { id: 1003, status_category: 'pending', agent_label: 'Pending', end_user_label: 'Awaiting your reply', active: true, default: true },
  { id: 1004, status_category: 'hold', agent_label: 'On-hold', end_user_label: 'Open', active: true, default: true },
  { id: 1005, status_category: 'solved', agent_label: 'Solved', end_user_label: 'Solved', active: true, default: true },
  { id: 3600099, status_category: 'pending', agent_label: 'Waiting on vendor', end_user_label: 'Awaiting your reply', active: true, default: false },
  { id: 3600100, status_category: 'open', agent_label: 'Escalated to engineering', end_user_label: 'Open', active: true, default: false },
];

/** `[minutesAgo, status]`; the first entry is the status at creation. */
type StatusSpec = [number, string];
/** `[minutesAgo, author, public?]` */
type ReplySpec = [number, 'agent' | 'customer', boolean?];
interface NativeSpec {
  metric: MetricName;
  /** Minutes from now (negative: in the past). null while paused. */
  dueIn: number | null;
  paused?: boolean;
  breached?: boolean;
  met?: boolean;
  goalMinutes: number;
}

export interface TicketSpec {
  site: Site;
  key: string;
  scenario: string;
  expectedLevel?: string;
  subject: string;
  priority: string | null;
  createdMinutesAgo: number;
  statuses: StatusSpec[];
  replies?: ReplySpec[];
  org?: FxOrganization | null;
  tags?: string[];
  requester?: FxPerson;
  assignee?: FxPerson | null;
  type?: string | null;
  customStatus?: SeedTicket['customStatus'];
  native?: NativeSpec[];
  access?: SeedTicket['access'];
  omitSlas?: boolean;
  project?: string;
  issueType?: string;
  noise?: boolean;
}

let nextJiraId = 10_040;

/** Turns a compact spec into a `SeedTicket` with its facts, relative to `now`. */
export function buildTicket(spec: TicketSpec, now: number): SeedTicket {
  const ago = (m: number): number => now - Math.round(m * MIN);
  const createdAt = ago(spec.createdMinutesAgo);
  const jira = spec.site !== 'zendesk';
  const statusHistory: StatusChange[] = spec.statuses.map(([m, status], i) => {
    const entry: StatusChange = { at: i === 0 ? createdAt : ago(m), status };
    const cat = JIRA_STATUSES[status]?.category;
    if (jira && cat) entry.category = cat;
    return entry;
  });
  const replies: Reply[] = (spec.replies ?? []).map(([m, author, pub]) => ({ at: ago(m), author, public: pub ?? true }));
  const org = spec.org ?? null;
  const ticketTags = spec.tags ?? [];
  const tags = jira ? [...ticketTags] : [...new Set([...ticketTags, ...(org?.tags ?? [])])];
  const native: NativeSla[] | undefined = spec.native?.map((n) => ({
    metric: n.metric,
    dueAt: n.dueIn === null ? null : now + Math.round(n.dueIn * MIN),
    paused: n.paused ?? false,
    breached: n.breached ?? false,
    met: n.met ?? false,
  }));
  const nativeDetail: FxNativeDetail[] | undefined = spec.native?.map((n) => ({
    metric: n.metric,
    startAt: createdAt,
    goalMs: n.goalMinutes * MIN,
    ...(n.met ? { stopAt: replies.find((r) => r.author === 'agent' && r.public)?.at ?? now } : {}),
  }));
  const facts: TicketFacts = {
    helpdesk: jira ? 'jira' : 'zendesk',
    key: spec.key,
    title: spec.subject,
    createdAt,
    priority: spec.priority,
    tags,
    organization: org?.name ?? null,
    statusHistory,
    replies,
    ...(native ? { native } : {}),
  };
  const lastEvent = Math.max(createdAt, ...statusHistory.map((s) => s.at), ...replies.map((r) => r.at));
  const numericId = jira ? nextJiraId++ : Number(spec.key);
  return {
    site: spec.site,
    key: spec.key,
    facts,
    scenario: spec.scenario,
    ...(spec.expectedLevel !== undefined ? { expectedLevel: spec.expectedLevel } : {}),
    subject: spec.subject,
    requester: spec.requester ?? CUSTOMERS[0]!,
    assignee: spec.assignee === undefined ? AGENTS[0]! : spec.assignee,
    organization: org,
    ticketTags,
    type: spec.type === undefined ? (jira ? null : 'incident') : spec.type,
    updatedAt: lastEvent,
    ...(spec.customStatus ? { customStatus: spec.customStatus } : {}),
    ...(spec.omitSlas ? { omitSlas: true } : {}),
    ...(nativeDetail ? { nativeDetail } : {}),
    access: spec.access ?? 'ok',
    ...(jira ? { project: spec.project ?? spec.key.split('-')[0]!, issueType: spec.issueType ?? '[System] Incident' } : {}),
    ...(jira && spec.noise !== false
      ? { noiseHistory: [{ at: createdAt + 30_000, field: 'assignee', from: null, to: (spec.assignee ?? AGENTS[0]!)?.name ?? null }] }
      : {}),
    numericId,
  };
}

/** The scenario tickets shared by both helpdesks (same shape, different status and priority vocabularies). */
function levelSpecs(site: 'zendesk' | 'jira', k: (n: number) => string): TicketSpec[] {
  const zd = site === 'zendesk';
  const P1 = zd ? 'urgent' : 'Highest';
  const st = zd
    ? { new: 'new', open: 'open', pending: 'pending', hold: 'hold', solved: 'solved' }
    : { new: 'Waiting for support', open: 'In Progress', pending: 'Waiting for customer', hold: 'Pending', solved: 'Resolved' };
  const specs: TicketSpec[] = [
    { site, key: k(1), scenario: 'p1-ok', expectedLevel: 'ok', subject: 'Cannot export invoices', priority: P1,
      createdMinutesAgo: 3, statuses: [[3, st.new]], org: ORGS.acme, omitSlas: zd, requester: CUSTOMERS[0] },
    { site, key: k(2), scenario: 'p1-warning', expectedLevel: 'warning', subject: 'Checkout page returns 502', priority: P1,
      createdMinutesAgo: 9, statuses: [[9, st.new]], org: ORGS.initech, requester: CUSTOMERS[1], tags: ['checkout'] },
    { site, key: k(3), scenario: 'p1-critical', expectedLevel: 'critical', subject: 'All users logged out after deploy',
      priority: P1, createdMinutesAgo: 13, statuses: [[13, st.new]], org: ORGS.acme, requester: CUSTOMERS[2] },
    { site, key: k(4), scenario: 'p1-breached', expectedLevel: 'breached', subject: 'Data sync stopped overnight',
      priority: P1, createdMinutesAgo: 40, statuses: [[40, st.new], [35, st.open]], org: ORGS.initech, requester: CUSTOMERS[1] },
    { site, key: k(5), scenario: 'paused-pending', expectedLevel: 'paused', subject: 'Need your HAR file to continue',
      priority: P1, createdMinutesAgo: 60, statuses: [[60, st.new], [50, st.pending]], replies: [[50, 'agent']],
      org: ORGS.acme, requester: CUSTOMERS[4] },
    { site, key: k(6), scenario: 'met', expectedLevel: 'met', subject: 'Password reset link expired', priority: P1,
      createdMinutesAgo: 300, statuses: [[300, st.new], [295, st.open], [240, st.solved]], replies: [[295, 'agent']],
      org: ORGS.acme, requester: CUSTOMERS[0] },
    { site, key: k(7), scenario: 'missed', expectedLevel: 'missed', subject: 'Invoice PDF is blank', priority: P1,
      createdMinutesAgo: 600, statuses: [[600, st.new], [540, st.open], [480, st.solved]], replies: [[540, 'agent']],
      org: ORGS.initech, requester: CUSTOMERS[1] },
    { site, key: k(8), scenario: 'vip-org', subject: 'Dashboard slow for our team', priority: zd ? 'normal' : 'Medium',
      createdMinutesAgo: 20, statuses: [[20, st.new]], org: ORGS.globex, requester: CUSTOMERS[0],
      tags: zd ? ['performance'] : ['vip', 'performance'] },
    { site, key: k(9), scenario: 'on-hold', expectedLevel: 'paused', subject: 'Waiting on our vendor for a fix', priority: P1,
      createdMinutesAgo: 90, statuses: [[90, st.new], [80, st.hold]], replies: [[80, 'agent']], org: ORGS.acme,
      requester: CUSTOMERS[2] },
    { site, key: k(10), scenario: 'next-response-warning', expectedLevel: 'warning', subject: 'Follow-up: export still failing',
      priority: P1, createdMinutesAgo: 120, statuses: [[120, st.new], [115, st.open]],
      replies: [[115, 'agent'], [20, 'customer']], org: ORGS.acme, requester: CUSTOMERS[0] },
    { site, key: k(11), scenario: 'private-note-warning', expectedLevel: 'warning',
      subject: 'Agent note before first reply', priority: P1, createdMinutesAgo: 10, statuses: [[10, st.new]],
      replies: [[8, 'agent', false]], org: ORGS.initech, requester: CUSTOMERS[1] },
    { site, key: k(12), scenario: 'reopened-warning', expectedLevel: 'warning', subject: 'Reopened: SSO loop again',
      priority: P1, createdMinutesAgo: 180, statuses: [[180, st.new], [175, st.open], [120, st.solved], [20, st.open]],
      replies: [[175, 'agent'], [20, 'customer']], org: ORGS.acme, requester: CUSTOMERS[4] },
    { site, key: k(13), scenario: 'markup', expectedLevel: 'ok', subject: '<img src=x onerror=alert(1)> <b>bold</b> subject',
      priority: P1, createdMinutesAgo: 2, statuses: [[2, st.new]], org: ORGS.evil, requester: CUSTOMERS[3],
      tags: ['<b>bold</b>', 'xss'] },
    { site, key: k(14), scenario: 'native-sla', expectedLevel: 'ok', subject: 'Native SLA: API keys rotated', priority: P1,
      createdMinutesAgo: 5, statuses: [[5, st.new]], org: ORGS.acme, requester: CUSTOMERS[2],
      native: [
        { metric: 'firstResponse', dueIn: 20, goalMinutes: 25 },
        { metric: 'resolution', dueIn: 235, goalMinutes: 240 },
      ] },
    { site, key: k(15), scenario: 'native-breached', expectedLevel: 'breached', subject: 'Native SLA breached: outage',
      priority: P1, createdMinutesAgo: 50, statuses: [[50, st.new]], org: ORGS.initech, requester: CUSTOMERS[1],
      native: [
        { metric: 'firstResponse', dueIn: -35, breached: true, goalMinutes: 15 },
        { metric: 'resolution', dueIn: 190, goalMinutes: 240 },
      ] },
    { site, key: k(16), scenario: 'native-paused', expectedLevel: 'paused', subject: 'Native SLA paused: awaiting logs',
      priority: P1, createdMinutesAgo: 45, statuses: [[45, st.new], [40, st.pending]], replies: [[40, 'agent']],
      org: ORGS.acme, requester: CUSTOMERS[0],
      native: [
        { metric: 'firstResponse', dueIn: null, met: true, goalMinutes: 15 },
        { metric: 'resolution', dueIn: null, paused: true, goalMinutes: 240 },
      ] },
    { site, key: k(17), scenario: 'forbidden', subject: 'Restricted: legal hold', priority: P1, createdMinutesAgo: 30,
      statuses: [[30, st.new]], org: ORGS.acme, access: 'forbidden' },
    { site, key: k(18), scenario: 'missing', subject: 'Deleted ticket', priority: P1, createdMinutesAgo: 30,
      statuses: [[30, st.new]], org: ORGS.acme, access: 'missing' },
  ];
  return specs;
}

/**
 * The standard scenario, relative to `now`:
 * Zendesk tickets 4821–4841, Jira Cloud SUP-12–SUP-33 (JSM project SUP), Jira DC OPS-7–OPS-10.
 * Look tickets up by `scenario` (e.g. `'p1-warning'`) rather than by key.
 */
export function seedScenario(now: number): SeedTicket[] {
  nextJiraId = 10_040;
  const zdKey = (n: number): string => String(4820 + n);
  const zdSpecs = levelSpecs('zendesk', zdKey);
  zdSpecs.push(
    { site: 'zendesk', key: '4839', scenario: 'custom-status-pending', expectedLevel: 'paused',
      subject: 'Waiting on vendor (custom status)', priority: 'urgent', createdMinutesAgo: 70,
      statuses: [[70, 'new'], [60, 'pending']], replies: [[60, 'agent']], org: ORGS.acme,
      customStatus: { id: 3600099, label: 'Waiting on vendor', category: 'pending' } },
    // The requester is an agent (internal ticket): their comments are customer replies whatever their role.
    { site: 'zendesk', key: '4841', scenario: 'requester-is-agent', expectedLevel: 'warning',
      subject: 'Internal: laptop replacement', priority: 'urgent', createdMinutesAgo: 60,
      statuses: [[60, 'new'], [50, 'open']], replies: [[50, 'agent'], [20, 'customer']], org: ORGS.acme,
      requester: AGENTS[1], assignee: AGENTS[0], type: 'task' },
    { site: 'zendesk', key: '4840', scenario: 'null-priority', subject: 'Question about plan limits', priority: null,
      createdMinutesAgo: 25, statuses: [[25, 'new']], org: ORGS.initech, type: 'question', requester: CUSTOMERS[1] },
  );
  const supKey = (n: number): string => `SUP-${11 + n}`;
  const jiraSpecs = levelSpecs('jira', supKey);
  jiraSpecs.push(
    { site: 'jira', key: 'SUP-30', scenario: 'custom-status-pending', expectedLevel: 'paused',
      subject: 'Pending third-party fix', priority: 'Highest', createdMinutesAgo: 70,
      statuses: [[70, 'Waiting for support'], [60, 'Pending']], replies: [[60, 'agent']], org: ORGS.acme },
    { site: 'jira', key: 'SUP-31', scenario: 'no-sla', expectedLevel: 'none', subject: 'Someday: nicer export icons',
      priority: 'Someday', createdMinutesAgo: 300, statuses: [[300, 'Waiting for support']], org: ORGS.initech },
    { site: 'jira', key: 'SUP-32', scenario: 'null-priority', subject: 'Priority not set', priority: null,
      createdMinutesAgo: 25, statuses: [[25, 'Waiting for support']], org: ORGS.acme },
  );
  // SUP-33: a long history (status flips every 2 min for ~4 h) so the issue changelog needs a second page.
  const flips: StatusSpec[] = [[250, 'Waiting for support']];
  for (let i = 0; i < 120; i++) flips.push([245 - i * 2, i % 2 === 0 ? 'In Progress' : 'Waiting for customer']);
  jiraSpecs.push({
    site: 'jira', key: 'SUP-33', scenario: 'long-changelog', subject: 'Ping-pong ticket with a long history',
    priority: 'Highest', createdMinutesAgo: 250, statuses: flips, replies: [[249, 'agent']], org: ORGS.acme,
  });
  const dcKey = (n: number): string => `OPS-${6 + n}`;
  const dcSpecs: TicketSpec[] = [
    { site: 'jira-dc', key: dcKey(1), scenario: 'p1-warning', expectedLevel: 'warning', subject: 'DC: VPN drops every hour',
      priority: 'Highest', createdMinutesAgo: 9, statuses: [[9, 'To Do']], issueType: 'Bug' },
    { site: 'jira-dc', key: dcKey(2), scenario: 'paused-pending', expectedLevel: 'paused',
      subject: 'DC: waiting for customer logs', priority: 'Highest', createdMinutesAgo: 60,
      statuses: [[60, 'To Do'], [50, 'Waiting for customer']], replies: [[50, 'agent']], issueType: 'Bug' },
    { site: 'jira-dc', key: dcKey(3), scenario: 'p1-breached', expectedLevel: 'breached', subject: 'DC: backups failing',
      priority: 'Highest', createdMinutesAgo: 40, statuses: [[40, 'To Do'], [30, 'In Progress']], issueType: 'Bug' },
    { site: 'jira-dc', key: dcKey(4), scenario: 'met', expectedLevel: 'met', subject: 'DC: licence renewal', priority: 'Highest',
      createdMinutesAgo: 300, statuses: [[300, 'To Do'], [295, 'In Progress'], [240, 'Done']], replies: [[295, 'agent']],
      issueType: 'Task' },
  ];
  return [...zdSpecs, ...jiraSpecs, ...dcSpecs].map((s) => buildTicket(s, now));
}

// ---------------------------------------------------------------------------------------------------------------
// Generated bulk tickets (large views, reports)

export interface GenerateOptions {
  site: Site;
  count: number;
  /** PRNG seed: the same seed, count and `now` give the same tickets. */
  seed?: number;
  now: number;
  /** Tickets are created uniformly over this many days before `now` (default 28 = four weeks). */
  spanDays?: number;
  /** Zendesk: first id (default 10001). Jira: key prefix (default `BULK`; Data Center `DCB`). */
  firstId?: number;
  project?: string;
}

/**
 * Deterministic bulk tickets: a realistic mix of priorities, replies and statuses; most older tickets are solved.
 * Cheap (about 5,000 tickets in a few milliseconds); facts are the truth as for the scenario tickets.
 */
export function generateTickets(opts: GenerateOptions): SeedTicket[] {
  const r = rng(opts.seed ?? 42);
  const span = (opts.spanDays ?? 28) * DAY;
  const jira = opts.site !== 'zendesk';
  const project = opts.project ?? (opts.site === 'jira-dc' ? 'DCB' : 'BULK');
  const firstId = opts.firstId ?? 10_001;
  const zdPriorities = ['urgent', 'high', 'high', 'normal', 'normal', 'normal', 'low', null];
  const jiraPriorities = ['Highest', 'High', 'High', 'Medium', 'Medium', 'Medium', 'Low', null];
  const st = jira
    ? { new: 'Waiting for support', open: 'In Progress', pending: 'Waiting for customer', solved: 'Resolved' }
    : { new: 'new', open: 'open', pending: 'pending', solved: 'solved' };
  const subjects = ['Login fails', 'Export broken', 'Billing question', 'API timeout', 'Feature request', 'SSO setup',
    'Slow dashboard', 'Webhook retries', 'Refund request', 'Data import error'];
  const orgs = [ORGS.acme, ORGS.initech, ORGS.globex, null];
  const out: SeedTicket[] = [];
  for (let i = 0; i < opts.count; i++) {
    const createdAgo = r() * span;
    const toMin = (ms: number): number => ms / MIN;
    const c = toMin(createdAgo);
    const priority = (jira ? jiraPriorities : zdPriorities)[Math.floor(r() * 8)] ?? null;
    const statuses: StatusSpec[] = [[c, st.new]];
    const replies: ReplySpec[] = [];
    const firstReplyAfter = r() * Math.min(createdAgo, 6 * HOUR);
    if (r() < 0.85 && firstReplyAfter < createdAgo) {
      const at = c - toMin(firstReplyAfter);
      replies.push([at, 'agent']);
      statuses.push([at, st.open]);
      const rest = createdAgo - firstReplyAfter;
      if (r() < 0.4) {
        const cust = at - toMin(r() * rest * 0.5);
        replies.push([cust, 'customer']);
        if (r() < 0.8) replies.push([cust - toMin(r() * Math.min(rest * 0.3, 4 * HOUR)), 'agent']);
      }
      const roll = r();
      if (roll < 0.6 && createdAgo > 2 * HOUR) statuses.push([Math.max(0, at - toMin(r() * rest * 0.8) - 1), st.solved]);
      else if (roll < 0.75) statuses.push([Math.max(0, at - 1), st.pending]);
    }
    // Keep histories ascending (a solve can not precede the last reply here).
    const lastReply = Math.min(...replies.map((x) => x[0]), c);
    const fixed = statuses.map(([m, s], idx): StatusSpec => (idx > 0 && s === st.solved ? [Math.min(m, lastReply - 1), s] : [m, s]));
    const filtered = fixed.filter(([m], idx) => idx === 0 || m >= 0);
    const key = jira ? `${project}-${i + 1}` : String(firstId + i);
    const org = orgs[Math.floor(r() * orgs.length)] ?? null;
    out.push(
      buildTicket(
        {
          site: opts.site,
          key,
          scenario: 'bulk',
          subject: `${subjects[i % subjects.length]} #${i + 1}`,
          priority,
          createdMinutesAgo: c,
          statuses: filtered,
          replies: replies.filter(([m]) => m >= 0).sort((a, b) => b[0] - a[0]),
          org,
          requester: CUSTOMERS[i % 3],
          assignee: AGENTS[i % 2],
          noise: false,
          project,
          tags: org === ORGS.globex && jira ? ['vip'] : [],
        },
        opts.now,
      ),
    );
  }
  return out;
}
