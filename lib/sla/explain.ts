import { zoneOffsetAt } from './zone-offsets';
import type { MetricName } from './types';

/** The languages the engine explains itself in. */
export type ExplanationLanguage = 'en' | 'zh-CN';

/**
 * One reason the explanation gives, keyed by a stable code. The engine decides *which* reasons apply; the message
 * table below decides how each one reads, so a catalogue can be added or reviewed without touching the engine.
 */
export type ExplanationReason =
  | { code: 'priority.mapped'; priority: string; raw: string }
  | { code: 'priority.unmapped'; priority: string; raw: string }
  | { code: 'priority.default'; priority: string }
  | { code: 'priority.none' }
  | { code: 'customerTier.tag'; customerTier: string; tag: string }
  | { code: 'customerTier.organization'; customerTier: string; organization: string }
  | {
      code: 'tier.matched';
      tier: string;
      /** null when the tier covers any priority. */
      priority: string | null;
      /** null when the tier covers any customer. */
      customerTier: string | null;
    }
  | { code: 'tier.none'; priority: string | null; customerTier: string | null }
  | { code: 'tier.noneNative'; priority: string | null; customerTier: string | null }
  | { code: 'tier.noTargets'; tier: string }
  | { code: 'metrics.notStarted' }
  | { code: 'native' }
  | { code: 'metric.paused'; metric: MetricName; status: string }
  | { code: 'metric.pausedNative'; metric: MetricName }
  | { code: 'metric.stoppedDone'; metric: MetricName; status: string }
  | { code: 'metric.outsideHours'; metric: MetricName; resumesAt: number; now: number; timeZone: string }
  | { code: 'metric.noBusinessTime'; metric: MetricName; calendar: string };

type Code = ExplanationReason['code'];
type MessageTable = { [C in Code]: (reason: Extract<ExplanationReason, { code: C }>) => string };

interface LanguagePack {
  messages: MessageTable;
  metrics: Record<MetricName, string>;
  /** A resume time within the coming week, e.g. "Mon 09:00"; `weekday` is 0 for Sunday. */
  soon: (p: WallClock) => string;
  /** A resume time further away (a long holiday), where the weekday alone would be ambiguous. */
  later: (p: WallClock) => string;
}

/** An instant read on the wall clock of a zone. */
interface WallClock {
  weekday: number;
  /** 1–12 */
  month: number;
  day: number;
  hhmm: string;
}

// Past six days a bare weekday ("Mon") could mean two different Mondays.
const SOON_MS = 6 * 24 * 3_600_000;

// Formatting is memoised: the tickets of one calendar all resume at the same window opening, and reading a zone's
// offset through Intl costs microseconds, a large share of a ticket's evaluation budget.
const whenCache = new Map<string, string>();
const WHEN_CACHE_LIMIT = 256;

function when(language: ExplanationLanguage, r: { resumesAt: number; now: number; timeZone: string }): string {
  const soon = r.resumesAt - r.now < SOON_MS;
  const key = `${language}|${soon ? 's' : 'l'}|${r.timeZone}|${r.resumesAt}`;
  let text = whenCache.get(key);
  if (text === undefined) {
    // The zone's offset at that very instant, so DST and the machine's TZ don't leak in.
    const local = new Date(r.resumesAt + zoneOffsetAt(r.timeZone, r.resumesAt));
    const wall: WallClock = {
      weekday: local.getUTCDay(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
      hhmm: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
    };
    const pack = PACKS[language];
    text = soon ? pack.soon(wall) : pack.later(wall);
    if (whenCache.size >= WHEN_CACHE_LIMIT) whenCache.clear();
    whenCache.set(key, text);
  }
  return text;
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ZH_WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

const en: LanguagePack = {
  soon: (w) => `${EN_WEEKDAYS[w.weekday]} ${w.hhmm}`,
  later: (w) => `${EN_WEEKDAYS[w.weekday]} ${w.day} ${EN_MONTHS[w.month - 1]} ${w.hhmm}`,
  metrics: { firstResponse: 'First response', nextResponse: 'Next response', resolution: 'Resolution' },
  messages: {
    'priority.mapped': (r) => `Priority ${r.priority}, mapped from '${r.raw}'.`,
    'priority.unmapped': (r) => `Priority ${r.priority}: '${r.raw}' is not in the priority map, so it is used upper-cased.`,
    'priority.default': (r) => `The ticket has no priority, so the default priority ${r.priority} applies.`,
    'priority.none': () =>
      'The ticket has no priority and the policy has no default priority, so only tiers for any priority can match.',
    'customerTier.tag': (r) => `Customer tier ${r.customerTier} via tag '${r.tag}'.`,
    'customerTier.organization': (r) => `Customer tier ${r.customerTier} via organisation '${r.organization}'.`,
    'tier.matched': (r) =>
      `Tier '${r.tier}' applies: it covers ${r.priority === null ? 'any priority' : `priority ${r.priority}`} and ` +
      `${r.customerTier === null ? 'any customer' : `customer tier ${r.customerTier}`}.`,
    'tier.none': (r) =>
      `No tier matches priority ${r.priority ?? '(none)'} and customer tier ${r.customerTier ?? '(none)'}, ` +
      'so this ticket has no SLA.',
    'tier.noneNative': (r) =>
      `No tier matches priority ${r.priority ?? '(none)'} and customer tier ${r.customerTier ?? '(none)'}; ` +
      "the helpdesk's own SLA still applies.",
    'tier.noTargets': (r) => `Tier '${r.tier}' has no targets, so this ticket has no SLA.`,
    'metrics.notStarted': () =>
      'No SLA clock has started yet (next response starts with the first customer reply after an agent reply).',
    native: () => "Showing the helpdesk's own SLA deadlines (the policy prefers native SLAs).",
    'metric.paused': (r) =>
      `${en.metrics[r.metric]} is paused: status '${r.status}' maps to paused. It resumes when the status becomes active.`,
    'metric.pausedNative': (r) => `${en.metrics[r.metric]} is paused by the helpdesk.`,
    'metric.stoppedDone': (r) => `${en.metrics[r.metric]} has stopped: status '${r.status}' maps to done.`,
    'metric.outsideHours': (r) =>
      `${en.metrics[r.metric]} is outside business hours until ${when('en', r)} (${r.timeZone}).`,
    'metric.noBusinessTime': (r) =>
      `${en.metrics[r.metric]} has no due time: calendar '${r.calendar}' has no business time ahead.`,
  },
};

const zhCn: LanguagePack = {
  soon: (w) => `${ZH_WEEKDAYS[w.weekday]} ${w.hhmm}`,
  later: (w) => `${w.month}月${w.day}日 ${ZH_WEEKDAYS[w.weekday]} ${w.hhmm}`,
  metrics: { firstResponse: '首次响应', nextResponse: '后续响应', resolution: '解决时限' },
  messages: {
    'priority.mapped': (r) => `优先级 ${r.priority}，由“${r.raw}”映射而来。`,
    'priority.unmapped': (r) => `优先级 ${r.priority}：“${r.raw}”不在优先级映射中，按大写形式使用。`,
    'priority.default': (r) => `工单没有优先级，使用默认优先级 ${r.priority}。`,
    'priority.none': () => '工单没有优先级，策略也没有默认优先级，因此只有适用于任意优先级的等级可以匹配。',
    'customerTier.tag': (r) => `客户等级 ${r.customerTier}（标签“${r.tag}”）。`,
    'customerTier.organization': (r) => `客户等级 ${r.customerTier}（组织“${r.organization}”）。`,
    'tier.matched': (r) =>
      `适用等级“${r.tier}”：覆盖${r.priority === null ? '任意优先级' : `优先级 ${r.priority}`}、` +
      `${r.customerTier === null ? '任意客户' : `客户等级 ${r.customerTier}`}。`,
    'tier.none': (r) =>
      `没有等级匹配优先级 ${r.priority ?? '（无）'} 和客户等级 ${r.customerTier ?? '（无）'}，此工单没有 SLA。`,
    'tier.noneNative': (r) =>
      `没有等级匹配优先级 ${r.priority ?? '（无）'} 和客户等级 ${r.customerTier ?? '（无）'}，仍使用服务台自身的 SLA。`,
    'tier.noTargets': (r) => `等级“${r.tier}”没有任何目标，此工单没有 SLA。`,
    'metrics.notStarted': () => '尚无 SLA 计时开始（后续响应在客服回复之后的首条客户回复时开始计时）。',
    native: () => '显示服务台自身的 SLA 截止时间（策略优先使用原生 SLA）。',
    'metric.paused': (r) =>
      `${zhCn.metrics[r.metric]}已暂停：状态“${r.status}”映射为暂停。状态恢复为处理中后继续计时。`,
    'metric.pausedNative': (r) => `${zhCn.metrics[r.metric]}已被服务台暂停。`,
    'metric.stoppedDone': (r) => `${zhCn.metrics[r.metric]}已停止：状态“${r.status}”映射为完成。`,
    'metric.outsideHours': (r) =>
      `${zhCn.metrics[r.metric]}当前处于非工作时间，将于 ${when('zh-CN', r)}（${r.timeZone}）恢复计时。`,
    'metric.noBusinessTime': (r) => `${zhCn.metrics[r.metric]}没有截止时间：日历“${r.calendar}”之后没有工作时间。`,
  },
};

const PACKS: Record<ExplanationLanguage, LanguagePack> = { en, 'zh-CN': zhCn };

/**
 * Renders one explanation reason in the given language (English by default, and for any unknown language).
 *
 * @example
 * explain({ code: 'customerTier.tag', customerTier: 'VIP', tag: 'vip' }); // "Customer tier VIP via tag 'vip'."
 * explain({ code: 'customerTier.tag', customerTier: 'VIP', tag: 'vip' }, 'zh-CN'); // "客户等级 VIP（标签“vip”）。"
 */
export function explain(reason: ExplanationReason, language: ExplanationLanguage = 'en'): string {
  const pack = PACKS[language] ?? en;
  const message = pack.messages[reason.code] as (r: ExplanationReason) => string;
  return message(reason);
}
