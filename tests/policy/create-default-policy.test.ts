import { describe, expect, it, vi } from 'vitest';
import { createBrowserDefaultPolicy, createDefaultPolicy } from '../../lib/policy/create-default-policy';
import { parsePolicy } from '../../lib/policy/parse-policy';
import { WEEKDAYS } from '../../lib/policy/types';

describe('createDefaultPolicy', () => {
  const policy = createDefaultPolicy('Asia/Shanghai');

  it('passes parsePolicy with no errors and no warnings', () => {
    expect(parsePolicy(policy)).toEqual({ ok: true, policy, warnings: [] });
  });

  it.each([
    ['p1', 'P1 · Critical', ['P1'], [], [15, 30, 240], '24x7'],
    ['vip', 'VIP express', [], ['vip'], [15, 60, 480], 'office'],
    ['p2', 'P2 · High', ['P2'], [], [30, 120, 480], 'office'],
    ['p3', 'P3 · Normal', ['P3'], [], [240, 480, 1440], 'office'],
    ['p4', 'P4 · Low', ['P4'], [], [480, 960, 2400], 'office'],
  ])('has tier %s (%s) with the targets of POLICY.md, in order', (id, name, priorities, customerTiers, minutes, calendar) => {
    const index = ['p1', 'vip', 'p2', 'p3', 'p4'].indexOf(id);
    const [firstResponse, nextResponse, resolution] = minutes;
    expect(policy.tiers[index]).toStrictEqual({
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
  });

  it('has exactly the five preset tiers', () => {
    expect(policy.tiers.map((tier) => tier.id)).toEqual(['p1', 'vip', 'p2', 'p3', 'p4']);
  });

  it('has one office calendar: weekdays 09:00–12:00 and 13:00–18:00, no holidays, no workdays', () => {
    const office = [
      ['09:00', '12:00'],
      ['13:00', '18:00'],
    ];
    expect(policy.calendars).toStrictEqual([
      {
        id: 'office',
        name: 'Office hours',
        timeZone: 'Asia/Shanghai',
        weekly: { mon: office, tue: office, wed: office, thu: office, fri: office, sat: [], sun: [] },
        holidays: [],
        workdays: [],
      },
    ]);
  });

  it('has the vip customer tier, default priority P3, escalation 50/75 and no native SLA preference', () => {
    expect(policy.customerTiers).toStrictEqual([{ id: 'vip', name: 'VIP', tags: ['vip'], organizations: [] }]);
    expect(policy.defaultPriority).toBe('P3');
    expect(policy.escalation).toStrictEqual({ warningAt: 50, criticalAt: 75 });
    expect(policy.preferNativeSla).toBe(false);
  });

  it('maps helpdesk priorities and statuses as the POLICY.md example does', () => {
    expect(policy.priorityMap.zendesk).toStrictEqual({ urgent: 'P1', high: 'P2', normal: 'P3', low: 'P4' });
    expect(policy.priorityMap.jira).toMatchObject({ highest: 'P1', blocker: 'P1', trivial: 'P4' });
    expect(Object.keys(policy.priorityMap.jira)).toHaveLength(10);
    expect(policy.statusMap.zendesk).toStrictEqual({
      new: 'active',
      open: 'active',
      pending: 'paused',
      hold: 'paused',
      solved: 'done',
      closed: 'done',
    });
    expect(policy.statusMap.jira['waiting for customer']).toBe('paused');
    expect(Object.keys(policy.statusMap.jira)).toHaveLength(7);
  });

  it('counts 8 business hours a weekday', () => {
    const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
    const hours = WEEKDAYS.map((day) =>
      policy.calendars[0]!.weekly[day].reduce((sum, [start, end]) => sum + minutes(end) - minutes(start), 0) / 60,
    );
    expect(hours).toEqual([8, 8, 8, 8, 8, 0, 0]);
  });

  it('returns a fresh object on every call, sharing nothing', () => {
    const first = createDefaultPolicy('UTC');
    const second = createDefaultPolicy('UTC');
    expect(first).toEqual(second);
    first.tiers[0]!.targets.firstResponse!.minutes = 1;
    first.calendars[0]!.weekly.tue[0]![0] = '08:00';
    first.priorityMap.zendesk.urgent = 'P2';
    first.customerTiers[0]!.tags.push('gold');
    expect(createDefaultPolicy('UTC')).toEqual(second);
    expect(first.calendars[0]!.weekly.mon).not.toBe(first.calendars[0]!.weekly.tue);
  });

  it.each([
    ['asia/shanghai', 'Asia/Shanghai'],
    ['europe/berlin', 'Europe/Berlin'],
    ['utc', 'UTC'],
  ])('canonicalises the zone %s to %s, as parsePolicy does', (zone, canonical) => {
    expect(createDefaultPolicy(zone).calendars[0]!.timeZone).toBe(canonical);
  });

  it.each(['+08:00', 'Mars/Olympus', '', 'GMT+8'])('throws a RangeError for the non-IANA zone %j', (zone) => {
    expect(() => createDefaultPolicy(zone)).toThrow(RangeError);
  });
});

describe('createBrowserDefaultPolicy', () => {
  it("is the preset in the browser's zone", () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(createBrowserDefaultPolicy()).toEqual(createDefaultPolicy(zone));
  });

  it('falls back to UTC when the browser reports a zone the policy cannot use', () => {
    const real = Intl.DateTimeFormat.prototype.resolvedOptions;
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementationOnce(function (this: Intl.DateTimeFormat) {
      return { ...real.call(this), timeZone: '+08:00' };
    });
    expect(createBrowserDefaultPolicy().calendars[0]!.timeZone).toBe('UTC');
    vi.restoreAllMocks();
  });
});
