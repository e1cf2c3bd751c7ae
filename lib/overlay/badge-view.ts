/**
 * What a badge shows, derived purely from its state. The mapping is the contract in OVERLAY.md ("data-level"), so
 * tests, users' CSS and automation can rely on the host attributes.
 */
import type { MetricName, SlaSource, TicketSla } from '../sla/types';
import { formatPillRemaining } from './format-remaining';
import type { OverlayMessages } from './messages';

export type BadgeLevel =
  | 'loading'
  | 'error'
  | 'none'
  | 'met'
  | 'missed'
  | 'paused'
  | 'ok'
  | 'warning'
  | 'critical'
  | 'breached';

export type BadgeState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  /** `remainingMs`: `sla.next.remainingMs` as of now (ticks shift it without re-evaluating). */
  | { status: 'ready'; sla: TicketSla; remainingMs: number };

/** Everything written to the host and its pill; compared field by field before any DOM write. */
export interface BadgeView {
  level: BadgeLevel;
  text: string;
  /** Accessible name: the full sentence behind the short text. */
  label: string;
  title: string | null;
  metric: MetricName | null;
  due: string | null;
  remainingMs: string | null;
  source: SlaSource | null;
}

export function levelOf(sla: TicketSla): BadgeLevel {
  if (sla.source === 'none') return 'none';
  const next = sla.next;
  if (!next) return sla.metrics.some((m) => m.breached) ? 'missed' : 'met';
  if (next.state === 'paused' && !next.breached) return 'paused';
  return next.level;
}

export function badgeView(state: BadgeState, t: OverlayMessages): BadgeView {
  const empty = { title: null, metric: null, due: null, remainingMs: null, source: null };
  if (state.status === 'loading') return { ...empty, level: 'loading', text: '…', label: `${t.label}: ${t.loading}` };
  if (state.status === 'error') {
    return { ...empty, level: 'error', text: '!', title: state.message, label: `${t.label}: ${t.error}. ${state.message}` };
  }
  const { sla } = state;
  const level = levelOf(sla);
  const next = sla.next;
  const remaining = next && Number.isFinite(state.remainingMs) ? Math.round(state.remainingMs) : null;
  const view: BadgeView = {
    level,
    text: '',
    label: '',
    title: null,
    metric: next?.metric ?? null,
    due: next?.dueAt != null ? new Date(next.dueAt).toISOString() : null,
    remainingMs: remaining === null ? null : String(remaining),
    source: sla.source,
  };
  if (level === 'none') return { ...view, text: t.noSla, label: `${t.label}: ${t.noSla}` };
  if (level === 'met' || level === 'missed') {
    const word = level === 'met' ? t.met : t.missed;
    return { ...view, text: word, label: `${t.label}: ${word}` };
  }
  const [text, label] = countdown(level, view.metric, remaining, t);
  return { ...view, text, label };
}

/**
 * The pill's text and its accessible sentence for a counting level (`ok` … `breached`, `paused`) of `metric` with
 * `remaining` ms left. On its own so a tick can redraw a countdown without rebuilding the whole view.
 */
export function countdown(
  level: BadgeLevel,
  metric: MetricName | null,
  remaining: number | null,
  t: OverlayMessages,
): [text: string, label: string] {
  const amount = remaining === null ? '' : formatPillRemaining(remaining);
  const when = !amount ? '' : remaining! < 0 ? t.over(amount.slice(1)) : t.left(amount);
  const word = t.level[level] ?? level;
  // Paused shows ⏸ as an icon (badge-icons), not the U+23F8 glyph, which many system fonts lack (tofu).
  const text = level === 'paused' ? amount.replace(/^-/, '') : amount || word;
  return [text, `${t.label} ${metric ? t.metric[metric] : ''}: ${when}, ${word}`.replace(': ,', ':')];
}
