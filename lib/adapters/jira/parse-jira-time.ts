/**
 * Jira timestamps carry an offset without a colon (`2026-03-02T08:14:05.123+0000`), which `Date.parse` does not
 * accept everywhere (research §2.3). Parsed explicitly; also accepts `Z`, `+hh:mm`, and no fraction.
 *
 * @example
 * parseJiraTime('2026-03-02T08:14:05.123+0000') //=> 1772439245123
 * parseJiraTime('2026-03-02T10:14:05.123+0200') //=> 1772439245123
 */
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

export function parseJiraTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = PATTERN.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '0', frac = '0', zone, sign, oh = '0', om = '0'] = m;
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  if (zone === 'Z') return utc;
  const offset = (Number(oh) * 60 + Number(om)) * 60_000;
  return sign === '-' ? utc + offset : utc - offset;
}
