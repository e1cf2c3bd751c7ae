import { describe, expect, it } from 'vitest';
import { durationStats, nearestRank } from '../../lib/report/percentile';

describe('nearest-rank percentiles (the value at rank ceil(p/100 × n))', () => {
  it.each([
    // values, p, expected — worked by hand
    [[7], 90, 7],
    [[1, 2, 3, 4], 50, 2], // rank ceil(2) = 2, not the interpolated 2.5
    [[1, 2, 3, 4], 90, 4], // rank ceil(3.6) = 4
    [[15, 20, 35, 40, 50], 90, 50], // rank ceil(4.5) = 5
    [[15, 20, 35, 40, 50], 50, 35], // rank ceil(2.5) = 3
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9], // rank exactly 9
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90, 10], // rank ceil(9.9) = 10
    [[50, 10, 40, 20, 30], 90, 50], // order of input does not matter
    [[3, 1, 2], 0, 1], // p = 0 is the minimum
    [[3, 1, 2], 100, 3], // p = 100 is the maximum
  ])('%j P%i = %i', (values, p, expected) => {
    expect(nearestRank(values, p)).toBe(expected);
  });

  it('is null for no values and rejects p outside 0..100', () => {
    expect(nearestRank([], 90)).toBeNull();
    expect(() => nearestRank([1], 101)).toThrow(RangeError);
  });

  it('summarises count, mean, median and P90, and nulls for an empty sample', () => {
    expect(durationStats([10, 20, 30, 40])).toEqual({ count: 4, mean: 25, median: 20, p90: 40 });
    expect(durationStats([])).toEqual({ count: 0, mean: null, median: null, p90: null });
  });
});
