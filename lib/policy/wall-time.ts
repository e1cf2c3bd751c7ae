/** `HH:mm` from `00:00` to `24:00`; `24:00` only closes a window at midnight. */
export const WALL_TIME_PATTERN = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

/**
 * Minutes since local midnight of a well-formed `HH:mm` wall time.
 *
 * @example
 * wallTimeToMinutes('13:30'); // 810
 */
export function wallTimeToMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
