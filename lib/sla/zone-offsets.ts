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
  /** Offset (ms) at UTC-midnight anchors, keyed by the anchor instant. */
  anchors: Map<number, number>;
  /** The transition found between two anchors, keyed by `lo + (hi − lo) / DAY_MS` (unique: anchors are whole days). */
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

function anchorOffset(state: ZoneState, anchor: number): number {
  let offset = state.anchors.get(anchor);
  if (offset === undefined) {
    offset = intlOffset(state, anchor);
    state.anchors.set(anchor, offset);
  }
  return offset;
}

/**
 * The offset change in `(lo, hi]`, located by bisection on whole seconds and memoised. The bracket spans at most
 * three days, and tzdata never changes a zone's offset twice within three days, so there is exactly one.
 */
function transitionBetween(state: ZoneState, lo: number, hi: number, before: number): Transition {
  const key = lo + (hi - lo) / DAY_MS;
  let found = state.transitions.get(key);
  if (!found) {
    // Invariant: offset(a) === before, offset(b) !== before.
    let a = lo / 1000;
    let b = hi / 1000;
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

/**
 * The instant of the wall-clock time `localMs` (milliseconds since 1970-01-01T00:00 *local*) in `timeZone`.
 * A wall time inside a gap gives the first instant after the gap; one inside an overlap gives the earlier instant.
 * `bracketFrom`/`bracketTo` are optional UTC-midnight anchors known to bracket every candidate instant (callers that
 * convert many edges of one local day pass the day's bracket so the common no-transition case costs two map reads).
 *
 * @example
 * // 2026-03-08 02:30 does not exist in New York; the first instant after the gap is 03:00 EDT = 07:00Z.
 * wallTimeToInstant('America/New_York', Date.UTC(2026, 2, 8, 2, 30)) === Date.UTC(2026, 2, 8, 7, 0);
 */
export function wallTimeToInstant(
  timeZone: string,
  localMs: number,
  bracketFrom?: number,
  bracketTo?: number,
): number {
  const state = zoneState(timeZone);
  if (!state.format) return localMs;
  const lo = bracketFrom ?? Math.floor((localMs - MARGIN_MS) / DAY_MS) * DAY_MS;
  const hi = bracketTo ?? Math.ceil((localMs + MARGIN_MS) / DAY_MS) * DAY_MS;
  const offLo = anchorOffset(state, lo);
  const offHi = anchorOffset(state, hi);
  // Zones change offset at most a couple of times a year, so equal offsets at both ends mean none in between.
  if (offLo === offHi) return localMs - offLo;
  if (bracketFrom !== undefined || bracketTo !== undefined) {
    // The day's bracket is wide; narrow it to this edge so the transition memo is keyed consistently.
    return wallTimeToInstant(timeZone, localMs);
  }
  const tr = transitionBetween(state, lo, hi, offLo);
  // Both ENGINE.md rules are one statement: take the first instant whose wall clock reads `localMs` or later.
  // Before the transition the clock reads t + before, from it on t + after. In an overlap both sides reach the
  // wall time and the earlier side wins; in a gap neither does, and the first instant after the gap is `tr.at`.
  const early = localMs - tr.before;
  const late = Math.max(tr.at, localMs - tr.after);
  return early < tr.at ? Math.min(early, late) : late;
}
