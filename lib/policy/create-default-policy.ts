import { browserZone, canonicalTimeZone } from './time-zone';
import type { BusinessCalendar, Policy, Tier, TimeWindow } from './types';

/**
 * Builds the default preset of POLICY.md: one `office` calendar in `timeZone` (Mon–Fri 09:00–12:00 and 13:00–18:00),
 * a `vip` customer tier and the five tiers p1, vip, p2, p3, p4. Every call returns a fresh object, so callers may
 * edit the result freely.
 *
 * The zone is canonicalised as `parsePolicy` does (`asia/shanghai` → `Asia/Shanghai`), so the preset round-trips
 * through the parser unchanged.
 *
 * @throws {RangeError} when `timeZone` is not an IANA zone name that `Intl` accepts (offsets such as `+08:00` too).
 * @example
 * const policy = createDefaultPolicy('Asia/Shanghai');
 * policy.tiers.map((t) => t.id); // ['p1', 'vip', 'p2', 'p3', 'p4']
 */
export function createDefaultPolicy(timeZone: string): Policy {
  const zone = canonicalTimeZone(timeZone);
  if (zone === undefined) {
    throw new RangeError(`"${timeZone}" is not an IANA time zone name such as "Asia/Shanghai" or "UTC".`);
  }
  return {
    version: 1,
    name: 'Support SLA',
    calendars: [officeCalendar(zone)],
    customerTiers: [{ id: 'vip', name: 'VIP', tags: ['vip'], organizations: [] }],
    tiers: defaultTiers(),
    defaultPriority: 'P3',
    priorityMap: {
      zendesk: { urgent: 'P1', high: 'P2', normal: 'P3', low: 'P4' },
      jira: {
        highest: 'P1',
        blocker: 'P1',
        critical: 'P1',
        high: 'P2',
        major: 'P2',
        medium: 'P3',
        minor: 'P3',
        low: 'P4',
        lowest: 'P4',
        trivial: 'P4',
      },
    },
    statusMap: {
      zendesk: {
        new: 'active',
        open: 'active',
        pending: 'paused',
        hold: 'paused',
        solved: 'done',
        closed: 'done',
      },
      jira: {
        'waiting for customer': 'paused',
        pending: 'paused',
        resolved: 'done',
        closed: 'done',
        done: 'done',
        canceled: 'done',
        cancelled: 'done',
      },
    },
    escalation: { warningAt: 50, criticalAt: 75 },
    preferNativeSla: false,
  };
}

/**
 * The default preset in the browser's own zone, or in UTC when the browser reports a zone `Intl` does not accept: what
 * an installation starts from before anyone saves a policy (the editor's preset and the policy in force alike).
 */
export function createBrowserDefaultPolicy(): Policy {
  try {
    return createDefaultPolicy(browserZone());
  } catch {
    return createDefaultPolicy('UTC');
  }
}

function officeDay(): TimeWindow[] {
  // A lunch break splits the day: 3 h + 5 h = 8 business hours.
  return [
    ['09:00', '12:00'],
    ['13:00', '18:00'],
  ];
}

function officeCalendar(timeZone: string): BusinessCalendar {
  return {
    id: 'office',
    name: 'Office hours',
    timeZone,
    weekly: {
      mon: officeDay(),
      tue: officeDay(),
      wed: officeDay(),
      thu: officeDay(),
      fri: officeDay(),
      sat: [],
      sun: [],
    },
    holidays: [],
    workdays: [],
  };
}

/** The tier table of POLICY.md, in order: the first tier that matches a ticket applies. */
function defaultTiers(): Tier[] {
  const row = (
    id: string,
    name: string,
    priorities: string[],
    customerTiers: string[],
    calendar: string,
    [firstResponse, nextResponse, resolution]: [number, number, number],
  ): Tier => ({
    id,
    name,
    priorities,
    customerTiers,
    targets: {
      firstResponse: { minutes: firstResponse, calendar },
      nextResponse: { minutes: nextResponse, calendar },
      resolution: { minutes: resolution, calendar },
    },
  });
  return [
    row('p1', 'P1 · Critical', ['P1'], [], '24x7', [15, 30, 240]),
    row('vip', 'VIP express', [], ['vip'], 'office', [15, 60, 480]),
    row('p2', 'P2 · High', ['P2'], [], 'office', [30, 120, 480]),
    row('p3', 'P3 · Normal', ['P3'], [], 'office', [240, 480, 1440]),
    row('p4', 'P4 · Low', ['P4'], [], 'office', [480, 960, 2400]),
  ];
}
