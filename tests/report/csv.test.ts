import { describe, expect, it } from 'vitest';
import { csvBytes, csvField, csvFileName, recordsToCsv } from '../../lib/report/csv';
import { evaluateRecords } from '../../lib/report/evaluate-records';
import { answered, NOW, policy, ticket } from './fixtures';

/** A minimal RFC 4180 reader, written here so the test checks the bytes, not our own writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

describe('CSV export', () => {
  const tricky = 'Export fails, "urgent"\nsecond line';
  const tickets = [
    answered('4821', 7, 60, { title: tricky, created: 9 * 60 + 5 }),
    ticket({ key: '4822', priority: 'high', reply: 45, title: '发票导出失败', type: null }),
    ticket({ key: '4823', title: '=HYPERLINK("http://x")', reply: 3, statuses: [[0, 'open'], [5, 'solved']] }),
  ];
  const records = evaluateRecords(policy, tickets, NOW);

  it('starts with a UTF-8 byte-order mark and uses CRLF rows', () => {
    const bytes = csvBytes(recordsToCsv(records, 'UTC', 'en'));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    // Chinese survives the round trip through bytes.
    expect(text).toContain('发票导出失败');
  });

  it('has the PRODUCT.md columns in order and quotes commas, quotes and newlines', () => {
    const rows = parseCsv(recordsToCsv(records, 'UTC', 'en').slice(1));
    expect(rows[0]).toEqual([
      'Date', 'Ticket', 'Type', 'Priority', 'Tier', 'Submitted', 'First response', 'Resolved', 'Owner', 'Satisfaction',
      'First-response business minutes', 'Resolution business minutes', 'Within target',
    ]);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      '2026-11-02', `4821 ${tricky}`, 'incident', 'P1', 'P1 · Critical', '2026-11-02 09:05', '2026-11-02 09:12',
      '2026-11-02 10:05', 'Ana Agent', '', '7', '60', 'yes',
    ]);
    // P2 runs on office hours (09:00–12:00, 13:00–18:00 UTC); created Monday 00:00, answered 00:45 → 0 business min.
    expect(rows[2]!.slice(0, 5)).toEqual(['2026-11-02', '4822 发票导出失败', '', 'P2', 'P2 · High']);
    expect(rows[2]![10]).toBe('0');
    expect(rows[2]![12]).toBe('no'); // still open two weeks later: resolution breached
    const raw = recordsToCsv(records, 'UTC', 'en');
    expect(raw).toContain('"4821 Export fails, ""urgent""\nsecond line"');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('+1, 2')).toBe(`"'+1, 2"`);
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
  });

  it('writes the header in Chinese for a Chinese UI', () => {
    const rows = parseCsv(recordsToCsv(records, 'UTC', 'zh-CN').slice(1));
    expect(rows[0]![0]).toBe('日期');
    expect(rows[0]![12]).toBe('是否达标');
    expect(rows[1]![12]).toBe('是');
  });

  it('names the file after the site and the period', () => {
    expect(csvFileName('https://acme.zendesk.com', '2026-10-01', '2026-10-31')).toBe(
      'sla-report_acme.zendesk.com_2026-10-01_2026-10-31.csv',
    );
  });
});
