/**
 * Short countdown text for a pill that must stay ≤ 20 px tall in a table row: `45s`, `12m`, `1h 12m`, `2d 3h`,
 * with a leading minus once breached (`-5m`). Floors toward zero so a countdown never shows more time than is left.
 * Seconds only count down to a breach: in the first minute past it the text is empty (the badge shows the level's
 * word, "Breached"), because how many seconds over is no use to an agent and would redraw the pill every second.
 */
export function formatPillRemaining(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const abs = Math.abs(ms);
  const s = Math.floor(abs / 1000);
  if (s < 60) return ms < 0 ? '' : `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${sign}${m}m`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${sign}${h}h${m % 60 ? ` ${m % 60}m` : ''}`;
  const d = Math.floor(h / 24);
  return `${sign}${d}d${h % 24 ? ` ${h % 24}h` : ''}`;
}

/**
 * A number that changes whenever `formatPillRemaining(ms)` may change (each second under a minute, else each minute):
 * ticks compare it instead of building the text for every badge.
 */
export function textUnit(ms: number): number {
  const unit = ms >= 0 && ms < 60_000 ? Math.trunc(ms / 1000) : 1e7 + Math.trunc(ms / 60_000);
  return unit * 2 + (ms < 0 ? 1 : 0);
}
