/**
 * Time-zone validation for policy calendars (POLICY.md, "Time zones and keys").
 *
 * `Intl.DateTimeFormat` is the judge of what a zone is, because the engine reads wall-clock times through `Intl`
 * too: a zone the parser accepts is a zone the engine can use. The canonical spelling is the one `Intl` resolves to,
 * so `asia/shanghai` becomes `Asia/Shanghai` and every installation stores the same string.
 */

// Area/City (with optional sub-areas such as America/Argentina/Salta, or Etc/GMT+8), or plain UTC. The shape check
// comes first because newer engines accept offset zones such as "+08:00", which POLICY.md rejects.
const IANA_NAME = /^(?:utc|[a-z_]+(?:\/[a-z0-9_+-]+)+)$/i;

/**
 * Returns the canonical IANA name of `timeZone`, or `undefined` when it is not an IANA name `Intl` accepts.
 *
 * @example
 * canonicalTimeZone('asia/shanghai'); // 'Asia/Shanghai'
 * canonicalTimeZone('+08:00');        // undefined
 */
export function canonicalTimeZone(timeZone: string): string | undefined {
  if (!IANA_NAME.test(timeZone)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    // Intl throws a RangeError for a zone it does not know; for us that is simply "not a zone".
    return undefined;
  }
}

/** The browser's own zone, or UTC when it reports none: the zone of a default calendar. */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
