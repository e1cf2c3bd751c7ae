/**
 * The overlay's few user-facing strings, in English and Simplified Chinese (PRODUCT.md: follow the browser's
 * language). Kept here rather than in `_locales` because content scripts format them per tick and
 * `browser.i18n` would pull the polyfill into every string call; the i18n issue may move them later.
 */
import type { MetricName } from '../sla/types';

export interface OverlayMessages {
  metric: Record<MetricName, string>;
  level: Record<string, string>;
  noSla: string;
  met: string;
  missed: string;
  loading: string;
  error: string;
  left: (text: string) => string;
  over: (text: string) => string;
  due: string;
  tier: string;
  customerTier: string;
  source: Record<'policy' | 'native' | 'none', string>;
  label: string;
}

const en: OverlayMessages = {
  metric: { firstResponse: 'First response', nextResponse: 'Next response', resolution: 'Resolution' },
  level: {
    ok: 'on track',
    warning: 'warning',
    critical: 'critical',
    breached: 'breached',
    paused: 'paused',
  },
  noSla: 'No SLA',
  met: 'Met',
  missed: 'Missed',
  loading: 'Loading SLA…',
  error: 'SLA unavailable',
  left: (t) => `${t} left`,
  over: (t) => `${t} overdue`,
  due: 'Due',
  tier: 'Tier',
  customerTier: 'Customer tier',
  source: { policy: 'From the team policy', native: "From the helpdesk's own SLA", none: 'No SLA tier matched' },
  label: 'SLA',
};

const zh: OverlayMessages = {
  metric: { firstResponse: '首次响应', nextResponse: '下次响应', resolution: '解决' },
  level: { ok: '正常', warning: '预警', critical: '紧急', breached: '已超时', paused: '已暂停' },
  noSla: '无 SLA',
  met: '达标',
  missed: '超时',
  loading: '正在加载 SLA…',
  error: 'SLA 不可用',
  left: (t) => `剩余 ${t}`,
  over: (t) => `超时 ${t}`,
  due: '截止',
  tier: '等级',
  customerTier: '客户等级',
  source: { policy: '来自团队策略', native: '来自服务台自带 SLA', none: '没有匹配的 SLA 等级' },
  label: 'SLA',
};

/** Picks the catalogue for a BCP 47 language tag (`navigator.language`). */
export function overlayMessages(language: string | undefined): OverlayMessages {
  return language?.toLowerCase().startsWith('zh') ? zh : en;
}
