/**
 * The two adapter objects, as the overlay uses them: detect the page from URL + document, find placements,
 * name observed roots, and create a client.
 */
import { describe, expect, it } from 'vitest';
import { adapters } from '../../lib/adapters/index';
import { jiraAdapter } from '../../lib/adapters/jira/index';
import { zendeskAdapter } from '../../lib/adapters/zendesk/index';
import type { HelpdeskAdapter } from '../../lib/adapters/types';
import { loadPage } from './load-fixture';

describe.each([
  [zendeskAdapter, 'zendesk/view-generic-table.html', 'https://acme.zendesk.com/agent/filters/360001', 4],
  [jiraAdapter, 'jira/board-side-panel.html', 'https://acme.atlassian.net/jira/software/projects/SUP/boards/1?selectedIssue=SUP-12', 5],
  [jiraAdapter, 'jira/dc-navigator.html', 'https://jira.corp.test/jira/issues/?jql=project%20%3D%20OPS', 3],
] as [HelpdeskAdapter, string, string, number][])('%s adapter on %s', (adapter, fixture, href, count) => {
  it('detects the page, finds placements and roots, and creates a client', () => {
    const { doc, url, close } = loadPage(fixture, href);
    const page = adapter.detectPage(url, doc);
    expect(page?.helpdesk).toBe(adapter.id);
    if (!page) return;
    expect(adapter.findPlacements(doc, page)).toHaveLength(count);
    expect(adapter.observedRoots(doc, page).length).toBeGreaterThan(0);
    const client = adapter.createClient({ page, fetch: async () => new Response('{}'), now: () => 0 });
    expect(typeof client.fetchBatch).toBe('function');
    expect(typeof client.fetchDetail).toBe('function');
    close();
  });
});

it('registers both adapters, ids equal to their folder names', () => {
  expect(adapters.map((a) => a.id)).toEqual(['zendesk', 'jira']);
});

it('the two adapters do not claim each other’s pages', () => {
  const zendeskUrl = new URL('https://acme.zendesk.com/agent/tickets/4821');
  const jiraUrl = new URL('https://acme.atlassian.net/browse/SUP-12');
  expect(jiraAdapter.detectPage(zendeskUrl, document)).toBeUndefined();
  expect(zendeskAdapter.detectPage(jiraUrl, document)).toBeUndefined();
});
