import { describe, expect, it } from 'vitest';
import { addBusinessTime } from '../../../lib/sla/add-business-time';
import { businessTimeBetween } from '../../../lib/sla/business-time-between';
import { isBusinessTime } from '../../../lib/sla/is-business-time';
import { HOUR, MINUTE, at, calendar, everyDay } from './calendar-fixtures';

// 2026-01-05 is a Monday; 2026-01-09 a Friday.
const officeUtc = calendar('UTC', [['09:00', '17:00']]);
const shanghaiLunch = calendar('Asia/Shanghai', [
  ['09:00', '12:00'],
  ['13:00', '18:00'],
]);

describe('addBusinessTime on a Mon–Fri 09:00–17:00 UTC calendar', () => {
  it.each([
    ['a target that fits exactly ends at the window end, not the next opening', '2026-01-05T16:00Z', 1 * HOUR, '2026-01-05T17:00Z'],
    ['one millisecond past the window end carries over to the next opening', '2026-01-05T16:00Z', HOUR + 1, '2026-01-06T09:00:00.001Z'],
    ['a start before opening counts from the opening', '2026-01-05T06:00Z', 30 * MINUTE, '2026-01-05T09:30Z'],
    ['a start after closing counts from the next opening', '2026-01-05T20:00Z', 30 * MINUTE, '2026-01-06T09:30Z'],
    ['the weekend is skipped', '2026-01-09T16:00Z', 2 * HOUR, '2026-01-12T10:00Z'],
    ['a start on Saturday counts from Monday', '2026-01-10T12:00Z', 8 * HOUR, '2026-01-12T17:00Z'],
    ['a whole working week', '2026-01-05T09:00Z', 40 * HOUR, '2026-01-09T17:00Z'],
    ['a start exactly at the opening', '2026-01-05T09:00Z', 1, '2026-01-05T09:00:00.001Z'],
    ['a start exactly at the closing', '2026-01-05T17:00Z', 1, '2026-01-06T09:00:00.001Z'],
    ['millisecond precision is kept', '2026-01-05T10:00:00.123Z', 7 * MINUTE + 456, '2026-01-05T10:07:00.579Z'],
  ])('%s', (_name, start, duration, expected) => {
    expect(addBusinessTime(officeUtc, at(start), duration)).toBe(at(expected));
  });

  it('a zero duration returns the start, even outside business hours', () => {
    expect(addBusinessTime(officeUtc, at('2026-01-10T03:17:00.5Z'), 0)).toBe(at('2026-01-10T03:17:00.5Z'));
  });
});

describe('businessTimeBetween on a Mon–Fri 09:00–17:00 UTC calendar', () => {
  it.each([
    ['inside one window', '2026-01-05T10:00Z', '2026-01-05T11:30Z', 90 * MINUTE],
    ['spanning the closing', '2026-01-05T16:00Z', '2026-01-06T10:00Z', 2 * HOUR],
    ['over a weekend', '2026-01-09T16:00Z', '2026-01-12T10:00Z', 2 * HOUR],
    ['a full week', '2026-01-05T00:00Z', '2026-01-12T00:00Z', 40 * HOUR],
    ['a whole year (2026 has 261 weekdays)', '2026-01-01T00:00Z', '2027-01-01T00:00Z', 261 * 8 * HOUR],
    ['outside hours only', '2026-01-05T17:00Z', '2026-01-06T09:00Z', 0],
    ['the end instant is excluded', '2026-01-05T08:00Z', '2026-01-05T09:00Z', 0],
    ['to before from is zero', '2026-01-05T12:00Z', '2026-01-05T10:00Z', 0],
    ['to equal to from is zero', '2026-01-05T12:00Z', '2026-01-05T12:00Z', 0],
  ])('%s', (_name, from, to, expected) => {
    expect(businessTimeBetween(officeUtc, at(from), at(to))).toBe(expected);
  });
});

describe('isBusinessTime: windows are half-open', () => {
  it.each([
    ['the opening instant is business time', '2026-01-05T09:00Z', true],
    ['the last millisecond is business time', '2026-01-05T16:59:59.999Z', true],
    ['the closing instant is not', '2026-01-05T17:00Z', false],
    ['a millisecond before opening is not', '2026-01-05T08:59:59.999Z', false],
    ['Saturday is not', '2026-01-10T12:00Z', false],
  ])('%s', (_name, instant, expected) => {
    expect(isBusinessTime(officeUtc, at(instant))).toBe(expected);
  });
});

describe('a lunch break (Asia/Shanghai 09:00–12:00, 13:00–18:00)', () => {
  it('skips the break', () => {
    expect(addBusinessTime(shanghaiLunch, at('2026-01-05T11:30+08:00'), HOUR)).toBe(at('2026-01-05T13:30+08:00'));
  });
  it('an exact fit before the break ends at 12:00, not 13:00', () => {
    expect(addBusinessTime(shanghaiLunch, at('2026-01-05T11:00+08:00'), HOUR)).toBe(at('2026-01-05T12:00+08:00'));
  });
  it('a start during the break counts from 13:00', () => {
    expect(addBusinessTime(shanghaiLunch, at('2026-01-05T12:10+08:00'), 15 * MINUTE)).toBe(at('2026-01-05T13:15+08:00'));
  });
  it('a day holds 8 hours', () => {
    expect(businessTimeBetween(shanghaiLunch, at('2026-01-05T00:00+08:00'), at('2026-01-06T00:00+08:00'))).toBe(8 * HOUR);
  });
  it('the break is not business time', () => {
    expect(isBusinessTime(shanghaiLunch, at('2026-01-05T12:00+08:00'))).toBe(false);
    expect(isBusinessTime(shanghaiLunch, at('2026-01-05T12:59:59.999+08:00'))).toBe(false);
    expect(isBusinessTime(shanghaiLunch, at('2026-01-05T13:00+08:00'))).toBe(true);
  });
  it('touching windows (09:00–12:00, 12:00–13:00) behave as one', () => {
    const touching = calendar('UTC', [
      ['09:00', '12:00'],
      ['12:00', '13:00'],
    ]);
    expect(addBusinessTime(touching, at('2026-01-05T11:00Z'), 90 * MINUTE)).toBe(at('2026-01-05T12:30Z'));
    expect(addBusinessTime(touching, at('2026-01-05T11:00Z'), HOUR)).toBe(at('2026-01-05T12:00Z'));
    expect(isBusinessTime(touching, at('2026-01-05T12:00Z'))).toBe(true);
  });
});

describe('holidays', () => {
  const withHolidays = calendar('UTC', [['09:00', '17:00']], {
    holidays: [
      { date: '2026-01-06', name: 'Single day' },
      { from: '2026-01-14', to: '2026-01-16', name: 'Inclusive range' },
    ],
  });
  it('a single-date holiday has no business time', () => {
    expect(businessTimeBetween(withHolidays, at('2026-01-06T00:00Z'), at('2026-01-07T00:00Z'))).toBe(0);
    expect(isBusinessTime(withHolidays, at('2026-01-06T10:00Z'))).toBe(false);
  });
  it('addBusinessTime jumps over a single-date holiday', () => {
    expect(addBusinessTime(withHolidays, at('2026-01-05T16:00Z'), 2 * HOUR)).toBe(at('2026-01-07T10:00Z'));
  });
  it('a range holiday includes both ends', () => {
    expect(businessTimeBetween(withHolidays, at('2026-01-13T00:00Z'), at('2026-01-20T00:00Z'))).toBe(8 * HOUR + 8 * HOUR);
    expect(isBusinessTime(withHolidays, at('2026-01-14T10:00Z'))).toBe(false);
    expect(isBusinessTime(withHolidays, at('2026-01-16T10:00Z'))).toBe(false);
    expect(isBusinessTime(withHolidays, at('2026-01-13T10:00Z'))).toBe(true);
  });
  it('addBusinessTime jumps over a range and the weekend after it', () => {
    expect(addBusinessTime(withHolidays, at('2026-01-13T16:00Z'), 2 * HOUR)).toBe(at('2026-01-19T10:00Z'));
  });
  it('a holiday is a local date, not a UTC date', () => {
    const tokyo = calendar('Asia/Tokyo', [['00:00', '24:00']], { holidays: [{ date: '2026-01-06' }] });
    // Tokyo's 2026-01-06 is 2026-01-05T15:00Z … 2026-01-06T15:00Z.
    expect(isBusinessTime(tokyo, at('2026-01-05T14:59:59.999Z'))).toBe(true);
    expect(isBusinessTime(tokyo, at('2026-01-05T15:00Z'))).toBe(false);
    expect(isBusinessTime(tokyo, at('2026-01-06T15:00Z'))).toBe(true);
  });
});

describe('workdays (make-up and special days)', () => {
  // China 2026: National Day holidays 1–8 October; Sunday 27 September is a make-up workday.
  const china = calendar(
    'Asia/Shanghai',
    [
      ['09:00', '12:00'],
      ['13:00', '18:00'],
    ],
    {
      holidays: [
        { date: '2026-10-01', name: 'National Day' },
        { from: '2026-10-02', to: '2026-10-08', name: 'Golden Week' },
      ],
      workdays: [
        {
          date: '2026-09-27',
          hours: [
            ['09:00', '12:00'],
            ['13:00', '18:00'],
          ],
          name: 'Make-up workday',
        },
        { date: '2026-10-09', hours: [['10:00', '11:00']], name: 'Short Friday' },
        {
          date: '2026-10-10',
          hours: [
            ['09:00', '12:00'],
            ['13:00', '18:00'],
          ],
          name: 'Make-up Saturday',
        },
      ],
    },
  );
  it('a make-up Sunday counts', () => {
    expect(isBusinessTime(china, at('2026-09-27T10:00+08:00'))).toBe(true);
    expect(businessTimeBetween(china, at('2026-09-27T00:00+08:00'), at('2026-09-28T00:00+08:00'))).toBe(8 * HOUR);
    expect(addBusinessTime(china, at('2026-09-26T12:00+08:00'), HOUR)).toBe(at('2026-09-27T10:00+08:00'));
  });
  it('Golden Week is skipped and the special Friday hours replace the weekly ones', () => {
    // Wed 30 Sep 17:00 + 2 h: 1 h on the 30th, nothing 1–8 Oct, then Fri 9 Oct 10:00–11:00.
    expect(addBusinessTime(china, at('2026-09-30T17:00+08:00'), 2 * HOUR)).toBe(at('2026-10-09T11:00+08:00'));
    expect(isBusinessTime(china, at('2026-10-09T09:30+08:00'))).toBe(false);
  });
  it('a make-up Saturday counts, and the Sunday after it does not', () => {
    expect(businessTimeBetween(china, at('2026-10-10T00:00+08:00'), at('2026-10-12T00:00+08:00'))).toBe(8 * HOUR);
    // Fri 9 Oct 10:30 + 2 h: 30 min on Friday, then 1.5 h on the make-up Saturday.
    expect(addBusinessTime(china, at('2026-10-09T10:30+08:00'), 2 * HOUR)).toBe(at('2026-10-10T10:30+08:00'));
  });
  it('a workday overrides a holiday on the same date (precedence: workday → holiday → weekly)', () => {
    const clash = calendar('UTC', [['09:00', '17:00']], {
      holidays: [{ date: '2026-01-06' }],
      workdays: [{ date: '2026-01-06', hours: [['10:00', '11:00']] }],
    });
    expect(businessTimeBetween(clash, at('2026-01-06T00:00Z'), at('2026-01-07T00:00Z'))).toBe(HOUR);
  });
});

describe('24:00 is the next midnight', () => {
  const nights = calendar('UTC', [], {
    weekly: { mon: [['22:00', '24:00']], tue: [['00:00', '06:00']] },
  });
  it('22:00–24:00 then 00:00–06:00 is one continuous stretch', () => {
    expect(businessTimeBetween(nights, at('2026-01-05T00:00Z'), at('2026-01-07T00:00Z'))).toBe(8 * HOUR);
    expect(addBusinessTime(nights, at('2026-01-05T23:00Z'), 2 * HOUR)).toBe(at('2026-01-06T01:00Z'));
    expect(addBusinessTime(nights, at('2026-01-05T23:00Z'), HOUR)).toBe(at('2026-01-06T00:00Z'));
    expect(isBusinessTime(nights, at('2026-01-05T23:59:59.999Z'))).toBe(true);
    expect(isBusinessTime(nights, at('2026-01-06T00:00Z'))).toBe(true);
  });
  it('a 00:00–24:00 day holds 24 hours', () => {
    const allDay = everyDay('Asia/Kolkata', [['00:00', '24:00']]);
    expect(businessTimeBetween(allDay, at('2026-01-05T00:00+05:30'), at('2026-01-12T00:00+05:30'))).toBe(7 * 24 * HOUR);
  });
});

describe("'24x7' is every instant", () => {
  it('counts real elapsed time', () => {
    expect(businessTimeBetween('24x7', at('2026-03-08T00:00Z'), at('2026-03-09T00:00Z'))).toBe(24 * HOUR);
    expect(businessTimeBetween('24x7', 10, 5)).toBe(0);
  });
  it('adds real elapsed time', () => {
    expect(addBusinessTime('24x7', at('2026-01-10T12:00Z'), 90 * MINUTE + 7)).toBe(at('2026-01-10T13:30:00.007Z'));
    expect(addBusinessTime('24x7', 123, 0)).toBe(123);
  });
  it('is always business time', () => {
    expect(isBusinessTime('24x7', at('2026-01-10T03:00Z'))).toBe(true);
  });
});

describe('caching never leaks between calendars', () => {
  it('two calendars with the same id but different hours give different answers', () => {
    const a = { ...officeUtc };
    const b = { ...officeUtc, weekly: { ...officeUtc.weekly, mon: [['09:00', '10:00']] as [string, string][] } };
    const from = at('2026-01-05T00:00Z');
    const to = at('2026-01-06T00:00Z');
    expect(businessTimeBetween(a, from, to)).toBe(8 * HOUR);
    expect(businessTimeBetween(b, from, to)).toBe(HOUR);
    expect(businessTimeBetween(a, from, to)).toBe(8 * HOUR);
  });
});

describe('a calendar patched in place is not served from a stale cache', () => {
  it('adding a holiday, replacing a day or changing the zone takes effect on the next call', () => {
    const cal = calendar('UTC', [['09:00', '17:00']]);
    const from = at('2026-01-05T00:00Z');
    const to = at('2026-01-06T00:00Z');
    expect(businessTimeBetween(cal, from, to)).toBe(8 * HOUR);
    cal.holidays.push({ date: '2026-01-05' });
    expect(businessTimeBetween(cal, from, to)).toBe(0);
    cal.holidays.pop();
    cal.weekly.mon = [['09:00', '10:00']];
    expect(businessTimeBetween(cal, from, to)).toBe(HOUR);
    cal.timeZone = 'Asia/Tokyo';
    // Tokyo's Monday 09:00–10:00 is 00:00–01:00Z.
    expect(isBusinessTime(cal, at('2026-01-05T00:30Z'))).toBe(true);
  });
});

describe('long spans', () => {
  it('ten years of a New York office equal the sum of the single years', () => {
    const ny = calendar('America/New_York', [['09:00', '17:00']], { holidays: [{ from: '2027-12-24', to: '2028-01-02' }] });
    let sum = 0;
    for (let y = 2026; y < 2036; y++) {
      sum += businessTimeBetween(ny, at(`${y}-01-01T00:00-05:00`), at(`${y + 1}-01-01T00:00-05:00`));
    }
    expect(businessTimeBetween(ny, at('2026-01-01T00:00-05:00'), at('2036-01-01T00:00-05:00'))).toBe(sum);
    // 2026–2035 hold 2608 weekdays; the range holiday removes 6 of them (24, 27, 28, 29, 30, 31 Dec 2027).
    expect(sum).toBe((2608 - 6) * 8 * HOUR);
  });
});
