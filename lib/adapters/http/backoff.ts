/**
 * Retry delays. `Retry-After` is honoured exactly (never sooner); without it, exponential back-off with "equal
 * jitter" (half fixed, half random), so clients that failed together do not retry together and no retry comes
 * sooner than half the step.
 */

/** `Retry-After` in ms: delta-seconds (what Zendesk and Jira send [Z4a][J2]) or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function backoffDelay(retry: number, random: () => number, baseMs: number, maxMs: number): number {
  const step = Math.min(maxMs, baseMs * 2 ** retry);
  return Math.round(step / 2 + random() * (step / 2));
}
