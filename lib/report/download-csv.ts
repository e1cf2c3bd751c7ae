/**
 * Saves the record table: a Blob of the CSV's UTF-8 bytes (BOM included) through a temporary `<a download>`, which
 * needs no `downloads` permission.
 */
import type { Language } from '../i18n';
import { csvBytes, csvFileName, recordsToCsv } from './csv';
import type { ReportResult } from './run-report';

export function downloadReportCsv(result: ReportResult, language: Language): string {
  const bytes = csvBytes(recordsToCsv(result.records, result.timeZone, language));
  const name = csvFileName(new URL(result.site.origin).host, result.period.from, result.period.to);
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Chromium reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
