import { formatMinutes, getLanguage } from '../../lib/i18n';

/** `87.5%` / `87.5%`; `—` when there is nothing to divide. */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  return new Intl.NumberFormat(getLanguage(), { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** A duration in business minutes, to the whole minute: `25 min`, `3 h 12 min`; `—` for none. */
export function formatReportMinutes(minutes: number | null): string {
  return minutes === null ? '—' : formatMinutes(Math.round(minutes));
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat(getLanguage()).format(n);
}
