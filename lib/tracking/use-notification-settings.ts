import { useEffect, useState } from 'react';
import { readNotificationSettings, setNotificationLevel, watchNotificationSettings } from './settings';
import type { AlertLevel, NotificationSettings } from './types';

/**
 * The options page's notification switches: one per `ALERT_LEVELS` entry. Labels: `popup.notifications.*` in
 * lib/i18n/catalog/popup.ts.
 */
export function useNotificationSettings(): {
  settings: NotificationSettings | null;
  setLevel: (level: AlertLevel, enabled: boolean) => Promise<void>;
} {
  const [settings, setSettings] = useState<NotificationSettings | null>(null);
  useEffect(() => {
    void readNotificationSettings().then(setSettings);
    return watchNotificationSettings(setSettings);
  }, []);
  return { settings, setLevel: async (level, enabled) => setSettings(await setNotificationLevel(level, enabled)) };
}
