import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../lib/report/compute-metrics';
import { evaluateRecords } from '../../lib/report/evaluate-records';
import { evaluateTicket } from '../../lib/sla/evaluate-ticket';
import { answered, MIN, NOW, policy, T0, ticket } from './fixtures';

const report = (tickets: ReturnType<typeof ticket>[], timeZone = 'UTC') => {
  const records = evaluateRecords(policy, tickets, NOW);
  return { records, metrics: computeMetrics(policy, records, { timeZone, noneLabel: 'None' }) };
};

describe('report metrics', () => {
  it('gives P90, median and mean of first response and resolution, as computed by hand', () => {
    // P1 (24×7): first responses 5, 10, 12, 14, 20, 25, 8, 9, 11, 40 min; FR target 15 min → 3 breaches (20, 25, 40).
    const frs = [5, 10, 12, 14, 20, 25, 8, 9, 11, 40];
    const tickets = frs.map((fr, i) => answered(String(100 + i), fr, 100 + i * 10));
    const { metrics } = report(tickets);
    const p1 = metrics.byPriority.find((g) => g.key === 'P1')!;
    // Sorted: 5 8 9 10 11 12 14 20 25 40. Nearest rank: P50 → rank 5 = 11; P90 → rank 9 = 25. Mean 154 / 10.
    expect(p1.firstResponse).toEqual({ count: 10, mean: 15.4, median: 11, p90: 25 });
    // Resolution 100, 110, … 190 min (all within 240). Sorted as is: P50 rank 5 = 140, P90 rank 9 = 180.
    expect(p1.resolution).toEqual({ count: 10, mean: 145, median: 140, p90: 180 });
    expect(p1.breaches).toEqual({ firstResponse: 3, nextResponse: 0, resolution: 0 });
    expect(p1.withinTarget).toBe(7);
    expect(p1.complianceRate).toBeCloseTo(0.7, 10);
    expect(p1.overdueRate).toBeCloseTo(0.3, 10);
    expect(metrics.overall.count).toBe(10);
  });

  it('agrees with the engine ticket by ticket (no second implementation)', () => {
    const tickets = [answered('1', 7, 300), answered('2', 30), ticket({ key: '3', priority: 'high', reply: 45 })];
    const { records } = report(tickets);
    for (const record of records) {
      const sla = evaluateTicket(policy, record.ticket.facts, NOW);
      const fr = sla.metrics.find((m) => m.metric === 'firstResponse')!;
      expect(record.firstResponseMinutes).toBe(fr.elapsedMs / MIN);
      expect(record.withinTarget).toBe(!sla.metrics.some((m) => m.breached));
    }
    // Ticket 1: resolved after 300 min > 240 → resolution breached though answered in time.
    expect(records[0]!.breachedMetrics).toEqual(['resolution']);
    expect(records[0]!.resolvedAt).toBe(T0 + 300 * MIN);
    // Ticket 2 is still open two weeks later: no resolution minutes, and past its 4 h target.
    expect(records[1]!.resolutionMinutes).toBeNull();
    expect(records[1]!.withinTarget).toBe(false);
  });

  it('an empty period gives zero counts, no rates and an empty heat map', () => {
    const { metrics } = report([]);
    expect(metrics.overall).toMatchObject({ count: 0, withSla: 0, complianceRate: null, overdueRate: null });
    expect(metrics.overall.firstResponse).toEqual({ count: 0, mean: null, median: null, p90: null });
    expect(metrics.byPriority).toEqual([]);
    expect(metrics.byTier).toEqual([]);
    expect(metrics.distribution).toEqual({ types: [], priorities: [], counts: [] });
    expect(metrics.heatMap.max).toBe(0);
    expect(metrics.heatMap.cells.flat().every((c) => c.count === 0 && c.mean === null)).toBe(true);
    expect(metrics.breached).toEqual([]);
  });

  it('all-paused tickets: answered in time and paused since, they are within target with no resolution time', () => {
    const tickets = ['1', '2', '3'].map((key) =>
      ticket({ key, reply: 5, statuses: [[0, 'open'], [5, 'pending']] }),
    );
    const { records, metrics } = report(tickets);
    for (const r of records) expect(r.sla.metrics.find((m) => m.metric === 'resolution')!.state).toBe('paused');
    expect(metrics.overall.resolution.count).toBe(0);
    expect(metrics.overall.firstResponse).toEqual({ count: 3, mean: 5, median: 5, p90: 5 });
    expect(metrics.overall.complianceRate).toBe(1);
    expect(metrics.overall.overdueRate).toBe(0);
  });

  it('a ticket paused from creation has no running clock but its first response still counts', () => {
    const { records } = report([ticket({ key: '9', statuses: [[0, 'pending']], reply: 3 })]);
    expect(records[0]!.firstResponseMinutes).toBe(3);
    expect(records[0]!.withinTarget).toBe(true);
  });

  it('reopened tickets: resolution adds both active spells and the resolved time is the last solve', () => {
    // Solved at 60, reopened at 120, solved again at 200 → 60 + 80 = 140 business minutes (24×7).
    const reopened = ticket({ key: '7', reply: 10, statuses: [[0, 'open'], [60, 'solved'], [120, 'open'], [200, 'solved']] });
    // Solved at 60, reopened at 100 and still open: the clock runs on, past the 4 h target.
    const stillOpen = ticket({ key: '8', reply: 10, statuses: [[0, 'open'], [60, 'solved'], [100, 'open']] });
    const { records, metrics } = report([reopened, stillOpen]);
    expect(records[0]!.resolutionMinutes).toBe(140);
    expect(records[0]!.resolvedAt).toBe(T0 + 200 * MIN);
    expect(records[0]!.withinTarget).toBe(true);
    expect(records[1]!.resolutionMinutes).toBeNull();
    expect(records[1]!.resolvedAt).toBeNull();
    expect(records[1]!.breachedMetrics).toEqual(['resolution']);
    expect(metrics.overall.resolution).toEqual({ count: 1, mean: 140, median: 140, p90: 140 });
    expect(metrics.breached.map((r) => r.ticket.facts.key)).toEqual(['8']);
  });

  it('tickets without a tier count in the sample but not in the rates', () => {
    const noTier = { ...policy, defaultPriority: null, tiers: policy.tiers.filter((t) => t.id !== 'vip') };
    const tickets = [answered('1', 5, 30), ticket({ key: '2', priority: null, reply: 5 })];
    const records = evaluateRecords(noTier, tickets, NOW);
    const metrics = computeMetrics(noTier, records, { timeZone: 'UTC', noneLabel: 'None' });
    expect(records[1]!.withinTarget).toBeNull();
    expect(metrics.overall).toMatchObject({ count: 2, withSla: 1, withinTarget: 1, complianceRate: 1, overdueRate: 0 });
    expect(metrics.byPriority.map((g) => g.label)).toEqual(['P1', 'None']);
  });

  it('groups by tier and orders priorities as the policy does', () => {
    const tickets = [
      ticket({ key: '1', priority: 'low', reply: 5 }),
      ticket({ key: '2', priority: 'urgent', reply: 5 }),
      ticket({ key: '3', priority: 'high', reply: 5, type: 'question' }),
      ticket({ key: '4', priority: 'normal', reply: 5, tags: ['vip'], type: 'question' }),
    ];
    const { metrics } = report(tickets);
    expect(metrics.byPriority.map((g) => g.key)).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(metrics.byTier.map((g) => g.key)).toEqual(['p1', 'vip', 'p2', 'p4']);
    expect(metrics.byTier[1]!.label).toBe('VIP express');
    expect(metrics.distribution.types).toEqual(['incident', 'question']);
    expect(metrics.distribution.priorities).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(metrics.distribution.counts).toEqual([
      [1, 0, 0, 1],
      [0, 1, 1, 0],
    ]);
  });

  it('puts first-response minutes in the heat map by local weekday and hour of creation', () => {
    // T0 is Monday 00:00 UTC = Monday 08:00 in Shanghai. Two tickets at 08:10 and 08:50 local, one Tuesday 03:00 UTC.
    const tickets = [
      answered('1', 4, 60, { created: 10 }),
      answered('2', 10, 60, { created: 50 }),
      answered('3', 30, 60, { created: 24 * 60 + 3 * 60 }),
    ];
    const shanghai = report(tickets, 'Asia/Shanghai').metrics.heatMap;
    expect(shanghai.cells[0]![8]).toEqual({ count: 2, mean: 7 });
    expect(shanghai.cells[1]![11]).toEqual({ count: 1, mean: 30 });
    expect(shanghai.max).toBe(30);
    const utc = report(tickets, 'UTC').metrics.heatMap;
    expect(utc.cells[0]![0]).toEqual({ count: 2, mean: 7 });
    expect(utc.cells[1]![3]).toEqual({ count: 1, mean: 30 });
  });

  it('measures against the policy even when it prefers native SLAs', () => {
    const native = { ...policy, preferNativeSla: true };
    const t = answered('1', 20, 60);
    t.facts.native = [{ metric: 'firstResponse', dueAt: null, paused: false, breached: false, met: true }];
    const [record] = evaluateRecords(native, [t], NOW);
    expect(record!.sla.source).toBe('policy');
    expect(record!.firstResponseMinutes).toBe(20);
    expect(record!.breachedMetrics).toEqual(['firstResponse']);
  });
});
