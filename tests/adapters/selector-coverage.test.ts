/**
 * RGH-style meta-test: every selector alternative matches in at least one saved fixture, unless it is listed
 * below as having no fixture yet (a UI generation we have no capture of). Keeps dead or mistyped selectors out.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as jiraSelectors from '../../lib/adapters/jira/selectors';
import * as zendeskSelectors from '../../lib/adapters/zendesk/selectors';
import { loadPage } from './load-fixture';

const noFixtureYet: Record<string, string[]> = {
  zendesk: [],
  jira: [
    '[data-testid^="issue-field-summary-inline-edit.ui.read"]',
    '[data-testid="jira.issue-view.issue-details.modal-dialog-container"]',
    '[data-test-id="jira.issue-view.issue-details.modal-dialog-container"]',
    '[data-test-id="issue.views.issue-details.issue-layout.compact-layout"]',
    'tr[data-test-id="native-issue-table.ui.issue-row"]',
    'a[data-test-id="native-issue-table.common.ui.issue-cells.issue-key.issue-key-cell"]',
    '[data-test-id="native-issue-table.ui.scroll-container.scroll-container"]',
    '[data-test-id="native-issue-table.ui.issue-table"]',
    '[data-test-id="servicedesk-queues-agent-view.layout.queues-details"]',
    '[data-testid="servicedesk-queues-agent-view.layout.table.container"]',
    '[data-test-id="servicedesk-queues-agent-view.layout.table.container"]',
    '[data-test-id="platform-board-kit.ui.card.card"]',
    '[data-test-id="platform-card.common.ui.key.key"]',
    '[data-testid="software-board.board"]',
    '[data-test-id="platform-board-kit.ui.column.draggable-column"]',
  ],
};

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/');

function selectorLists(module: Record<string, unknown>): [string, string[]][] {
  return Object.entries(module).filter((entry): entry is [string, string[]] =>
    Array.isArray(entry[1]) && entry[1].every((s) => typeof s === 'string'),
  );
}

describe.each([
  ['zendesk', zendeskSelectors as Record<string, unknown>, 'https://acme.zendesk.com/agent/filters/1'],
  ['jira', jiraSelectors as Record<string, unknown>, 'https://acme.atlassian.net/browse/SUP-12'],
])('%s selectors', (helpdesk, module, url) => {
  const pages = readdirSync(join(fixturesDir, helpdesk))
    .filter((f) => f.endsWith('.html'))
    .map((f) => loadPage(`${helpdesk}/${f}`, url));
  const unmatched = selectorLists(module)
    .flatMap(([, list]) => list)
    .filter((selector) => !pages.some(({ doc }) => doc.querySelector(selector) !== null));

  it('every alternative matches a fixture, or is listed as having none yet', () => {
    expect(unmatched.sort()).toEqual([...(noFixtureYet[helpdesk] ?? [])].sort());
  });
});
