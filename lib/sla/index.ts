/**
 * The SLA engine's public surface (`ENGINE.md`). Other parts of the product and outside checks import these names.
 */
export type {
  CalendarRef,
  MetricLevel,
  MetricName,
  MetricSla,
  MetricState,
  NativeSla,
  Reply,
  SlaSource,
  StatusCategory,
  StatusChange,
  TicketFacts,
  TicketLevel,
  TicketSla,
} from './types';
export type {
  BusinessCalendar,
  CustomerTier,
  Escalation,
  Holiday,
  ParsePolicyResult,
  Policy,
  PolicyIssue,
  Target,
  Tier,
  TimeWindow,
  Weekday,
  Workday,
} from '../policy/types';

export { createDefaultPolicy } from '../policy/create-default-policy';
export { parsePolicy } from '../policy/parse-policy';
export type { ParsePolicyOptions } from '../policy/parse-policy';
export type { PolicyLanguage } from '../policy/policy-messages';

export { addBusinessTime } from './add-business-time';
export { businessTimeBetween } from './business-time-between';
export { isBusinessTime } from './is-business-time';
export { evaluateTicket } from './evaluate-ticket';
export type { EvaluateTicketOptions, ExplanationLanguage } from './evaluate-ticket';
