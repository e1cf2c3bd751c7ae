import { describe, expect, it } from 'vitest';
import { badgeView, type BadgeState } from '../../lib/overlay/badge-view';
import { formatPillRemaining, textUnit } from '../../lib/overlay/format-remaining';
import { overlayMessages } from '../../lib/overlay/messages';
import { metric, ready, sla } from './fixtures';

const t = overlayMessages('en-US');
const due = Date.UTC(2026, 0, 5, 10, 0);

describe('badge level mapping (OVERLAY.md data-level)', () => {
  const cases: [string, BadgeState, Record<string, string | null>][] = [
    ['loading before data', { status: 'loading' }, { level: 'loading', text: '…', source: null, metric: null }],
    [
      'error with its reason in the title',
      { status: 'error', message: 'Sign in to Zendesk again' },
      { level: 'error', text: '!', title: 'Sign in to Zendesk again', source: null },
    ],
    [
      'none when no tier matched',
      ready(sla({ source: 'none', tier: null, level: 'none' }, null)),
      { level: 'none', text: 'No SLA', source: 'none', metric: null, due: null, remainingMs: null },
    ],
    [
      'met when every clock stopped unbreached',
      ready(sla({ metrics: [metric({ state: 'stopped', dueAt: null })] }, null)),
      { level: 'met', text: 'Met', metric: null, due: null },
    ],
    [
      'missed when a stopped clock breached',
      ready(sla({ metrics: [metric({ state: 'stopped', breached: true, level: 'breached', dueAt: null })] }, null)),
      { level: 'missed', text: 'Missed' },
    ],
    [
      'paused when next is paused and not breached',
      ready(sla({}, metric({ state: 'paused', dueAt: null, remainingMs: 3 * 3_600_000, metric: 'resolution' }))),
      { level: 'paused', text: '3h', metric: 'resolution', due: null, remainingMs: '10800000' },
    ],
    [
      'paused but breached shows breached',
      ready(sla({}, metric({ state: 'paused', breached: true, level: 'breached', remainingMs: -300_000, dueAt: null }))),
      { level: 'breached', text: '-5m' },
    ],
    [
      'ok with hours and minutes',
      ready(sla({}, metric({ remainingMs: 72 * 60_000 + 5_000 }))),
      { level: 'ok', text: '1h 12m', metric: 'firstResponse', due: new Date(due).toISOString(), remainingMs: '4325000', source: 'policy' },
    ],
    ['warning', ready(sla({}, metric({ level: 'warning', remainingMs: 45_400 }))), { level: 'warning', text: '45s', remainingMs: '45400' }],
    ['critical', ready(sla({}, metric({ level: 'critical', remainingMs: 12 * 60_000 }))), { level: 'critical', text: '12m' }],
    [
      'breached counts below zero',
      ready(sla({}, metric({ level: 'breached', breached: true, remainingMs: -5 * 60_000 - 10 }))),
      { level: 'breached', text: '-5m', remainingMs: '-300010' },
    ],
    [
      'native source without a due time',
      ready(sla({ source: 'native' }, metric({ remainingMs: Number.NaN, dueAt: null }))),
      { level: 'ok', source: 'native', remainingMs: null, due: null },
    ],
  ];
  it.each(cases)('%s', (_name, state, expected) => {
    const view = badgeView(state, t) as unknown as Record<string, string | null>;
    for (const [field, value] of Object.entries(expected)) expect(view[field], field).toBe(value);
    expect(view.label).toMatch(/^SLA/);
  });

  it('in the first minute past a breach the pill says "breached", not seconds over', () => {
    const view = badgeView(ready(sla({}, metric({ level: 'breached', breached: true, remainingMs: -12_000 }))), t);
    expect(view.text).toBe(t.level.breached);
    expect(view.label).toBe(`SLA First response: ${t.level.breached}`);
    expect(view.remainingMs).toBe('-12000');
  });

  it('the accessible name says the whole sentence', () => {
    const view = badgeView(ready(sla({}, metric({ level: 'warning', remainingMs: 600_000 }))), t);
    expect(view.label).toBe('SLA First response: 10m left, warning');
  });
});

describe('formatPillRemaining', () => {
  it.each([
    [45_999, '45s'],
    [-45_000, ''], // the first minute past a breach shows the level word instead
    [60_000, '1m'],
    [3_600_000, '1h'],
    [4_320_000, '1h 12m'],
    [-300_000, '-5m'],
    [26 * 3_600_000, '1d 2h'],
    [48 * 3_600_000, '2d'],
  ])('%d ms → %s', (ms, text) => expect(formatPillRemaining(ms)).toBe(text));
});

describe('textUnit', () => {
  it('changes whenever the pill text may change, so a tick can skip building the text', () => {
    for (let ms = -7_300_000; ms < 7_300_000; ms += 250) {
      if (formatPillRemaining(ms) !== formatPillRemaining(ms + 250)) expect(textUnit(ms), `at ${ms} ms`).not.toBe(textUnit(ms + 250));
    }
  });
});
