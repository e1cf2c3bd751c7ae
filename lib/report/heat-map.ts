/**
 * The 24 × 7 heat map (DOMAIN.md item 7: "find the slow hours"): first-response business minutes of the tickets
 * created in each local hour of each weekday, in the team calendar's zone (not the machine's), so a lead in another
 * zone sees the team's own hours.
 */
import { TZDate } from '@date-fns/tz';
import type { HeatMap, ReportRecord } from './types';

export function buildHeatMap(records: readonly ReportRecord[], timeZone: string): HeatMap {
  const sums = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const counts = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const record of records) {
    if (record.firstResponseMinutes === null) continue;
    const local = new TZDate(record.ticket.facts.createdAt, timeZone);
    const weekday = (local.getDay() + 6) % 7; // Monday first, as Chinese and European calendars print weeks
    const hour = local.getHours();
    sums[weekday]![hour]! += record.firstResponseMinutes;
    counts[weekday]![hour]! += 1;
  }
  let max = 0;
  const cells = counts.map((row, d) =>
    row.map((count, h) => {
      const mean = count === 0 ? null : sums[d]![h]! / count;
      if (mean !== null && mean > max) max = mean;
      return { count, mean };
    }),
  );
  return { timeZone, cells, max };
}
