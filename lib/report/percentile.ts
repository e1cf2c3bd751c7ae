/**
 * Percentiles by the **nearest-rank** method, the one definition the report uses for the median (P50) and P90:
 * sort the n values ascending; the p-th percentile is the value at 1-based rank `ceil(p / 100 × n)` (rank 1 for
 * p = 0). It is always a duration that really happened (no interpolation), which is what a lead reads as "90 % of
 * tickets were answered within X". Empty input gives `null`.
 *
 * @example
 * nearestRank([1, 2, 3, 4], 50);                     //=> 2   (rank ceil(2) = 2; not the interpolated 2.5)
 * nearestRank([15, 20, 35, 40, 50], 90);             //=> 50  (rank ceil(4.5) = 5)
 * nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90);  //=> 9   (rank ceil(9) = 9)
 */
export function nearestRank(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** Sample size, mean, median (nearest-rank P50) and P90 of durations in minutes. */
export interface DurationStats {
  count: number;
  mean: number | null;
  median: number | null;
  p90: number | null;
}

export function durationStats(values: readonly number[]): DurationStats {
  if (values.length === 0) return { count: 0, mean: null, median: null, p90: null };
  const sum = values.reduce((total, value) => total + value, 0);
  return {
    count: values.length,
    mean: sum / values.length,
    median: nearestRank(values, 50),
    p90: nearestRank(values, 90),
  };
}
