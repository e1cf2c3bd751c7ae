/**
 * The record table as CSV (PRODUCT.md "Reports"): UTF-8 with a byte-order mark, so Excel and WPS open Chinese text
 * correctly; RFC 4180 quoting (a field with a comma, quote, CR or LF is quoted, quotes doubled) and CRLF rows.
 *
 * Columns, in PRODUCT.md's order: date, ticket, type, priority, tier, submitted, first response, resolved, owner,
 * satisfaction, first-response business minutes, resolution business minutes, within target. "ticket" holds the key
 * and the title (`4821 Cannot export invoices`), so the title is in the sheet without changing the column set.
 * Times are `yyyy-MM-dd HH:mm` in the team calendar's zone: sortable, and every spreadsheet parses them.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { t, type Language } from '../i18n';
import type { ReportRecord } from './types';

export const CSV_BOM = '\uFEFF';

const HEADER_KEYS = [
  'report.csv.date',
  'report.csv.ticket',
  'report.csv.type',
  'report.csv.priority',
  'report.csv.tier',
  'report.csv.submitted',
  'report.csv.firstResponse',
  'report.csv.resolved',
  'report.csv.owner',
  'report.csv.satisfaction',
  'report.csv.firstResponseMinutes',
  'report.csv.resolutionMinutes',
  'report.csv.withinTarget',
] as const;

/**
 * One field. Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first: "CSV injection", e.g. a
 * customer's title `=HYPERLINK(…)`) get a leading `'`, which spreadsheets show as plain text.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(fields: readonly (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(',');
}

/** Minutes with at most two decimals and a `.` separator (what spreadsheets read as a number in every locale's CSV import). */
export function csvMinutes(minutes: number | null): string {
  return minutes === null ? '' : String(Math.round(minutes * 100) / 100);
}

const when = (ms: number | null, timeZone: string, pattern = 'yyyy-MM-dd HH:mm'): string =>
  ms === null ? '' : format(new TZDate(ms, timeZone), pattern);

/** The whole file as text, BOM first. */
export function recordsToCsv(records: readonly ReportRecord[], timeZone: string, language: Language): string {
  const header = csvRow(HEADER_KEYS.map((key) => t(key, undefined, language)));
  const rows = records.map((r) => {
    const facts = r.ticket.facts;
    const within =
      r.withinTarget === null ? '' : t(r.withinTarget ? 'report.csv.yes' : 'report.csv.no', undefined, language);
    return csvRow([
      when(facts.createdAt, timeZone, 'yyyy-MM-dd'),
      facts.title ? `${facts.key} ${facts.title}` : facts.key,
      r.ticket.type,
      r.sla.priority,
      r.sla.tier?.name ?? null,
      when(facts.createdAt, timeZone),
      when(r.firstResponseAt, timeZone),
      when(r.resolvedAt, timeZone),
      r.ticket.owner,
      r.ticket.satisfaction,
      csvMinutes(r.firstResponseMinutes),
      csvMinutes(r.resolutionMinutes),
      within,
    ]);
  });
  return `${CSV_BOM}${[header, ...rows].join('\r\n')}\r\n`;
}

/** UTF-8 bytes of the file (the BOM becomes EF BB BF). */
export function csvBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * `sla-report_acme.zendesk.com_2026-10-01_2026-10-31.csv`: the site and the period (the last day included), so a
 * month's files sort and never overwrite each other.
 */
export function csvFileName(site: string, fromDay: string, lastDay: string): string {
  const safeSite = site.replace(/^https?:\/\//, '').replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');
  return `sla-report_${safeSite}_${fromDay}_${lastDay}.csv`;
}
