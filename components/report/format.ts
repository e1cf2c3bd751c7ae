import { formatMinutes, getLanguage, t } from '../../lib/i18n';

/** `87.5%`, always one decimal so a column of rates lines up; `—` when there is nothing to divide. */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  return new Intl.NumberFormat(getLanguage(), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
}

/** A duration in business minutes, to the whole minute: `25 min`, `3 h 12 min`; `—` for none. */
export function formatReportMinutes(minutes: number | null): string {
  return minutes === null ? '—' : formatMinutes(Math.round(minutes));
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat(getLanguage()).format(n);
}

/**
 * The tables' compact form, so fifteen columns fit: whole minutes under an hour (`45 min`), else hours with one
 * decimal (`2.3 h`, `167.4 h`), as spreadsheets show durations.
 */
export function formatCompactMinutes(minutes: number | null): string {
  if (minutes === null) return '—';
  if (minutes < 59.5) return t('common.unit.minutes', { n: Math.round(minutes) });
  const hours = new Intl.NumberFormat(getLanguage(), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(minutes / 60);
  return t('common.unit.hours', { n: hours });
}
