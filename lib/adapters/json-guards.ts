/**
 * Small hand-written readers for API JSON. Content scripts have a 25 KB gzip budget (OVERLAY.md), so no zod here:
 * each reader returns `undefined` for a wrong shape and the mappers turn that into a `malformed` result.
 */
export type JsonRecord = Record<string, unknown>;

export const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const asRecord = (value: unknown): JsonRecord | undefined => (isRecord(value) ? value : undefined);
export const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
export const asNumber = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const asStrings = (value: unknown): string[] => asArray(value).filter((v): v is string => typeof v === 'string');
export const asRecords = (value: unknown): JsonRecord[] => asArray(value).filter(isRecord);

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** ISO-8601 with `Z` or `±hh:mm` (Zendesk) → epoch ms. Jira's `+0000` form goes through `parseJiraTime`. */
export function parseIsoTime(value: unknown): number | undefined {
  if (typeof value !== 'string' || !ISO_TIME.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : at;
}
