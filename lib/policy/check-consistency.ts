import { isIsoDate } from './iso-date';
import { formatPath } from './policy-issues';
import { policyMessages, type IdListName } from './policy-messages';
import type { PolicyIssue } from './types';
import { METRIC_NAMES } from './types';

/**
 * The rules of POLICY.md that look across the document: unique ids, calendar and customer-tier references, the
 * reserved calendar id `24x7`, holiday/workday clashes, workday dates listed twice, and map keys that collide once
 * lower-cased.
 *
 * It reads the raw input, not zod's output, so that these errors are reported alongside shape errors elsewhere
 * (zod skips a refinement once anything inside it fails). Every read is guarded: a malformed part is the schema's to
 * report, and is simply skipped here.
 */
export function checkConsistency(input: unknown): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if (!isRecord(input)) return issues;

  const calendars = asArray(input.calendars);
  const customerTiers = asArray(input.customerTiers);
  const tiers = asArray(input.tiers);

  checkUniqueIds('calendars', calendars, issues);
  checkUniqueIds('customerTiers', customerTiers, issues);
  checkUniqueIds('tiers', tiers, issues);

  calendars?.forEach((calendar, i) => {
    if (!isRecord(calendar)) return;
    if (calendar.id === '24x7') {
      issues.push({
        path: formatPath(['calendars', i, 'id']),
        message: policyMessages().reservedCalendarId,
      });
    }
    checkCalendarDates(['calendars', i], calendar, issues);
  });

  checkReferences(calendars, customerTiers, tiers, issues);

  for (const mapName of ['priorityMap', 'statusMap'] as const) {
    const byHelpdesk = input[mapName];
    if (!isRecord(byHelpdesk)) continue;
    for (const helpdesk of ['zendesk', 'jira'] as const) {
      checkMapKeys([mapName, helpdesk], byHelpdesk[helpdesk], issues);
    }
  }
  return issues;
}

function checkUniqueIds(listName: IdListName, list: unknown[] | undefined, issues: PolicyIssue[]): void {
  const seen = new Map<string, number>();
  list?.forEach((item, i) => {
    const id = isRecord(item) ? item.id : undefined;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, i);
      return;
    }
    issues.push({
      path: formatPath([listName, i, 'id']),
      message: policyMessages().duplicateId(listName, `${listName}[${first}]`, id),
    });
  });
}

function checkReferences(
  calendars: unknown[] | undefined,
  customerTiers: unknown[] | undefined,
  tiers: unknown[] | undefined,
  issues: PolicyIssue[],
): void {
  // With the list itself malformed, every reference would look dangling; the schema's error on the list is enough.
  const calendarIds = calendars && idsOf(calendars);
  const customerTierIds = customerTiers && idsOf(customerTiers);

  tiers?.forEach((tier, i) => {
    if (!isRecord(tier)) return;
    const targets = tier.targets;
    if (calendarIds && isRecord(targets)) {
      for (const metric of METRIC_NAMES) {
        const target = targets[metric];
        const calendar = isRecord(target) ? target.calendar : undefined;
        if (typeof calendar !== 'string' || calendar === '24x7' || calendarIds.has(calendar)) continue;
        issues.push({
          path: formatPath(['tiers', i, 'targets', metric, 'calendar']),
          message: policyMessages().noSuchCalendar(calendar),
        });
      }
    }
    const references = asArray(tier.customerTiers);
    if (customerTierIds && references) {
      references.forEach((reference, k) => {
        if (typeof reference !== 'string' || customerTierIds.has(reference)) return;
        issues.push({
          path: formatPath(['tiers', i, 'customerTiers', k]),
          message: policyMessages().noSuchCustomerTier(reference),
        });
      });
    }
  });
}

function checkCalendarDates(at: (string | number)[], calendar: Record<string, unknown>, issues: PolicyIssue[]): void {
  const holidays = (asArray(calendar.holidays) ?? []).filter(isRecord);
  const workdays = asArray(calendar.workdays);
  if (!workdays) return;
  const firstIndexByDate = new Map<string, number>();
  workdays.forEach((workday, k) => {
    const date = isRecord(workday) ? workday.date : undefined;
    if (typeof date !== 'string' || !isIsoDate(date)) return;
    const path = formatPath([...at, 'workdays', k, 'date']);
    const first = firstIndexByDate.get(date);
    if (first !== undefined) {
      issues.push({
        path,
        message: policyMessages().workdayListedTwice(date, `workdays[${first}]`),
      });
    } else {
      firstIndexByDate.set(date, k);
    }
    const clash = holidays.find((holiday) => holidayCovers(holiday, date));
    if (clash) {
      const name = typeof clash.name === 'string' && clash.name !== '' ? clash.name : undefined;
      issues.push({ path, message: policyMessages().holidayAndWorkday(date, name) });
    }
  });
}

function holidayCovers(holiday: Record<string, unknown>, date: string): boolean {
  const { date: day, from, to } = holiday;
  if (typeof day === 'string') return isIsoDate(day) && day === date;
  // Well-formed YYYY-MM-DD strings order chronologically as strings.
  return (
    typeof from === 'string' && typeof to === 'string' && isIsoDate(from) && isIsoDate(to) && from <= date && date <= to
  );
}

function checkMapKeys(at: string[], map: unknown, issues: PolicyIssue[]): void {
  if (!isRecord(map)) return;
  const firstByLowerKey = new Map<string, string>();
  for (const key of Object.keys(map)) {
    const lower = key.toLowerCase();
    if (lower === '__proto__') {
      // zod drops this key silently (it would replace an object's prototype); say so rather than lose it.
      issues.push({ path: formatPath([...at, key]), message: policyMessages().forbiddenKey(key) });
      continue;
    }
    const first = firstByLowerKey.get(lower);
    if (first === undefined) {
      firstByLowerKey.set(lower, key);
      continue;
    }
    issues.push({
      path: formatPath([...at, key]),
      message: policyMessages().keysCollide(key, first),
    });
  }
}

function idsOf(list: unknown[]): Set<string> {
  const ids = new Set<string>();
  for (const item of list) if (isRecord(item) && typeof item.id === 'string') ids.add(item.id);
  return ids;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}
