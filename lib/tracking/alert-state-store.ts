/**
 * Notification bookkeeping in `storage.local`: fired levels (the dedupe that survives worker and browser restarts),
 * acknowledgements, snoozes and the tickets behind each shown notification. Written only by the background.
 */
import { storage } from 'wxt/utils/storage';
import { isRecord, readVersioned } from './read-versioned';
import type { AlertState } from './types';

export const ALERT_STATE_KEY = 'local:tracking.alerts';

export const emptyAlertState = (): AlertState => ({ version: 1, fired: {}, acks: {}, snoozes: {}, notifications: {} });

/** Reads any stored value (any version, or garbage) as the current shape. Exported for the migration tests. */
export function migrateAlertState(raw: unknown): AlertState {
  return readVersioned<AlertState>(raw, {
    current: 1,
    // v1 is the first shipped shape. A v2 adds `2: (v1) => v2` here and a test in tests/tracking/stored-shapes.
    migrations: {},
    accept: (document) => {
      const { fired, acks, snoozes, notifications } = document as Partial<AlertState>;
      if (!isRecord(fired)) return undefined;
      return {
        version: 1,
        fired: numbersOnly(fired),
        acks: isRecord(acks) ? (acks as AlertState['acks']) : {},
        snoozes: isRecord(snoozes) ? numbersOnly(snoozes) : {},
        notifications: isRecord(notifications) ? (notifications as AlertState['notifications']) : {},
      };
    },
    empty: emptyAlertState,
  });
}

function numbersOnly(record: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(record)) if (typeof value === 'number') out[key] = value;
  return out;
}

const item = storage.defineItem<unknown>(ALERT_STATE_KEY);

export async function readAlertState(): Promise<AlertState> {
  return migrateAlertState(await item.getValue());
}

export async function writeAlertState(value: AlertState): Promise<void> {
  await item.setValue(value);
}

export function watchAlertState(onChange: (value: AlertState) => void): () => void {
  return item.watch((value) => onChange(migrateAlertState(value)));
}
