import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../lib/policy/parse-policy';
import type { ParsePolicyResult } from '../../lib/policy/types';
import { defaultDocument, editedDocument, errorPaths, type JsonDocument } from './policy-documents';

type Row = [description: string, edit: (document: JsonDocument) => void, paths: string[]];

const officeCalendar = (document: JsonDocument) => document.calendars[0];
const monday = (document: JsonDocument) => document.calendars[0].weekly.mon;
const anotherCalendar = (id: string) => ({ ...defaultDocument().calendars[0], id });

/** Messages with no Chinese in them: an English sentence left untranslated. */
const untranslated = (result: ParsePolicyResult) => (result.ok ? [] : result.errors.filter((e) => !/\p{Script=Han}/u.test(e.message)));

function expectPaths(rows: Row[]) {
  it.each(rows)('%s', (_description, edit, paths) => {
    const document = editedDocument(edit);
    expect(errorPaths(parsePolicy(document))).toEqual(paths);
    // The same errors for a Chinese editor: the same paths, every message in Chinese.
    const zh = parsePolicy(document, { language: 'zh-CN' });
    expect(errorPaths(zh)).toEqual(paths);
    expect(untranslated(zh)).toEqual([]);
  });
}

describe('parsePolicy rejects', () => {
  describe('a version other than 1', () => {
    expectPaths([
      ['a future version', (d) => (d.version = 2), ['version']],
      ['version 0, which has no migration', (d) => (d.version = 0), ['version']],
      ['a version written as text', (d) => (d.version = '1'), ['version']],
      ['a missing version', (d) => delete d.version, ['version']],
    ]);
  });

  describe('malformed and duplicate ids', () => {
    expectPaths([
      ['an id with capitals', (d) => (d.tiers[0].id = 'P1'), ['tiers[0].id']],
      [
        'an id with a space (and the reference to the old id now dangles)',
        (d) => (d.customerTiers[0].id = 'v i p'),
        ['customerTiers[0].id', 'tiers[1].customerTiers[0]'],
      ],
      ['an empty id', (d) => (d.tiers[4].id = ''), ['tiers[4].id']],
      ['a duplicate tier id, at the later one', (d) => (d.tiers[3].id = 'p1'), ['tiers[3].id']],
      ['a duplicate calendar id, at the later one', (d) => d.calendars.push(anotherCalendar('office')), ['calendars[1].id']],
      [
        'a duplicate customer-tier id, at the later one',
        (d) => d.customerTiers.push({ id: 'vip', name: 'Again', tags: [], organizations: [] }),
        ['customerTiers[1].id'],
      ],
      ['a calendar that takes the reserved id "24x7"', (d) => d.calendars.push(anotherCalendar('24x7')), ['calendars[1].id']],
    ]);
  });

  describe('dangling references', () => {
    expectPaths([
      [
        'a target on a calendar that does not exist',
        (d) => (d.tiers[2].targets.resolution.calendar = 'warehouse'),
        ['tiers[2].targets.resolution.calendar'],
      ],
      [
        'a calendar reference in the wrong case',
        (d) => (d.tiers[2].targets.firstResponse.calendar = 'Office'),
        ['tiers[2].targets.firstResponse.calendar'],
      ],
      ['a customer tier that does not exist', (d) => (d.tiers[1].customerTiers = ['vip', 'gold']), ['tiers[1].customerTiers[1]']],
    ]);
  });

  describe('time zones that are not IANA names', () => {
    expectPaths(
      ['+08:00', 'UTC+8', 'GMT+8', 'CST', 'Mars/Olympus', '', ' Asia/Shanghai'].map((zone): Row => [
        JSON.stringify(zone),
        (d) => (officeCalendar(d).timeZone = zone),
        ['calendars[0].timeZone'],
      ]),
    );
  });

  describe('malformed times and windows', () => {
    expectPaths([
      ['a time without a leading zero', (d) => (monday(d)[0][0] = '9:00'), ['calendars[0].weekly.mon[0][0]']],
      ['a time after 24:00', (d) => (monday(d)[1][1] = '24:30'), ['calendars[0].weekly.mon[1][1]']],
      ['minute 60', (d) => (monday(d)[1][1] = '17:60'), ['calendars[0].weekly.mon[1][1]']],
      ['a time with seconds', (d) => (monday(d)[0][0] = '09:00:00'), ['calendars[0].weekly.mon[0][0]']],
      ['a window that ends before it starts', (d) => (monday(d)[0] = ['12:00', '09:00']), ['calendars[0].weekly.mon[0]']],
      ['an empty window', (d) => (monday(d)[0] = ['09:00', '09:00']), ['calendars[0].weekly.mon[0]']],
      ['a window across midnight', (d) => (monday(d)[0] = ['22:00', '06:00']), ['calendars[0].weekly.mon[0]']],
      ['a window of one time', (d) => (monday(d)[0] = ['09:00']), ['calendars[0].weekly.mon[0]']],
      ['a window of three times', (d) => (monday(d)[0] = ['09:00', '10:00', '11:00']), ['calendars[0].weekly.mon[0]']],
      [
        'windows out of order, at the later one',
        (d) => (d.calendars[0].weekly.tue = [['13:00', '18:00'], ['09:00', '12:00']]),
        ['calendars[0].weekly.tue[1]'],
      ],
      [
        'overlapping windows, at the later one',
        (d) => (d.calendars[0].weekly.wed = [['09:00', '12:00'], ['11:59', '13:00']]),
        ['calendars[0].weekly.wed[1]'],
      ],
      ['a week without Sunday', (d) => delete officeCalendar(d).weekly.sun, ['calendars[0].weekly.sun']],
      ['a day that is not a list', (d) => (officeCalendar(d).weekly.sat = null), ['calendars[0].weekly.sat']],
    ]);
  });

  describe('malformed dates and ranges', () => {
    const holidays = (d: JsonDocument, ...entries: unknown[]) => (officeCalendar(d).holidays = entries);
    expectPaths([
      ['29 February in a common year', (d) => holidays(d, { date: '2026-02-29' }), ['calendars[0].holidays[0].date']],
      ['month 13', (d) => holidays(d, { date: '2026-13-01' }), ['calendars[0].holidays[0].date']],
      ['31 April', (d) => holidays(d, { date: '2026-04-31' }), ['calendars[0].holidays[0].date']],
      ['slashes', (d) => holidays(d, { date: '2026/10/01' }), ['calendars[0].holidays[0].date']],
      ['a date with a time', (d) => holidays(d, { date: '2026-10-01T00:00' }), ['calendars[0].holidays[0].date']],
      [
        'a range that ends before it starts, at its end',
        (d) => holidays(d, { from: '2026-10-08', to: '2026-10-01' }),
        ['calendars[0].holidays[0].to'],
      ],
      ['a range without an end', (d) => holidays(d, { from: '2026-10-01' }), ['calendars[0].holidays[0].to']],
      ['a range without a start', (d) => holidays(d, { to: '2026-10-01' }), ['calendars[0].holidays[0].from']],
      [
        'a holiday with both a date and a range',
        (d) => holidays(d, { date: '2026-10-01', from: '2026-10-01', to: '2026-10-02' }),
        ['calendars[0].holidays[0].from', 'calendars[0].holidays[0].to'],
      ],
      ['a holiday with no date at all', (d) => holidays(d, { name: 'Someday' }), ['calendars[0].holidays[0]']],
      [
        'a bad date in a workday',
        (d) => (officeCalendar(d).workdays = [{ date: '2026-09-31', hours: [['09:00', '18:00']] }]),
        ['calendars[0].workdays[0].date'],
      ],
    ]);
  });

  describe('holiday and workday clashes', () => {
    const hours = [['09:00', '18:00']];
    expectPaths([
      [
        'a workday on a single-day holiday, at the workday date',
        (d) => {
          officeCalendar(d).holidays = [{ date: '2026-10-01' }];
          officeCalendar(d).workdays = [{ date: '2026-10-01', hours }];
        },
        ['calendars[0].workdays[0].date'],
      ],
      [
        'a workday inside a holiday range',
        (d) => {
          officeCalendar(d).holidays = [{ from: '2026-10-01', to: '2026-10-07' }];
          officeCalendar(d).workdays = [
            { date: '2026-09-27', hours },
            { date: '2026-10-07', hours },
          ];
        },
        ['calendars[0].workdays[1].date'],
      ],
      [
        'a workday without windows',
        (d) => (officeCalendar(d).workdays = [{ date: '2026-09-27', hours: [] }]),
        ['calendars[0].workdays[0].hours'],
      ],
      [
        'the same workday date twice, at the later one',
        (d) => (officeCalendar(d).workdays = [{ date: '2026-09-27', hours }, { date: '2026-09-27', hours }]),
        ['calendars[0].workdays[1].date'],
      ],
      [
        'overlapping workday windows',
        (d) => (officeCalendar(d).workdays = [{ date: '2026-09-27', hours: [['09:00', '13:00'], ['12:00', '18:00']] }]),
        ['calendars[0].workdays[0].hours[1]'],
      ],
    ]);
  });

  describe('target minutes out of range', () => {
    const minutes = (value: unknown) => (d: JsonDocument) => (d.tiers[2].targets.resolution.minutes = value);
    const path = ['tiers[2].targets.resolution.minutes'];
    expectPaths([
      ['zero minutes', minutes(0), path],
      ['negative minutes', minutes(-5), path],
      ['more than a year', minutes(525_601), path],
      ['infinite minutes', minutes(Infinity), path],
      ['NaN minutes', minutes(Number.NaN), path],
      ['minutes as text', minutes('15'), path],
      ['missing minutes', (d) => delete d.tiers[2].targets.resolution.minutes, path],
    ]);
  });

  describe('escalation thresholds out of order', () => {
    expectPaths([
      ['a warning at 0%', (d) => (d.escalation.warningAt = 0), ['escalation.warningAt']],
      ['a critical level at 100%', (d) => (d.escalation.criticalAt = 100), ['escalation.criticalAt']],
      ['a warning after the critical level', (d) => (d.escalation = { warningAt: 80, criticalAt: 75 }), ['escalation.criticalAt']],
      ['equal thresholds', (d) => (d.escalation = { warningAt: 60, criticalAt: 60 }), ['escalation.criticalAt']],
      [
        'a tier override with one threshold',
        (d) => (d.tiers[0].escalation = { warningAt: 50 }),
        ['tiers[0].escalation.criticalAt'],
      ],
      [
        'a tier override out of order',
        (d) => (d.tiers[0].escalation = { warningAt: 90, criticalAt: 10 }),
        ['tiers[0].escalation.criticalAt'],
      ],
    ]);
  });

  describe('missing required parts', () => {
    expectPaths([
      ['a tier without targets', (d) => (d.tiers[0].targets = {}), ['tiers[0].targets']],
      ['a policy without tiers', (d) => (d.tiers = []), ['tiers']],
      ['a missing name', (d) => delete d.name, ['name']],
      ['a missing priorityMap.jira', (d) => delete d.priorityMap.jira, ['priorityMap.jira']],
      ['a missing statusMap', (d) => delete d.statusMap, ['statusMap']],
      ['a customer tier without organizations', (d) => delete d.customerTiers[0].organizations, ['customerTiers[0].organizations']],
      ['a tier without customerTiers', (d) => delete d.tiers[1].customerTiers, ['tiers[1].customerTiers']],
      ['a calendar without workdays', (d) => delete officeCalendar(d).workdays, ['calendars[0].workdays']],
      ['preferNativeSla as text', (d) => (d.preferNativeSla = 'yes'), ['preferNativeSla']],
      ['a numeric defaultPriority', (d) => (d.defaultPriority = 3), ['defaultPriority']],
      ['a missing defaultPriority (null must be written)', (d) => delete d.defaultPriority, ['defaultPriority']],
    ]);
  });

  describe('unknown fields, at the unknown key itself', () => {
    expectPaths([
      ['a colour on a tier', (d) => (d.tiers[0].colour = 'red'), ['tiers[0].colour']],
      ['a top-level extra', (d) => (d.author = 'me'), ['author']],
      ['a misspelt weekday', (d) => (officeCalendar(d).weekly.mond = []), ['calendars[0].weekly.mond']],
      ['a note on a holiday', (d) => (officeCalendar(d).holidays = [{ date: '2026-10-01', note: 'x' }]), ['calendars[0].holidays[0].note']],
      ['a third helpdesk', (d) => (d.priorityMap.servicenow = {}), ['priorityMap.servicenow']],
      ['an unknown metric', (d) => (d.tiers[0].targets.pickup = { minutes: 5, calendar: '24x7' }), ['tiers[0].targets.pickup']],
      ['a unit on a target', (d) => (d.tiers[0].targets.resolution.unit = 'min'), ['tiers[0].targets.resolution.unit']],
      [
        'two unknown keys on one object',
        (d) => Object.assign(d.customerTiers[0], { color: 'gold', rank: 1 }),
        ['customerTiers[0].color', 'customerTiers[0].rank'],
      ],
    ]);
  });

  describe('map values and keys', () => {
    expectPaths([
      ['a status that is not active/paused/done', (d) => (d.statusMap.zendesk.open = 'working'), ['statusMap.zendesk.open']],
      ['a priority that is not text', (d) => (d.priorityMap.zendesk.urgent = 1), ['priorityMap.zendesk.urgent']],
      [
        'a key that repeats another once lower-cased, at the later key',
        (d) => (d.statusMap.jira.Done = 'done'),
        ['statusMap.jira.Done'],
      ],
      [
        'a key with spaces, in brackets',
        (d) => (d.statusMap.jira['In Review'] = 'review'),
        ['statusMap.jira["In Review"]'],
      ],
      [
        'a __proto__ key, which would otherwise vanish',
        (d) => (d.priorityMap.zendesk = JSON.parse('{"__proto__": "P1"}')),
        ['priorityMap.zendesk.__proto__'],
      ],
    ]);
  });

  describe('lists beyond their bounds', () => {
    const holidays = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ date: `2026-01-01`, name: `Holiday ${i}` }));
    expectPaths([
      [
        '51 calendars',
        (d) => (d.calendars = Array.from({ length: 51 }, (_, i) => anotherCalendar(i === 0 ? 'office' : `c${i}`))),
        ['calendars'],
      ],
      [
        '201 tiers',
        (d) => (d.tiers = Array.from({ length: 201 }, (_, i) => ({ ...d.tiers[0], id: `t${i}` }))),
        ['tiers'],
      ],
      ['2001 holiday entries in a calendar', (d) => (officeCalendar(d).holidays = holidays(2001)), ['calendars[0].holidays']],
    ]);

    it('accepts exactly 50 calendars, 200 tiers and 2000 holiday entries', () => {
      const document = editedDocument((d) => {
        d.calendars = Array.from({ length: 50 }, (_, i) => anotherCalendar(i === 0 ? 'office' : `c${i}`));
        d.tiers = Array.from({ length: 200 }, (_, i) => ({ ...d.tiers[0], id: `t${i}` }));
        officeCalendar(d).holidays = holidays(2000);
      });
      expect(parsePolicy(document).ok).toBe(true);
    });
  });

  describe('documents over 1 MB, with the path ""', () => {
    const withLength = (length: number) => {
      const document = editedDocument((d) => (d.name = ''));
      document.name = 'x'.repeat(length - JSON.stringify(document).length);
      expect(JSON.stringify(document).length).toBe(length);
      return document;
    };

    it('rejects 1,000,001 characters of JSON with one error for the document', () => {
      const result = parsePolicy(withLength(1_000_001));
      expect(errorPaths(result)).toEqual(['']);
    });

    it('accepts exactly 1,000,000 characters', () => {
      expect(parsePolicy(withLength(1_000_000)).ok).toBe(true);
    });
  });

  describe('values that are not a policy at all, with the path ""', () => {
    const cyclic: Record<string, unknown> = { ...defaultDocument() };
    cyclic.self = cyclic;
    const throwing = Object.defineProperty(defaultDocument(), 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const hostileProxy = new Proxy(defaultDocument(), {
      get() {
        throw new Error('no reading');
      },
      ownKeys() {
        throw new Error('no listing');
      },
    });
    it.each([
      ['null', null],
      ['undefined', undefined],
      ['a list', []],
      ['text', 'policy'],
      ['a number', 42],
      ['a BigInt', 10n],
      ['a function', () => defaultDocument()],
      ['a cyclic object', cyclic],
      ['an object with a throwing getter', throwing],
      ['a hostile proxy', hostileProxy],
    ])('%s', (_description, value) => {
      expect(errorPaths(parsePolicy(value))).toEqual(['']);
    });
  });
});

describe('parsePolicy reports', () => {
  it('every error at once, not just the first', () => {
    const document = editedDocument((d) => {
      d.tiers[0].colour = 'red';
      d.tiers[3].id = 'p1';
      d.tiers[2].targets.resolution.calendar = 'warehouse';
      d.calendars[0].timeZone = '+08:00';
      d.escalation.criticalAt = 120;
    });
    expect(errorPaths(parsePolicy(document)).sort()).toEqual(
      [
        'calendars[0].timeZone',
        'escalation.criticalAt',
        'tiers[0].colour',
        'tiers[2].targets.resolution.calendar',
        'tiers[3].id',
      ].sort(),
    );
  });

  it.each([
    ['a missing field', (d: JsonDocument) => delete d.name, /"name" is required/],
    ['an unknown field', (d: JsonDocument) => (d.tiers[0].colour = 'red'), /"colour" is not a field/],
    ['an offset zone', (d: JsonDocument) => (d.calendars[0].timeZone = '+08:00'), /IANA name such as "Asia\/Shanghai"/],
    ['a duplicate id', (d: JsonDocument) => (d.tiers[3].id = 'p1'), /already has the id "p1"/],
    ['a wrong type', (d: JsonDocument) => (d.name = 7), /Expected text, but found a number/],
  ])('a sentence a team lead can act on for %s', (_description, edit, message) => {
    const result = parsePolicy(editedDocument(edit));
    expect(result.ok ? [] : result.errors.map((issue) => issue.message)).toEqual([expect.stringMatching(message)]);
  });
});
