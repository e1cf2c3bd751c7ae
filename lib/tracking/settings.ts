/**
 * Which levels notify (PRODUCT.md "Notifications": each level is switchable). A user preference, so it lives in
 * `storage.sync` and follows the agent between machines. The options page renders one toggle per `ALERT_LEVELS`
 * entry with `readNotificationSettings` / `setNotificationLevel` / `watchNotificationSettings`.
 */
import { storage } from 'wxt/utils/storage';
import { isRecord, readVersioned } from './read-versioned';
import type { AlertLevel, NotificationSettings } from './types';

export { ALERT_LEVELS, type AlertLevel, type NotificationSettings } from './types';

export const NOTIFICATION_SETTINGS_KEY = 'sync:tracking.notifications';

export const defaultNotificationSettings = (): NotificationSettings => ({
  version: 1,
  levels: { warning: true, critical: true, breached: true },
});

export function migrateNotificationSettings(raw: unknown): NotificationSettings {
  return readVersioned<NotificationSettings>(raw, {
    current: 1,
    // v1 is the first shipped shape. A v2 adds `2: (v1) => v2` here and a test in tests/tracking/stored-shapes.
    migrations: {},
    accept: (document) => {
      const levels = (document as { levels?: unknown }).levels;
      if (!isRecord(levels)) return undefined;
      const defaults = defaultNotificationSettings().levels;
      const pick = (level: AlertLevel) => (typeof levels[level] === 'boolean' ? (levels[level] as boolean) : defaults[level]);
      return { version: 1, levels: { warning: pick('warning'), critical: pick('critical'), breached: pick('breached') } };
    },
    empty: defaultNotificationSettings,
  });
}

const item = storage.defineItem<unknown>(NOTIFICATION_SETTINGS_KEY);

export async function readNotificationSettings(): Promise<NotificationSettings> {
  return migrateNotificationSettings(await item.getValue());
}

export async function setNotificationLevel(level: AlertLevel, enabled: boolean): Promise<NotificationSettings> {
  const current = await readNotificationSettings();
  const next: NotificationSettings = { ...current, levels: { ...current.levels, [level]: enabled } };
  await item.setValue(next);
  return next;
}

export function watchNotificationSettings(onChange: (value: NotificationSettings) => void): () => void {
  return item.watch((value) => onChange(migrateNotificationSettings(value)));
}
