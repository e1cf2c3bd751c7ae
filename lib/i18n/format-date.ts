import { TZDate } from '@date-fns/tz';
import { format, type Locale } from 'date-fns';
import { enUS, zhCN } from 'date-fns/locale';
import { getLanguage, type Language } from './language';

/** The date-fns locale of a UI language. */
export function dateLocale(language: Language = getLanguage()): Locale {
  return language === 'zh-CN' ? zhCN : enUS;
}

/** In `timeZone` when given (a calendar's zone), else the machine's zone. */
function at(ms: number, timeZone?: string): Date {
  return timeZone ? new TZDate(ms, timeZone) : new Date(ms);
}

/**
 * A date and time in the UI language: `Nov 23, 2026, 9:00 AM` / `2026年11月23日 09:00`.
 *
 * @example
 * formatDateTime(Date.UTC(2026, 10, 23, 1), 'Asia/Shanghai', 'en'); //=> 'Nov 23, 2026, 9:00 AM'
 */
export function formatDateTime(ms: number, timeZone?: string, language: Language = getLanguage()): string {
  // zh-CN's `PPp` is numeric (`2026-11-23 上午 9:00`); `PPP HH:mm` is how Chinese UIs write it.
  return format(at(ms, timeZone), language === 'zh-CN' ? 'PPP HH:mm' : 'PPp', { locale: dateLocale(language) });
}

/** A time of day in the UI language's style: `9:00 AM` / `09:00`. */
export function formatTime(ms: number, timeZone?: string, language: Language = getLanguage()): string {
  return format(at(ms, timeZone), language === 'zh-CN' ? 'HH:mm' : 'p', { locale: dateLocale(language) });
}

/** A short day heading: `Mon, Nov 23` / `11月23日 周一`. */
export function formatDayLabel(ms: number, timeZone?: string, language: Language = getLanguage()): string {
  return format(at(ms, timeZone), language === 'zh-CN' ? 'MMMdo EEE' : 'EEE, MMM d', { locale: dateLocale(language) });
}
