import '../components/dom-matchers';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportView } from '../../components/report/report-view';
import { App } from '../../entrypoints/report/App';
import { setLanguage } from '../../lib/i18n';
import { computeMetrics } from '../../lib/report/compute-metrics';
import { evaluateRecords } from '../../lib/report/evaluate-records';
import { buildTicket } from '../e2e/helpdesk/seed';
import { metricJson, ticketJson } from '../e2e/helpdesk/zendesk-api';
import type { SeedTicket } from '../e2e/helpdesk/model';
import { answered, NOW, policy, ticket } from './fixtures';

afterEach(() => {
  cleanup();
  setLanguage(undefined);
  vi.unstubAllGlobals();
});

function view(language: 'en' | 'zh-CN') {
  setLanguage(language);
  const tickets = [
    ...[5, 10, 12, 14, 20, 25, 8, 9, 11, 40].map((fr, i) => answered(String(100 + i), fr, 100 + i * 10)),
    ticket({ key: '200', priority: 'high', reply: 600, type: 'question', title: 'Slow answer' }),
  ];
  const records = evaluateRecords(policy, tickets, NOW);
  const metrics = computeMetrics(policy, records, { timeZone: 'UTC', noneLabel: 'None' });
  const onDownloadCsv = vi.fn();
  render(
    <ReportView
      metrics={metrics}
      from="2026-11-01"
      to="2026-11-30"
      evaluatedAt={NOW}
      policyName="Support SLA"
      requests={12}
      durationMs={3400}
      onDownloadCsv={onDownloadCsv}
    />,
  );
  return { metrics, onDownloadCsv };
}

describe('the report view', () => {
  it('shows the summary, the per-priority P90 and a link to each breached ticket', async () => {
    const { metrics, onDownloadCsv } = view('en');
    expect(screen.getByTestId('card-tickets')).toHaveTextContent('11');
    // P1: FR P90 = 25 min (nearest rank 9 of 10); overall compliance 7 of 11 (3 P1 FR breaches + the P2 ticket).
    const p1 = within(screen.getByTestId('by-priority')).getByText('P1').closest('tr')!;
    expect(within(p1).getAllByText('25 min')[0]).toBeInTheDocument();
    expect(p1.querySelector('[data-col="fr-p90"]')).toHaveAttribute('data-value', '25');
    expect(screen.getByTestId('card-compliance')).toHaveTextContent('63.6%');
    expect(metrics.overall.withinTarget).toBe(7);
    const breached = screen.getByTestId('breached');
    const link = within(breached).getByRole('link', { name: '200' });
    expect(link).toHaveAttribute('href', 'https://acme.zendesk.com/agent/tickets/200');
    expect(within(breached).getAllByRole('link')).toHaveLength(4);
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(onDownloadCsv).toHaveBeenCalledOnce();
  });

  it('labels the charts and lets the keyboard walk the heat map', async () => {
    view('en');
    const bars = within(screen.getByTestId('compliance-chart')).getAllByRole('img');
    expect(bars[0]).toHaveAttribute('aria-label', 'P1: 70.0% within target (7 of 10), 3 overdue');
    const heat = within(screen.getByTestId('heat-map')).getByRole('application', { name: 'Mean first response by hour created' });
    fireEvent.focus(heat);
    const readout = () => screen.getByTestId('heat-map').querySelector('.chart-readout')!;
    // Everything was created Monday 00:00–00:59 UTC: ten P1 tickets (154 min) and the P2 one (60 business min).
    expect(readout()).toHaveTextContent('Monday 00:00–00:59: 11 tickets, mean first response 19 min');
    fireEvent.keyDown(heat, { key: 'ArrowRight' });
    expect(readout()).toHaveTextContent('Monday 01:00–01:59: no answered tickets');
    fireEvent.keyDown(heat, { key: 'End' });
    fireEvent.keyDown(heat, { key: 'ArrowDown' });
    expect(readout()).toHaveTextContent('Tuesday 23:00–23:59');
  });

  it('speaks Chinese', () => {
    view('zh-CN');
    expect(screen.getByRole('heading', { name: '按优先级' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下载 CSV' })).toBeInTheDocument();
    expect(screen.getByTestId('card-compliance')).toHaveTextContent('达标率');
  });
});

// ------------------------------------------------------------------------------------------------ the page

const CREATED = Date.UTC(2026, 10, 4, 10, 0);
function seedTickets(): SeedTicket[] {
  const now = CREATED + 60 * 60_000;
  return [
    buildTicket({ site: 'zendesk', key: '501', scenario: 'x', subject: 'Fast, "good"', priority: 'urgent', createdMinutesAgo: 60, statuses: [[60, 'new'], [55, 'open'], [20, 'solved']], replies: [[55, 'agent']] }, now),
    buildTicket({ site: 'zendesk', key: '502', scenario: 'x', subject: 'Slow', priority: 'urgent', createdMinutesAgo: 59, statuses: [[59, 'new'], [10, 'open']], replies: [[10, 'agent']] }, now),
  ];
}

/** A Zendesk that answers the report's three calls; `gate` holds answers back (for Cancel). */
function fakeZendesk(options: { status?: number; gate?: Promise<void> } = {}) {
  const tickets = seedTickets();
  const calls: string[] = [];
  const fetchMock = vi.fn(async (input: string | URL | Request) => {
    const url = new URL(String(input));
    calls.push(url.pathname);
    await options.gate;
    const json = (body: unknown, status = 200) =>
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', 'X-Rate-Limit': '700', 'X-Rate-Limit-Remaining': '690' } });
    if (options.status) return json({ error: 'Couldn’t authenticate you' }, options.status);
    if (url.pathname === '/api/v2/custom_statuses.json') return json({ custom_statuses: [] });
    if (url.pathname === '/api/v2/search.json') return json({ results: tickets.map((t) => ({ ...ticketJson(t), result_type: 'ticket' })), count: tickets.length });
    if (url.pathname === '/api/v2/tickets/show_many.json') {
      return json({ tickets: tickets.map(ticketJson), metric_sets: tickets.map(metricJson), organizations: [], users: [{ id: 70002, name: 'Ana Agent' }] });
    }
    return json({ error: 'InvalidEndpoint' }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls };
}

const pageParams = () => new URLSearchParams('site=acme.zendesk.com&from=2026-11-02&to=2026-11-15');

describe('the report page', () => {
  beforeEach(() => setLanguage('en'));

  it('runs a report from the form and downloads the CSV with a BOM', async () => {
    fakeZendesk();
    const blobs: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:x'), revokeObjectURL: () => undefined }));
    render(<App params={pageParams()} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Run report' }));
    await screen.findByTestId('report-result');
    expect(screen.getByTestId('card-tickets')).toHaveTextContent('2');
    // 501 answered in 5 min; 502 answered after 49 min (P1 target 15 min): 1 of 2 within target.
    expect(screen.getByTestId('card-compliance')).toHaveTextContent('50.0%');
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('"501 Fast, ""good"""');
  });

  it('shows progress and cancels', async () => {
    let release!: () => void;
    fakeZendesk({ gate: new Promise<void>((r) => (release = r)) });
    render(<App params={pageParams()} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Run report' }));
    const progress = await screen.findByTestId('progress');
    expect(within(progress).getByRole('status')).toHaveTextContent('Counting the period’s tickets…');
    await userEvent.click(within(progress).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByTestId('cancelled')).toHaveTextContent('Report cancelled');
    release();
    await waitFor(() => expect(screen.queryByTestId('report-result')).toBeNull());
  });

  it('says to sign in again when the session expired', async () => {
    fakeZendesk({ status: 401 });
    render(<App params={pageParams()} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Run report' }));
    expect(await screen.findByTestId('report-error')).toHaveTextContent('Sign in to acme.zendesk.com in this browser');
  });

  it('refuses a site outside Zendesk and Jira Cloud', async () => {
    render(<App params={new URLSearchParams('site=example.com&from=2026-11-02&to=2026-11-15')} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter a Zendesk or Jira Cloud address');
    expect(screen.getByRole('button', { name: 'Run report' })).toBeDisabled();
  });
});
