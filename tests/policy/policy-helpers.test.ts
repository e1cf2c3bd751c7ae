import { describe, expect, it } from 'vitest';
import { addDaysToIsoDate, isIsoDate } from '../../lib/policy/iso-date';
import { formatPath } from '../../lib/policy/policy-issues';
import { canonicalTimeZone } from '../../lib/policy/time-zone';

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [[], ''],
    [['version'], 'version'],
    [['tiers', 2, 'targets', 'resolution', 'minutes'], 'tiers[2].targets.resolution.minutes'],
    [['calendars', 0, 'weekly', 'mon', 1, 0], 'calendars[0].weekly.mon[1][0]'],
    [['statusMap', 'jira', 'waiting for customer'], 'statusMap.jira["waiting for customer"]'],
    [['priorityMap', 'jira', '1'], 'priorityMap.jira["1"]'],
  ])('writes %j as %j', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2026-10-01', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-02-29', false],
    ['2026-00-10', false],
    ['2026-06-31', false],
    ['2026-6-1', false],
    ['20261001', false],
  ])('%s is %s', (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-03-29', 1, '2026-03-30'],
  ])('%s plus %i days is %s', (date, days, result) => {
    expect(addDaysToIsoDate(date, days)).toBe(result);
  });
});

describe('canonicalTimeZone', () => {
  it.each([
    ['asia/shanghai', 'Asia/Shanghai'],
    ['UTC', 'UTC'],
    ['utc', 'UTC'],
    ['etc/gmt+8', 'Etc/GMT+8'],
    ['+08:00', undefined],
    ['-0500', undefined],
    ['GMT', undefined],
    ['Asia/Atlantis', undefined],
  ])('%s is %s', (zone, canonical) => {
    expect(canonicalTimeZone(zone)).toBe(canonical);
  });
});
