/**
 * Reads a target as a team lead types it, in either language: `15 min`, `4 h`, `1.5h`, `1 h 30 min`, `90`,
 * `3 business days`, `3 bd`, `2 days`, `4 小时`, `3 个工作日`.
 *
 * Units and why:
 * - a bare number is minutes, the unit POLICY.md stores;
 * - `day` / `d` / `天` is 24 clock hours (1440 min), the same in every calendar;
 * - `business day` / `bd` / `工作日` is the target calendar's usual weekday length (`businessDayMinutes`):
 *   8 business hours = 480 min on the default office calendar, 24 h on `24x7`. The editor shows the
 *   interpretation next to the field, because "3 business days" is stored as minutes and a later change to the
 *   calendar's hours does not rescale it.
 */
export type ParsedDuration =
  | { ok: true; minutes: number; usedBusinessDays: boolean }
  | { ok: false; reason: 'empty' | 'syntax' | 'no-business-day' | 'range' };

const UNITS: [RegExp, 'min' | 'h' | 'd' | 'w' | 'bd'][] = [
  [/^(?:business|working|work)\s*days?$|^bd$|^wd$|^个?工作日$/, 'bd'],
  [/^(?:m|mins?|minutes?|分|分钟)$/, 'min'],
  [/^(?:h|hrs?|hours?|小时|时|个小时)$/, 'h'],
  [/^(?:d|days?|天|日)$/, 'd'],
  [/^(?:w|wks?|weeks?|周|星期)$/, 'w'],
];

const FACTOR = { min: 1, h: 60, d: 1440, w: 10080 } as const;

/** The largest target POLICY.md allows: one year. */
export const MAX_TARGET_MINUTES = 525_600;

export function parseDuration(text: string, businessDayMinutes?: number): ParsedDuration {
  const input = text.trim().toLowerCase().replace(/,/g, '.');
  if (!input) return { ok: false, reason: 'empty' };
  if (/^\d+(?:\.\d+)?$/.test(input)) return checked(Number(input), false);

  // Pairs of <number><unit>, e.g. "1 h 30 min", "1h30m", "3 business days".
  const pair = /(\d+(?:\.\d+)?)\s*([a-z\u4e00-\u9fff]+(?:\s+days?)?)\s*/gy;
  let minutes = 0;
  let usedBusinessDays = false;
  let consumed = 0;
  for (let match = pair.exec(input); match; match = pair.exec(input)) {
    consumed = pair.lastIndex;
    const amount = Number(match[1]);
    const unit = UNITS.find(([re]) => re.test(match[2]!.trim()))?.[1];
    if (!unit) return { ok: false, reason: 'syntax' };
    if (unit === 'bd') {
      if (!businessDayMinutes) return { ok: false, reason: 'no-business-day' };
      usedBusinessDays = true;
      minutes += amount * businessDayMinutes;
    } else {
      minutes += amount * FACTOR[unit];
    }
  }
  if (consumed !== input.length || consumed === 0) return { ok: false, reason: 'syntax' };
  return checked(minutes, usedBusinessDays);
}

function checked(minutes: number, usedBusinessDays: boolean): ParsedDuration {
  if (!(minutes > 0) || minutes > MAX_TARGET_MINUTES) return { ok: false, reason: 'range' };
  return { ok: true, minutes: Math.round(minutes * 1000) / 1000, usedBusinessDays };
}
