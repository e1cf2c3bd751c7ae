import { afterAll, describe, expect, it } from 'vitest';
import { addBusinessTime } from '../../../lib/sla/add-business-time';
import { businessTimeBetween } from '../../../lib/sla/business-time-between';
import { isBusinessTime } from '../../../lib/sla/is-business-time';
import { HOUR, at, calendar } from './calendar-fixtures';

/**
 * The suite also runs whole under TZ=UTC and TZ=America/Los_Angeles. Here, in addition, the process TZ is switched
 * at run time (Node re-reads `process.env.TZ` on assignment) and every answer is compared with instants written
 * with explicit offsets. Each pass builds fresh calendar objects, so nothing is served from a cache built under
 * another TZ.
 */
const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const processZones = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham', 'Europe/London'];

function answers() {
  const ny = calendar('America/New_York', [['09:00', '17:00']]);
  const sydneyNight = calendar('Australia/Sydney', [['01:00', '04:00']], { days: ['sun'] });
  const shanghai = calendar('Asia/Shanghai', [
    ['09:00', '12:00'],
    ['13:00', '18:00'],
  ]);
  return {
    nyAcrossSpringForward: addBusinessTime(ny, at('2026-03-06T16:00-05:00'), 2 * HOUR),
    nyAcrossFallBack: addBusinessTime(ny, at('2026-10-30T16:00-04:00'), 2 * HOUR),
    sydneyForwardNight: businessTimeBetween(sydneyNight, at('2026-10-03T00:00Z'), at('2026-10-05T00:00Z')),
    sydneyBackNight: businessTimeBetween(sydneyNight, at('2026-04-04T00:00Z'), at('2026-04-06T00:00Z')),
    shanghaiLunch: addBusinessTime(shanghai, at('2026-01-05T11:30+08:00'), HOUR),
    shanghaiOpen: isBusinessTime(shanghai, at('2026-01-05T09:00+08:00')),
    shanghaiBreak: isBusinessTime(shanghai, at('2026-01-05T12:00+08:00')),
  };
}

const expected = {
  nyAcrossSpringForward: at('2026-03-09T10:00-04:00'),
  nyAcrossFallBack: at('2026-11-02T10:00-05:00'),
  sydneyForwardNight: 2 * HOUR,
  sydneyBackNight: 4 * HOUR,
  shanghaiLunch: at('2026-01-05T13:30+08:00'),
  shanghaiOpen: true,
  shanghaiBreak: false,
};

describe('results do not depend on the process time zone', () => {
  it.each(processZones)('TZ=%s gives the hard-coded instants', (zone) => {
    process.env.TZ = zone;
    expect(answers()).toEqual(expected);
  });
  it('the TZ switch really changes local Date behaviour (so the test above is meaningful)', () => {
    process.env.TZ = 'Asia/Kolkata';
    const kolkata = new Date(0).getTimezoneOffset();
    process.env.TZ = 'America/Los_Angeles';
    const la = new Date(0).getTimezoneOffset();
    expect(kolkata).not.toBe(la);
  });
});
