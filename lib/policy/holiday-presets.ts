import Holidays from 'date-holidays';
import { addDaysToIsoDate } from './iso-date';
import type { Holiday } from './types';

/**
 * Public-holiday presets for the calendar editor, from the `date-holidays` library
 * (https://github.com/commenthol/date-holidays). Only authoring pages import this file: the library's data is large
 * and the engine never needs it.
 *
 * Limits of the data a team lead should know about, and which the editor lets them fix by hand:
 * - China: date-holidays has no make-up workdays (调休), and it lists only the statutory days of a festival, not the
 *   full break the State Council announces each year (National Day is 10-01 to 10-03, not the Golden Week). Add the
 *   rest of the break as holidays and the make-up Saturdays/Sundays as workdays.
 * - Some days are public holidays for one group of people only, such as China's Children's Day (children under 14).
 *   The data marks them with a note naming the group; those in GROUP_ONLY_NOTES are left out, because a support
 *   team still works on them. A preset is a starting point to review, not a ruling.
 * - Partial-day holidays (in China, International Women's Day and Youth Day are half days for some people) are left
 *   out: a policy holiday is a whole local day with no business time.
 */

/**
 * The library's notes (the same in every language) on public holidays that only one group of people gets off. Its
 * notes are free text and also say other things ("tentative", "orthodox"), so this is a reviewed list, not a rule.
 * China's are from the State Council's 全国年节及纪念日放假办法; other countries' group notes were not reviewed yet.
 */
const GROUP_ONLY_NOTES = new Set([
  'Children below the age of 14', // CN 06-01: a whole day, for children under 14
  'Women', // CN 03-08 (also a half day)
  'Youth from the age of 14 to 28', // CN 05-04 (also a half day)
  'Military personnel in active service', // CN 08-01 (also a half day)
]);

export interface HolidayRegion {
  /** ISO 3166-1 alpha-2 country code, such as `US`. */
  code: string;
  name: string;
  /** Subdivisions with their own holidays, coded `US-CA`; absent when the library has none. */
  states?: { code: string; name: string }[];
}

/**
 * Every country `date-holidays` knows, with its states, sorted by name.
 *
 * @example
 * listHolidayRegions().find((region) => region.code === 'CN'); // { code: 'CN', name: 'China' }
 */
export function listHolidayRegions(language = 'en'): HolidayRegion[] {
  const library = new Holidays();
  const countries = library.getCountries(language);
  return Object.entries(countries)
    .map(([code, name]): HolidayRegion => {
      const states = library.getStates(code, language);
      const region: HolidayRegion = { code, name };
      if (states && Object.keys(states).length > 0) {
        region.states = Object.entries(states)
          .map(([state, stateName]) => ({ code: `${code}-${state}`, name: stateName }))
          .sort((a, b) => a.name.localeCompare(b.name, language));
      }
      return region;
    })
    .sort((a, b) => a.name.localeCompare(b.name, language));
}

/**
 * The public holidays of a region in one year, as policy holidays with local `YYYY-MM-DD` dates. Consecutive days of
 * the same holiday become one inclusive range (`{ from, to }`); a lone day is `{ date }`. Observed days (a holiday
 * moved off a weekend) are included under the library's name for them.
 *
 * @param region a country code (`CN`) or country and state (`US-CA`), as `listHolidayRegions` gives them.
 * @throws {RangeError} for a region the library does not know.
 * @example
 * holidaysForRegion('US', 2026); // [..., { date: '2026-07-03', name: 'Independence Day (substitute day)' }, ...]
 */
export function holidaysForRegion(region: string, year: number, language = 'en'): Holiday[] {
  const [rawCountry = '', rawState] = region.split('-');
  const country = rawCountry.toUpperCase();
  const state = rawState?.toUpperCase();
  const library = new Holidays();
  // init quietly falls back to the country for a state it does not know, so check both names first.
  const knownCountry = /^[A-Z]{2}$/.test(country) && library.getCountries()[country] !== undefined;
  const knownState = state === undefined || library.getStates(country)?.[state] !== undefined;
  if (!knownCountry || !knownState) throw new RangeError(`No holiday data for region "${region}".`);
  library.init(country, state ?? '', { languages: language, types: ['public'] });

  const days: { date: string; name: string }[] = [];
  for (const holiday of library.getHolidays(year, language)) {
    // `note` is in the data but not in the library's types.
    const note = (holiday as { note?: string }).note;
    if (holiday.type !== 'public' || (note !== undefined && GROUP_ONLY_NOTES.has(note))) continue;
    // `date` is local wall-clock time, "YYYY-MM-DD hh:mm:ss"; one that starts after midnight is a partial day.
    const [date = '', time = ''] = holiday.date.split(' ');
    if (time !== '' && time !== '00:00:00') continue;
    // Most entries last one day; a few rules give a duration. Rounding absorbs a DST hour.
    const length = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000));
    for (let offset = 0; offset < length; offset++) {
      days.push({ date: addDaysToIsoDate(date, offset), name: holiday.name });
    }
  }
  return mergeConsecutiveDays(days);
}

function mergeConsecutiveDays(days: { date: string; name: string }[]): Holiday[] {
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date));
  const runs: { from: string; to: string; name: string }[] = [];
  for (const day of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.to === day.date) continue; // the same day twice
    if (last && last.name === day.name && addDaysToIsoDate(last.to, 1) === day.date) {
      last.to = day.date;
    } else {
      runs.push({ from: day.date, to: day.date, name: day.name });
    }
  }
  return runs.map(({ from, to, name }) => (from === to ? { date: from, name } : { from, to, name }));
}
