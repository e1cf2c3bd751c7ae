import { formatDuration } from 'date-fns';
import { commonCatalog } from './catalog/common';
import { dateLocale } from './format-date';
import { getLanguage, type Language } from './language';
import { createTranslator } from './translate';

// Only the common catalogue: the formatters are light enough for the popup and content scripts.
const t = createTranslator([commonCatalog]);

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A target written the way a team lead would say it: `15 min`, `4 h`, `1 h 30 min`, `3 business days`.
 * `businessDayMinutes` (the calendar's usual weekday length) enables the business-day form for whole days, from
 * `minBusinessDays` of them on (1 unless given).
 *
 * @example
 * formatMinutes(240);                              //=> '4 h'
 * formatMinutes(1440, { businessDayMinutes: 480 }); //=> '3 business days'
 */
export function formatMinutes(
  minutes: number,
  options: { businessDayMinutes?: number; minBusinessDays?: number; language?: Language } = {},
): string {
  const language = options.language ?? getLanguage();
  const day = options.businessDayMinutes;
  if (!Number.isFinite(minutes)) return '—';
  if (day && minutes >= day * (options.minBusinessDays ?? 1) && minutes % day === 0) {
    return t('common.unit.businessDays', { count: minutes / day }, language);
  }
  if (minutes < 60) {
    return t('common.unit.minutes', { n: round(minutes) }, language);
  }
  const hours = Math.floor(minutes / 60);
  const rest = round(minutes - hours * 60);
  const h = t('common.unit.hours', { n: hours }, language);
  return rest === 0 ? h : `${h} ${t('common.unit.minutes', { n: rest }, language)}`;
}

/**
 * A countdown for badges and lists: `2 h 05 min`, `3 d 4 h`, or `15 min overdue` when negative.
 * Rounded down to the minute, because a countdown that shows seconds would flicker every tick.
 */
export function formatRemaining(ms: number, language: Language = getLanguage()): string {
  if (!Number.isFinite(ms)) return '—';
  const total = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  const parts: string[] = [];
  if (days) parts.push(t('common.unit.days', { n: days }, language));
  if (hours) parts.push(t('common.unit.hours', { n: hours }, language));
  if (!days && (minutes || !hours)) parts.push(t('common.unit.minutes', { n: minutes }, language));
  const text = parts.join(' ');
  return ms < 0 ? t('common.duration.overdue', { duration: text }, language) : text;
}

/** A duration in words through date-fns' locale: `1 day 4 hours` / `1 天 4 小时`. */
export function formatDurationLong(minutes: number, language: Language = getLanguage()): string {
  const whole = Math.round(minutes);
  const duration = { days: Math.floor(whole / 1440), hours: Math.floor((whole % 1440) / 60), minutes: whole % 60 };
  return formatDuration(duration, { locale: dateLocale(language) }) || t('common.duration.zero', undefined, language);
}
