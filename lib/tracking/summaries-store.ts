/**
 * The background's latest evaluation of every tracked ticket, in `storage.local`, for the popup: it lists and sorts
 * from these without running the engine, so it renders at once. Written only when a summary changed.
 */
import { storage } from 'wxt/utils/storage';
import { isRecord, readVersioned } from './read-versioned';
import type { SlaSummary, TrackedSummaries } from './types';

export const SUMMARIES_KEY = 'local:tracking.summaries';

export const emptySummaries = (): TrackedSummaries => ({ version: 1, summaries: {} });

export function migrateSummaries(raw: unknown): TrackedSummaries {
  return readVersioned<TrackedSummaries>(raw, {
    current: 1,
    // v1 is the first shipped shape. A v2 adds `2: (v1) => v2` here and a test in tests/tracking/stored-shapes.
    migrations: {},
    accept: (document) => {
      const summaries = (document as { summaries?: unknown }).summaries;
      if (!isRecord(summaries)) return undefined;
      const kept: Record<string, SlaSummary> = {};
      for (const [id, summary] of Object.entries(summaries)) {
        if (isRecord(summary) && typeof summary.level === 'string') kept[id] = summary as unknown as SlaSummary;
      }
      return { version: 1, summaries: kept };
    },
    empty: emptySummaries,
  });
}

const item = storage.defineItem<unknown>(SUMMARIES_KEY);

export async function readSummaries(): Promise<TrackedSummaries> {
  return migrateSummaries(await item.getValue());
}

/** Writes unless nothing changed; returns whether it wrote. */
export async function writeSummariesIfChanged(next: TrackedSummaries): Promise<boolean> {
  const current = await item.getValue();
  if (JSON.stringify(current) === JSON.stringify(next)) return false;
  await item.setValue(next);
  return true;
}

export function watchSummaries(onChange: (value: TrackedSummaries) => void): () => void {
  return item.watch((value) => onChange(migrateSummaries(value)));
}
