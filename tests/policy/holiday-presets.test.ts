import { describe, expect, it } from 'vitest';
import { holidaysForRegion, listHolidayRegions } from '../../lib/policy/holiday-presets';
import { isIsoDate } from '../../lib/policy/iso-date';
import { parsePolicy } from '../../lib/policy/parse-policy';
import type { Holiday } from '../../lib/policy/types';
import { editedDocument } from './policy-documents';

const startOf = (holiday: Holiday) => ('date' in holiday ? holiday.date : holiday.from);

describe('listHolidayRegions', () => {
  it('lists countries by code and name, sorted by name', () => {
    const regions = listHolidayRegions();
    expect(regions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'CN', name: 'China' }),
        expect.objectContaining({ code: 'US', name: 'United States of America' }),
      ]),
    );
    const names = regions.map((region) => region.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('lists states as country-state codes', () => {
    const us = listHolidayRegions().find((region) => region.code === 'US');
    expect(us?.states).toEqual(expect.arrayContaining([{ code: 'US-CA', name: 'California' }]));
  });
});

describe('holidaysForRegion', () => {
  it('includes the observed Independence Day in the US in 2026 (4 July is a Saturday)', () => {
    const holidays = holidaysForRegion('US', 2026);
    expect(holidays).toContainEqual({ date: '2026-07-03', name: 'Independence Day (substitute day)' });
    expect(holidays).toContainEqual({ date: '2026-01-01', name: "New Year's Day" });
    expect(holidays).toContainEqual({ date: '2026-11-26', name: 'Thanksgiving Day' });
  });

  it('merges consecutive days of one Chinese holiday into an inclusive range', () => {
    const holidays = holidaysForRegion('CN', 2026);
    expect(holidays).toContainEqual({ date: '2026-01-01', name: "New Year's Day" });
    expect(holidays).toContainEqual({ from: '2026-10-01', to: '2026-10-03', name: 'National Day' });
    expect(holidays).toContainEqual({ from: '2026-02-16', to: '2026-02-18', name: 'Spring Festival' });
  });

  it("leaves out partial-day holidays (China's Women's Day is an afternoon off)", () => {
    const names = holidaysForRegion('CN', 2026).map((holiday) => holiday.name);
    expect(names).not.toContain("International Women's Day");
  });

  it("leaves out days off for one group only: China's Children's Day (children under 14)", () => {
    const china = holidaysForRegion('CN', 2026).map(startOf);
    expect(china).not.toContain('2026-06-01');
    expect(china).toContain('2026-06-19'); // Dragon Boat Festival, for everyone
    expect(holidaysForRegion('CN', 2026, 'zh').map(startOf)).not.toContain('2026-06-01');
  });

  it('gives only public holidays (no US observances such as Valentine’s Day)', () => {
    const dates = holidaysForRegion('US', 2026).map(startOf);
    expect(dates).not.toContain('2026-02-14');
  });

  it('adds state holidays for a state code, in any case', () => {
    const national = holidaysForRegion('DE', 2026);
    const bavaria = holidaysForRegion('de-by', 2026);
    expect(bavaria.length).toBeGreaterThan(national.length);
    expect(bavaria).toContainEqual(expect.objectContaining({ date: '2026-01-06' })); // Epiphany
  });

  it.each([
    ['US', 2026],
    ['CN', 2026],
    ['GB', 2027],
    ['JP', 2026],
  ])('gives %s %i as sorted real dates that a calendar accepts', (region, year) => {
    const holidays = holidaysForRegion(region, year);
    expect(holidays.length).toBeGreaterThan(0);
    const starts = holidays.map(startOf);
    expect(starts.every(isIsoDate)).toBe(true);
    expect(starts).toEqual([...starts].sort());
    const result = parsePolicy(editedDocument((d) => (d.calendars[0].holidays = holidays)));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each(['XX', 'US-ZZ', '', 'USA'])('throws a RangeError for the unknown region %j', (region) => {
    expect(() => holidaysForRegion(region, 2026)).toThrow(RangeError);
  });
});
