import type { ServerResponse } from 'node:http';

/** Escapes text for HTML element content and attribute values. Ticket text is data, never markup. */
export function esc(text: unknown): string {
  return String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON that is safe inside a `<script>` element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  contentType = 'text/plain; charset=utf-8',
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store', ...headers });
  res.end(text);
}

/** Zendesk style: `2026-03-02T08:14:05Z` (no milliseconds). */
export function zdTime(ms: number | null | undefined): string | null {
  if (ms === null || ms === undefined) return null;
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Jira style: `2026-03-02T08:14:05.123+0000` (offset without a colon). */
export function jiraTime(ms: number | null | undefined): string | null {
  if (ms === null || ms === undefined) return null;
  return new Date(ms).toISOString().replace('Z', '+0000');
}

/** JSM DateDTO. */
export function jsmDate(ms: number): { iso8601: string; jira: string; friendly: string; epochMillis: number } {
  const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', '+0000');
  return {
    iso8601: iso,
    jira: jiraTime(ms) ?? '',
    friendly: new Date(ms).toUTCString().slice(5, 22),
    epochMillis: ms,
  };
}

/** JSM DurationDTO. */
export function jsmDuration(ms: number): { millis: number; friendly: string } {
  return { millis: ms, friendly: friendlyDuration(ms) };
}

export function friendlyDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let m = Math.round(Math.abs(ms) / 60_000);
  const h = Math.floor(m / 60);
  m %= 60;
  return h > 0 ? `${sign}${h}h ${m}m` : `${sign}${m}m`;
}

/** A small deterministic PRNG (mulberry32) for generated data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
