/**
 * The policy document, version 1, exactly as `POLICY.md` pins it and as `parsePolicy` returns it
 * (normalised: map keys lower-cased, time zones canonical).
 *
 * These types are the contract between the policy model, the engine, the store and the editor.
 * The zod schema in `schema.ts` must produce exactly this shape.
 */

/** A wall-clock time `HH:mm`, `00:00` to `24:00`. */
export type WallTime = string;
/** A half-open business window `[start, end)` in the calendar's zone. */
export type TimeWindow = [WallTime, WallTime];
/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export type Holiday =
  | { date: IsoDate; name?: string }
  | { from: IsoDate; to: IsoDate; name?: string };

export interface Workday {
  date: IsoDate;
  hours: TimeWindow[];
  name?: string;
}

export interface BusinessCalendar {
  id: string;
  name: string;
  timeZone: string;
  weekly: Record<Weekday, TimeWindow[]>;
  holidays: Holiday[];
  workdays: Workday[];
}

export interface CustomerTier {
  id: string;
  name: string;
  tags: string[];
  organizations: string[];
}

export type MetricName = 'firstResponse' | 'nextResponse' | 'resolution';
export const METRIC_NAMES: readonly MetricName[] = ['firstResponse', 'nextResponse', 'resolution'];

export interface Target {
  minutes: number;
  /** `'24x7'` or the id of a calendar in the same policy. */
  calendar: string;
}

export interface Escalation {
  warningAt: number;
  criticalAt: number;
}

export interface Tier {
  id: string;
  name: string;
  priorities: string[];
  customerTiers: string[];
  targets: Partial<Record<MetricName, Target>>;
  escalation?: Escalation;
}

export type Helpdesk = 'zendesk' | 'jira';
export type MappedStatus = 'active' | 'paused' | 'done';

export interface Policy {
  version: 1;
  name: string;
  calendars: BusinessCalendar[];
  customerTiers: CustomerTier[];
  tiers: Tier[];
  defaultPriority: string | null;
  priorityMap: Record<Helpdesk, Record<string, string>>;
  statusMap: Record<Helpdesk, Record<string, MappedStatus>>;
  escalation: Escalation;
  preferNativeSla: boolean;
}

/** One problem found in a policy: `path` names the field (`tiers[2].targets.resolution.minutes`), `""` the document. */
export interface PolicyIssue {
  path: string;
  message: string;
}

export type ParsePolicyResult =
  | { ok: true; policy: Policy; warnings: PolicyIssue[] }
  | { ok: false; errors: PolicyIssue[] };
