import { commonCatalog } from '../i18n/catalog/common';
import { popupCatalog } from '../i18n/catalog/popup';
import { formatRemaining } from '../i18n/format-duration';
import type { Language } from '../i18n/language';
import { createTranslator } from '../i18n/translate';
import type { DueAlert, TicketLink } from './types';

type Key = keyof (typeof commonCatalog)['en'] | keyof (typeof popupCatalog)['en'];
// Only the two catalogues the background needs, not every page's.
const t = createTranslator<Key>([commonCatalog, popupCatalog] as never);

export interface NotificationText {
  title: string;
  message: string;
  /** The tickets it names, most urgent first; a click opens the first. */
  tickets: TicketLink[];
}

/** How many tickets a grouped notification names; the rest are counted. */
const GROUP_LINES = 4;

/**
 * One notification per alarm run (PRODUCT.md: 30 tickets breaching together make one notification, not 30): a single
 * alert names its ticket, metric and countdown; several list the most urgent few and count the rest. `due` comes
 * from `findDueAlerts`, already most urgent first; a ticket with several metrics due is listed once.
 */
export function buildNotification(due: readonly DueAlert[], language: Language): NotificationText | null {
  const perTicket = new Map<string, DueAlert>();
  for (const alert of due) if (!perTicket.has(alert.ticketId)) perTicket.set(alert.ticketId, alert);
  const alerts = [...perTicket.values()];
  const first = alerts[0];
  if (!first) return null;
  const level = (alert: DueAlert) => t(`common.level.${alert.level}`, undefined, language);
  const metric = (alert: DueAlert) => t(`common.metric.${alert.metric}`, undefined, language);
  if (alerts.length === 1) {
    return {
      title: t('popup.notification.title', { level: level(first), key: first.key }, language),
      message: [
        first.title,
        t('popup.notification.message', { metric: metric(first), remaining: formatRemaining(first.remainingMs, language) }, language),
      ]
        .filter(Boolean)
        .join('\n'),
      tickets: [linkOf(first)],
    };
  }
  const lines = alerts
    .slice(0, GROUP_LINES)
    .map((alert) => t('popup.notification.groupLine', { key: alert.key, level: level(alert), metric: metric(alert) }, language));
  if (alerts.length > GROUP_LINES) lines.push(t('popup.notification.more', { count: alerts.length - GROUP_LINES }, language));
  return {
    title: t('popup.notification.groupTitle', { count: alerts.length }, language),
    message: lines.join('\n'),
    tickets: alerts.map(linkOf),
  };
}

export function badgeTooltip(count: number, language: Language): string {
  return count === 0 ? t('common.appName', undefined, language) : t('popup.badge.tooltip', { count }, language);
}

function linkOf(alert: DueAlert): TicketLink {
  return { id: alert.ticketId, helpdesk: alert.helpdesk, key: alert.key, url: alert.url };
}
