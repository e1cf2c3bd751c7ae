import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateAlertState, readAlertState } from '../../lib/tracking/alert-state-store';
import { readVersioned } from '../../lib/tracking/read-versioned';
import { migrateNotificationSettings } from '../../lib/tracking/settings';
import { migrateTrackedTickets, readTrackedTickets } from '../../lib/tracking/tracked-tickets-store';
import { migrateStoredSites } from '../../lib/sites/sites-store';
import { migrateSummaries } from '../../lib/tracking/summaries-store';
import { T0, seenZendesk, zendeskId } from './fixtures';

const ticket = (key: string) => ({
  id: zendeskId(key),
  helpdesk: 'zendesk',
  key,
  url: seenZendesk(key, T0).url,
  facts: seenZendesk(key, T0).facts,
  firstSeenAt: T0,
  lastSeenAt: T0,
});

describe('stored shapes carry a version and migrate', () => {
  it('runs each migration from the stored version up to the current one, in order', () => {
    const seen: number[] = [];
    const result = readVersioned<{ version: 3; items: string[] }>(
      { version: 1, list: 'a,b' },
      {
        current: 3,
        migrations: {
          2: (v1) => (seen.push(2), { version: 2, items: String((v1 as { list: string }).list).split(',') }),
          3: (v2) => (seen.push(3), { ...(v2 as object), version: 3 }),
        },
        accept: (doc) => doc as { version: 3; items: string[] },
        empty: () => ({ version: 3, items: [] }),
      },
    );
    expect(seen).toEqual([2, 3]);
    expect(result).toEqual({ version: 3, items: ['a', 'b'] });
  });

  it('starts empty rather than crash on a missing migration, a newer version (downgrade) or garbage', () => {
    const spec = {
      current: 2 as const,
      migrations: {},
      accept: (doc: { version: number }) => doc as { version: 2 },
      empty: () => ({ version: 2 as const, empty: true }),
    };
    expect(readVersioned({ version: 1 }, spec)).toEqual({ version: 2, empty: true });
    expect(readVersioned({ version: 3 }, spec)).toEqual({ version: 2, empty: true });
    for (const garbage of [undefined, null, 42, 'x', [], { version: 'one' }]) {
      expect(readVersioned(garbage, spec)).toEqual({ version: 2, empty: true });
    }
  });

  it('tracked tickets: v1 reads as is; a malformed entry is dropped alone', () => {
    const good = ticket('1');
    const stored = { version: 1, tickets: { [good.id]: good, bad: { id: 'bad', facts: {} }, [zendeskId('2')]: { ...ticket('3') } } };
    expect(migrateTrackedTickets(stored)).toEqual({ version: 1, tickets: { [good.id]: good } });
    expect(migrateTrackedTickets({ version: 2, tickets: {} })).toEqual({ version: 1, tickets: {} });
  });

  it('alert state: v1 reads as is; non-numeric fired entries are dropped', () => {
    expect(migrateAlertState({ version: 1, fired: { a: 1, b: 'x' } })).toEqual({
      version: 1,
      fired: { a: 1 },
      acks: {},
      snoozes: {},
      notifications: {},
    });
    expect(migrateAlertState({ fired: {} }).fired).toEqual({});
  });

  it('notification settings: missing levels default to on', () => {
    expect(migrateNotificationSettings({ version: 1, levels: { warning: false } }).levels).toEqual({
      warning: false,
      critical: true,
      breached: true,
    });
    expect(migrateNotificationSettings(undefined).levels).toEqual({ warning: true, critical: true, breached: true });
  });

  it('summaries: v1 reads as is; entries without a level are dropped', () => {
    const summary = { level: 'ok', tier: null, next: null };
    expect(migrateSummaries({ version: 1, summaries: { a: summary, b: { tier: null } } })).toEqual({ version: 1, summaries: { a: summary } });
    expect(migrateSummaries({ version: 0, summaries: {} })).toEqual({ version: 1, summaries: {} });
  });

  it('sites: keeps well-formed entries', () => {
    expect(
      migrateStoredSites({ version: 1, sites: [{ origin: 'https://a.test', baseUrl: 'https://a.test/jira' }, { origin: 1 }] }),
    ).toEqual({ version: 1, sites: [{ origin: 'https://a.test', baseUrl: 'https://a.test/jira' }] });
  });

  it('reads through storage.local', async () => {
    const good = ticket('9');
    await fakeBrowser.storage.local.set({
      'tracking.tickets': { version: 1, tickets: { [good.id]: good } },
      'tracking.alerts': { version: 7, fired: { x: 1 } },
    });
    expect(Object.keys((await readTrackedTickets()).tickets)).toEqual([good.id]);
    expect((await readAlertState()).fired).toEqual({});
  });
});
