import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Cockpit, type CockpitProps } from '../../components/popup/cockpit';
import { setLanguage } from '../../lib/i18n';
import { evaluateTicket } from '../../lib/sla/evaluate-ticket';
import { emptyAlertState } from '../../lib/tracking/alert-state-store';
import { evaluateTracked } from '../../lib/tracking/evaluate-tracked';
import { compareByTimeToBreach } from '../../lib/tracking/time-to-breach';
import { emptyTrackedTickets } from '../../lib/tracking/tracked-tickets-store';
import type { SeenTicket } from '../../lib/tracking/types';
import { upsertSeen } from '../../lib/tracking/upsert-seen';
import { MIN, T0, policy, seenJira, seenZendesk, zendeskId } from '../tracking/fixtures';

const NOW = T0 + 30 * MIN;

function viewsOf(items: SeenTicket[], now = NOW) {
  const tickets = Object.values(upsertSeen(emptyTrackedTickets(), items, now).tickets);
  return evaluateTracked(tickets, policy, now, evaluateTicket).sort(compareByTimeToBreach(now));
}

const sample = () =>
  viewsOf([
    seenZendesk('4821', NOW - 2 * MIN, { title: 'Printer on fire' }), // 13 min left, ok
    seenZendesk('4822', NOW - 20 * MIN, { title: 'Login broken' }), // 5 min overdue
    seenJira('SUP-12', NOW - 12 * MIN), // critical, 3 min left
    seenZendesk('4823', NOW - 5 * MIN, { priority: 'normal', title: 'Question about invoices' }), // P3, office hours
  ]);

function setup(overrides: Partial<CockpitProps> = {}) {
  const props: CockpitProps = {
    loaded: true,
    views: sample(),
    alerts: emptyAlertState(),
    now: NOW,
    onOpen: vi.fn(),
    onAcknowledge: vi.fn(),
    onSnooze: vi.fn(),
    onUnsnooze: vi.fn(),
    onOpenOptions: vi.fn(),
    onOpenReports: vi.fn(),
    ...overrides,
  };
  const result = render(<Cockpit {...props} />);
  return { props, ...result };
}

const rows = () => within(screen.getByRole('list', { name: 'Tracked tickets, most urgent first' })).getAllByRole('listitem');
const rowKeys = () => rows().map((li) => li.querySelector('.cockpit-key')!.textContent);

beforeEach(() => setLanguage('en'));
afterEach(() => {
  cleanup();
  setLanguage(undefined);
});

describe('the cockpit popup', () => {
  it('lists tickets by time to breach, with helpdesk, key, title, tier, level and countdown', () => {
    setup();
    expect(rowKeys()).toEqual(['4822', 'SUP-12', '4821', '4823']);
    const first = rows()[0]!;
    expect(first.dataset.ticketId).toBe(zendeskId('4822'));
    expect(within(first).getByRole('img', { name: 'Zendesk' })).toBeTruthy();
    expect(first.textContent).toContain('Login broken');
    expect(first.textContent).toContain('P1 · Critical');
    expect(first.textContent).toContain('Breached');
    expect(first.textContent).toContain('5 min overdue');
  });

  it('shows the counts per level', () => {
    setup();
    const counts = screen.getByRole('list', { name: 'Tickets per level' });
    const count = (level: string) => counts.querySelector(`[data-level="${level}"] .cockpit-count-number`)!.textContent;
    expect([count('breached'), count('critical'), count('warning'), count('ok')]).toEqual(['1', '1', '0', '2']);
  });

  it('counts down live from the one clock it is given', () => {
    const { rerender, props } = setup();
    const countdown = () => rows()[1]!.querySelector('.cockpit-countdown')!.textContent;
    expect(countdown()).toBe('Breaches in 3 min');
    rerender(<Cockpit {...props} now={NOW + 2 * MIN} />);
    expect(countdown()).toBe('Breaches in 1 min');
  });

  it('filters by helpdesk, level and tier, and searches keys and titles', async () => {
    const user = userEvent.setup();
    setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Helpdesk' }), 'jira');
    expect(rowKeys()).toEqual(['SUP-12']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Helpdesk' }), 'all');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'ok');
    expect(rowKeys()).toEqual(['4821', '4823']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tier' }), 'p3');
    expect(rowKeys()).toEqual(['4823']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tier' }), 'all');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'all');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'printer');
    expect(rowKeys()).toEqual(['4821']);
    expect(screen.getByText('1 of 4')).toBeTruthy();
  });

  it('a count is a shortcut to its level, and a filter that hides everything offers to clear it', async () => {
    const user = userEvent.setup();
    setup();
    await user.click(screen.getByRole('button', { name: /^0\s*Warning$/ }));
    expect(screen.getByText('No ticket matches these filters.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(rowKeys()).toHaveLength(4);
  });

  it('opens, acknowledges and snoozes a ticket', async () => {
    const user = userEvent.setup();
    const { props } = setup();
    await user.click(screen.getByText('Login broken'));
    expect(props.onOpen).toHaveBeenCalledWith(zendeskId('4822'));
    await user.click(screen.getByRole('button', { name: 'Acknowledge 4822: silence its alerts at this level' }));
    expect(props.onAcknowledge).toHaveBeenCalledWith(zendeskId('4822'));
    await user.click(screen.getByRole('button', { name: 'Snooze alerts for 4822' }));
    const choices = screen.getByRole('group', { name: 'Snooze alerts for 4822' });
    expect(within(choices).getAllByRole('button').map((b) => b.textContent)).toEqual(['15 min', '30 min', '60 min']);
    await user.click(within(choices).getByRole('button', { name: '30 min' }));
    expect(props.onSnooze).toHaveBeenCalledWith(zendeskId('4822'), 30);
    expect(screen.queryByRole('group', { name: 'Snooze alerts for 4822' })).toBeNull();
  });

  it('shows acknowledged and snoozed tickets as such; an on-track ticket has nothing to acknowledge', () => {
    const alerts = {
      ...emptyAlertState(),
      acks: { [zendeskId('4822')]: { level: 'breached' as const, at: NOW } },
      snoozes: { 'jira|https://acme.atlassian.net|SUP-12': NOW + 15 * MIN },
    };
    setup({ alerts });
    expect((screen.getByRole('button', { name: 'Acknowledged' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/^Snoozed until/)).toBeTruthy();
    expect((screen.getByRole('button', { name: /^Acknowledge 4821/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('a snoozed ticket offers Unsnooze in place of Snooze', async () => {
    const user = userEvent.setup();
    const jira = 'jira|https://acme.atlassian.net|SUP-12';
    const { props } = setup({ alerts: { ...emptyAlertState(), snoozes: { [jira]: NOW + 15 * MIN } } });
    expect(screen.queryByRole('button', { name: 'Snooze alerts for SUP-12' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Unsnooze SUP-12: its alerts are due again now' }));
    expect(props.onUnsnooze).toHaveBeenCalledWith(jira);
    // Other tickets keep their Snooze control, and an ended snooze counts as none.
    expect(screen.getByRole('button', { name: 'Snooze alerts for 4822' })).toBeTruthy();
    cleanup();
    setup({ alerts: { ...emptyAlertState(), snoozes: { [jira]: NOW - 1 } } });
    expect(screen.getByRole('button', { name: 'Snooze alerts for SUP-12' })).toBeTruthy();
    expect(screen.queryByText(/^Snoozed until/)).toBeNull();
  });

  it('snoozes from the keyboard, and Escape closes the choices', async () => {
    const user = userEvent.setup();
    const { props } = setup();
    screen.getByRole('button', { name: 'Snooze alerts for SUP-12' }).focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement!.textContent).toBe('15 min');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Snooze alerts for SUP-12' })).toBeNull();
    screen.getByRole('button', { name: 'Snooze alerts for SUP-12' }).focus();
    await user.keyboard('{Enter}{Tab}{Tab}{Enter}');
    expect(props.onSnooze).toHaveBeenCalledWith('jira|https://acme.atlassian.net|SUP-12', 60);
  });

  it('is keyboard operable: arrows move between tickets, Enter opens', async () => {
    const user = userEvent.setup();
    const { props } = setup();
    const openButtons = rows().map((li) => li.querySelector<HTMLButtonElement>('[data-row-open]')!);
    openButtons[0]!.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(openButtons[2]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(openButtons[3]);
    await user.keyboard('{Home}{Enter}');
    expect(props.onOpen).toHaveBeenCalledWith(zendeskId('4822'));
  });

  it('guides the agent when nothing is tracked', async () => {
    const { props } = setup({ views: [] });
    expect(screen.getByRole('heading', { name: 'No tickets tracked yet' })).toBeTruthy();
    expect(screen.getByText(/Open your Zendesk or Jira in a tab/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Set up the SLA policy and helpdesks' }));
    expect(props.onOpenOptions).toHaveBeenCalled();
  });

  it('says it is loading before the first read', () => {
    setup({ loaded: false, views: [] });
    expect(screen.getByText('Loading tickets…')).toBeTruthy();
  });

  it('speaks Chinese', () => {
    setLanguage('zh-CN');
    setup();
    expect(screen.getByRole('heading', { name: '工单' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: '搜索' })).toBeTruthy();
    expect(screen.getByRole('list', { name: '跟踪中的工单，最紧急的在前' }).textContent).toContain('已超时');
  });

  it('renders 500 tickets quickly: only the rows in view are in the DOM, and the keyboard reaches the last', async () => {
    const items = Array.from({ length: 500 }, (_, i) =>
      i % 2 ? seenJira(`SUP-${i}`, NOW - (i % 40) * MIN) : seenZendesk(String(10_000 + i), NOW - (i % 40) * MIN),
    );
    const views = viewsOf(items);
    const started = performance.now();
    const { rerender, props } = setup({ views });
    const renderMs = performance.now() - started;
    const tickStarted = performance.now();
    act(() => rerender(<Cockpit {...props} now={NOW + 1000} />));
    const tickMs = performance.now() - tickStarted;
    console.info(`[popup] 500 tickets: first render ${renderMs.toFixed(1)} ms, clock tick ${tickMs.toFixed(1)} ms (happy-dom)`);
    // The 100 ms budget is measured in real Chromium by the e2e suite (cockpit.e2e.test.ts). happy-dom is slower and
    // noisy, so this only guards against regressions of the windowing (rendering all 500 rows took ~7 s here).
    expect(renderMs).toBeLessThan(600);
    expect(rows().length).toBeLessThan(30);
    expect(rows()[0]!.getAttribute('aria-setsize')).toBe('500');
    expect(screen.getByText('500 of 500')).toBeTruthy();
    const user = userEvent.setup();
    rows()[0]!.querySelector<HTMLButtonElement>('[data-row-open]')!.focus();
    await user.keyboard('{End}');
    expect(document.activeElement!.closest('li')!.getAttribute('aria-posinset')).toBe('500');
    expect(document.activeElement!.closest('li')!.dataset.ticketId).toBe(views[499]!.ticket.id);
  });
});

describe('header links', () => {
  it('opens the reports page and the options page from the header', () => {
    const { props } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Reports' }));
    expect(props.onOpenReports).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Options' }));
    expect(props.onOpenOptions).toHaveBeenCalledTimes(1);
  });
});
