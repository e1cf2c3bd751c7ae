/**
 * Wall-clock → instant conversion for one IANA zone, with the rules of `ENGINE.md`:
 * an edge in a gap moves forward to the first instant after the gap, an edge in an overlap takes the earlier instant.
 *
 * Internal to the calendar arithmetic. `Intl` is slow (a few µs per call), so every offset we ask for is sampled at
 * a UTC-midnight "anchor" and memoised per zone, and each DST transition, once located, is memoised too. A calendar
 * therefore pays roughly one `Intl` call per local day the first time it sees that day, and none afterwards.
 */

const DAY_MS = 86_400_000;
/** Real zone offsets lie within −12 h … +14 h; a 15 h margin brackets every candidate instant of a wall time. */
const MARGIN_MS = 15 * 3_600_000;

interface Transition {
  /** First instant with the new offset. */
  at: number;
  before: number;
  after: number;
}

interface ZoneState {
  format: Intl.DateTimeFormat | null;
  /** Offset (ms) at UTC midnights ("anchors"), keyed by day number (days since 1970-01-01): small-integer keys. */
  anchors: Map<number, number>;
  /** The transition found between two anchors, keyed by `lo * 4 + (hi − lo)` (anchors are day numbers ≤ 3 apart). */
  transitions: Map<number, Transition>;
}

// Keyed by zone name rather than calendar: calendars of one zone share offsets, and the set of zones is small.
const zones = new Map<string, ZoneState>();

function zoneState(timeZone: string): ZoneState {
  let state = zones.get(timeZone);
  if (!state) {
    const fixedUtc = timeZone === 'UTC' || timeZone === 'Etc/UTC';
    state = {
      format: fixedUtc
        ? null
        : new Intl.DateTimeFormat('en-US', {
            timeZone,
            // h23, not hour12:false: the latter prints midnight as "24" in some engines.
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
          }),
      anchors: new Map(),
      transitions: new Map(),
    };
    zones.set(timeZone, state);
  }
  return state;
}

/** Offset (local − UTC, ms) in force at `t`, straight from `Intl`. Whole seconds: tzdata has no finer offsets. */
function intlOffset(state: ZoneState, t: number): number {
  if (!state.format) return 0;
  const secondFloor = Math.floor(t / 1000) * 1000;
  let y = 0;
  let mo = 0;
  let d = 0;
  let h = 0;
  let mi = 0;
  let s = 0;
  for (const part of state.format.formatToParts(secondFloor)) {
    switch (part.type) {
      case 'year': y = Number(part.value); break;
      case 'month': mo = Number(part.value); break;
      case 'day': d = Number(part.value); break;
      case 'hour': h = Number(part.value) % 24; break;
      case 'minute': mi = Number(part.value); break;
      case 'second': s = Number(part.value); break;
      default: break;
    }
  }
  const asUtc = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  asUtc.setUTCFullYear(y, mo - 1, d);
  asUtc.setUTCHours(h, mi, s, 0);
  return asUtc.getTime() - secondFloor;
}

/**
 * The zone's offset (local − UTC, ms) in force at instant `t`. For one-off wall-clock readings (the explanation's
 * "until Mon 09:00"), so the engine keeps a single zone implementation.
 *
 * @example
 * zoneOffsetAt('Asia/Shanghai', Date.UTC(2026, 0, 1)); //=> 28800000
 */
export function zoneOffsetAt(timeZone: string, t: number): number {
  return intlOffset(zoneState(timeZone), t);
}

function anchorOffset(state: ZoneState, day: number): number {
  let offset = state.anchors.get(day);
  if (offset === undefined) {
    offset = intlOffset(state, day * DAY_MS);
    state.anchors.set(day, offset);
  }
  return offset;
}

/**
 * The offset change in `(lo, hi]`, located by bisection on whole seconds and memoised. The bracket spans at most
 * three days, and no zone changes its offset twice within three days (checked for all 418 ICU zones, 1970–2040,
 * sampled twice a day), so there is exactly one.
 */
function transitionBetween(state: ZoneState, lo: number, hi: number, before: number): Transition {
  const key = lo * 4 + (hi - lo);
  let found = state.transitions.get(key);
  if (!found) {
    // Invariant: offset(a) === before, offset(b) !== before. Whole seconds: tzdata has nothing finer.
    let a = lo * 86_400;
    let b = hi * 86_400;
    while (b - a > 1) {
      const mid = Math.floor((a + b) / 2);
      if (intlOffset(state, mid * 1000) === before) a = mid;
      else b = mid;
    }
    const at = b * 1000;
    found = { at, before, after: intlOffset(state, at) };
    state.transitions.set(key, found);
  }
  return found;
}

/** One wall-clock time (ms since 1970-01-01T00:00 local) → instant, when a transition may be near. */
function convertNearTransition(state: ZoneState, localMs: number): number {
  const lo = Math.floor((localMs - MARGIN_MS) / DAY_MS);
  const hi = Math.ceil((localMs + MARGIN_MS) / DAY_MS);
  const offLo = anchorOffset(state, lo);
  if (offLo === anchorOffset(state, hi)) return localMs - offLo;
  const tr = transitionBetween(state, lo, hi, offLo);
  // Both ENGINE.md rules are one statement: take the first instant whose wall clock reads `localMs` or later.
  // Before the transition the clock reads t + before, from it on t + after. In an overlap both sides reach the
  // wall time and the earlier side wins; in a gap neither does, and the first instant after the gap is `tr.at`.
  const early = localMs - tr.before;
  const late = Math.max(tr.at, localMs - tr.after);
  return early < tr.at ? Math.min(early, late) : late;
}

/**
 * Converts wall-clock times of one local date in `timeZone` to instants: `minutes[i]` (minutes since local
 * midnight, `1440` = the next midnight) of local day `day` (days since 1970-01-01) goes to `out[i]` (epoch ms).
 * A wall time inside a gap gives the first instant after the gap; one inside an overlap gives the earlier instant.
 *
 * A whole day at once, because that is how calendars need it and it lets the common case (no transition within a
 * day of the date) cost two small-integer Map reads for all the day's edges together.
 *
 * @example
 * // 2026-03-08 (day 20520) 02:30 does not exist in New York; the first instant after the gap is 03:00 EDT = 07:00Z.
 * const out = new Float64Array(1);
 * localDayToInstants('America/New_York', 20520, Int32Array.of(150), out);
 * out[0] === Date.UTC(2026, 2, 8, 7, 0);
 */
export function localDayToInstants(timeZone: string, day: number, minutes: Int32Array, out: Float64Array): void {
  const state = zoneState(timeZone);
  const dayLocal = day * DAY_MS;
  if (!state.format) {
    for (let i = 0; i < minutes.length; i++) out[i] = dayLocal + minutes[i]! * 60_000;
    return;
  }
  // Every candidate instant of this date's wall times lies within [day − 14 h, day + 1 d + 12 h]; these anchors
  // bracket it. Equal offsets at both ends mean no transition in between (none comes twice within three days).
  const offset = anchorOffset(state, day - 1);
  if (offset === anchorOffset(state, day + 2)) {
    for (let i = 0; i < minutes.length; i++) out[i] = dayLocal + minutes[i]! * 60_000 - offset;
    return;
  }
  for (let i = 0; i < minutes.length; i++) out[i] = convertNearTransition(state, dayLocal + minutes[i]! * 60_000);
}
