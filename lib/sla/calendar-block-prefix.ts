/**
 * Running business time inside one cached block: the primitive the three calendar functions are built from.
 */
import type { CalendarBlock } from './calendar-blocks';

/**
 * Business ms inside `[blockStart, t)` for an instant `t` of the block (`t` may equal the block's end).
 *
 * @example
 * businessTimeInBlockBefore(block, block.starts[0] + 60_000); // 60000
 */
export function businessTimeInBlockBefore(block: CalendarBlock, t: number): number {
  const { starts, ends, before } = block;
  // Last interval starting at or before t.
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= t) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return 0;
  const end = ends[found]!;
  return before[found]! + (t < end ? t : end) - starts[found]!;
}
