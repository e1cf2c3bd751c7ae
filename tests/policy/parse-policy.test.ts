import { describe, expect, it } from 'vitest';
import { createDefaultPolicy } from '../../lib/policy/create-default-policy';
import { parsePolicy } from '../../lib/policy/parse-policy';
import type { Policy } from '../../lib/policy/types';
import { defaultDocument, editedDocument, errorsOf, fixtureDocument, type JsonDocument } from './policy-documents';

function parsed(document: unknown): Policy {
  const result = parsePolicy(document);
  if (!result.ok) throw new Error(`expected a valid policy, got ${JSON.stringify(result.errors)}`);
  return result.policy;
}

describe('parsePolicy accepts', () => {
  const office = (d: JsonDocument) => d.calendars[0];
  it.each<[string, (d: JsonDocument) => void]>([
    ['windows that touch', (d) => (office(d).weekly.mon = [['09:00', '12:00'], ['12:00', '13:00']])],
    ['a window that ends at 24:00', (d) => (office(d).weekly.fri = [['22:00', '24:00']])],
    ['a window that starts at 00:00', (d) => (office(d).weekly.sat = [['00:00', '06:00']])],
    ['a fractional target', (d) => (d.tiers[0].targets.firstResponse.minutes = 0.5)],
    ['a target of exactly one year', (d) => (d.tiers[0].targets.resolution.minutes = 525_600)],
    ['fractional thresholds', (d) => (d.escalation = { warningAt: 0.1, criticalAt: 99.9 })],
    ['the zone UTC', (d) => (office(d).timeZone = 'UTC')],
    ['a zone with sub-areas', (d) => (office(d).timeZone = 'America/Argentina/Salta')],
    ['a null defaultPriority', (d) => (d.defaultPriority = null)],
    ['no calendars when every target is 24x7', (d) => {
      d.calendars = [];
      for (const tier of d.tiers) for (const target of Object.values<{ calendar: string }>(tier.targets)) target.calendar = '24x7';
    }],
    ['no customer tiers when no tier names one', (d) => {
      d.customerTiers = [];
      d.tiers.splice(1, 1);
    }],
    ['a tier with only a resolution target', (d) => (d.tiers[0].targets = { resolution: { minutes: 60, calendar: '24x7' } })],
    ['a one-day range and a leap day', (d) => (office(d).holidays = [{ from: '2026-10-01', to: '2026-10-01' }, { date: '2028-02-29' }])],
    ['a make-up Saturday next to a holiday range', (d) => {
      office(d).holidays = [{ from: '2026-10-01', to: '2026-10-07', name: 'Golden Week' }];
      office(d).workdays = [{ date: '2026-10-10', hours: [['09:00', '12:00'], ['13:00', '18:00']] }];
    }],
    ['empty maps', (d) => (d.priorityMap = { zendesk: {}, jira: {} })],
    ['a tier escalation override', (d) => (d.tiers[2].escalation = { warningAt: 25, criticalAt: 50 })],
    ['empty names', (d) => (d.name = '')],
  ])('%s', (_description, edit) => {
    expect(errorsOf(editedDocument(edit))).toEqual([]);
  });

  it('the realistic v1 fixture, with no warnings', () => {
    const result = parsePolicy(fixtureDocument());
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('parsePolicy normalises', () => {
  it.each([
    ['asia/shanghai', 'Asia/Shanghai'],
    ['ASIA/SHANGHAI', 'Asia/Shanghai'],
    ['america/new_york', 'America/New_York'],
    ['utc', 'UTC'],
    ['Etc/UTC', 'UTC'],
  ])('the time zone %s to %s', (zone, canonical) => {
    const policy = parsed(editedDocument((d) => (d.calendars[0].timeZone = zone)));
    expect(policy.calendars[0]!.timeZone).toBe(canonical);
  });

  it('map keys to lower case, keeping the values', () => {
    const policy = parsed(
      editedDocument((d) => {
        d.priorityMap.zendesk = { URGENT: 'P1', High: 'P2' };
        d.statusMap.jira = { 'Waiting for Customer': 'paused', DONE: 'done' };
      }),
    );
    expect(policy.priorityMap.zendesk).toEqual({ urgent: 'P1', high: 'P2' });
    expect(policy.statusMap.jira).toEqual({ 'waiting for customer': 'paused', done: 'done' });
  });

  it('leaves priorities, tags and names as written (they are matched elsewhere)', () => {
    const policy = parsed(
      editedDocument((d) => {
        d.tiers[0].priorities = ['P1', 'Sev1'];
        d.customerTiers[0].tags = ['VIP'];
      }),
    );
    expect(policy.tiers[0]!.priorities).toEqual(['P1', 'Sev1']);
    expect(policy.customerTiers[0]!.tags).toEqual(['VIP']);
  });

  it('returns a copy that shares nothing with the input', () => {
    const document = defaultDocument();
    const policy = parsed(document);
    policy.tiers[0]!.targets.firstResponse!.minutes = 1;
    policy.calendars[0]!.weekly.mon[0]![0] = '08:00';
    policy.priorityMap.jira.highest = 'P9';
    expect(document).toEqual(defaultDocument());
  });
});

describe('parsePolicy round trip', () => {
  it.each([
    ['the default preset', () => createDefaultPolicy('Asia/Shanghai')],
    ['the v1 fixture', () => parsed(fixtureDocument())],
  ])('%s survives JSON and parsePolicy unchanged', (_description, make) => {
    const policy = make();
    expect(parsed(JSON.parse(JSON.stringify(policy)))).toEqual(policy);
  });

  it('keeps holiday and workday names optional, without adding empty keys', () => {
    const document = editedDocument((d) => {
      d.calendars[0].holidays = [{ date: '2026-10-01' }, { from: '2026-10-02', to: '2026-10-03', name: 'Golden Week' }];
      d.calendars[0].workdays = [{ date: '2026-10-10', hours: [['09:00', '18:00']] }];
    });
    const calendar = parsed(document).calendars[0]!;
    expect(calendar.holidays).toStrictEqual(document.calendars[0].holidays);
    expect(calendar.workdays).toStrictEqual(document.calendars[0].workdays);
  });
});

describe('parsePolicy speed', () => {
  it('parses the default policy in well under 5 ms', () => {
    const document = defaultDocument();
    parsePolicy(document); // warm-up: first use compiles zod's internals
    // The median of many runs, so that a GC pause or a busy machine does not fail the test.
    const times = Array.from({ length: 51 }, () => {
      const start = performance.now();
      parsePolicy(document);
      return performance.now() - start;
    }).sort((a, b) => a - b);
    expect(times[25]).toBeLessThan(5);
  });
});
