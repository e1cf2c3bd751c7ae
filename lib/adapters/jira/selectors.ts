/**
 * Every Jira selector, as arrays of alternatives, newest UI first. Sources and confidence (H/M/L) are from
 * `shared/research/helpdesk-integration.md` §3.3–§3.5. None was checked against a live site yet.
 * Jira moved from `data-test-id` to `data-testid` around 2020–21 and some old ids persist, so both spellings
 * are listed. Keys come from hrefs, `data-issue-key`, `id="card-KEY"` and the URL, never from text.
 */
import type { SelectorList } from '../query-alternatives';

const both = (id: string, tag = ''): string[] => [`${tag}[data-testid="${id}"]`, `${tag}[data-test-id="${id}"]`];

/** Summary heading (badge after it). Cloud issue view 2021–2026, H [E1]; inline-edit successor, L (SSR analysis). */
export const summaryHeading: SelectorList = [
  ...both('issue.views.issue-base.foundation.summary.heading', 'h1'),
  '[data-testid^="issue-field-summary-inline-edit.ui.read"]',
];

/** Breadcrumb link to the current issue (`href="/browse/KEY"`), H [E1]; its container, H [E1]. */
export const currentIssueLink: SelectorList = [
  ...both('issue.views.issue-base.foundation.breadcrumbs.current-issue.item', 'a'),
  ...both('issue.views.issue-base.foundation.breadcrumbs.breadcrumb-current-issue-container').map(
    (container) => `${container} a[href]`,
  ),
];

/**
 * Issue view containers (observed roots of side panels): board side panel compact layout, M (Toggl fix Feb 2026
 * [E1]); modal, L (SSR analysis); full-page left column, L-M [E8].
 */
export const issueContainer: SelectorList = [
  ...both('issue.views.issue-details.issue-layout.compact-layout'),
  ...both('jira.issue-view.issue-details.modal-dialog-container'),
  ...both('issue.views.issue-details.issue-layout.container-left'),
];
/** How far up from a heading to look for the breadcrumb of its own issue view (the smallest common ancestor). */
export const headingSearchDepth = 8;

/** Classic (GreenHopper) board detail panel: key link, M [E1]; summary field, M [E1]. */
export const classicDetailKey: SelectorList = ['#ghx-detail-view .ghx-fieldname-issuekey a'];
export const classicDetailSummary: SelectorList = ['#ghx-detail-issue [data-field-id="summary"]'];

/** Data Center issue page: key `#key-val` (href + text), summary `#summary-val`, header, all H [E1]. */
export const dcIssueKey: SelectorList = ['#key-val'];
export const dcIssueSummary: SelectorList = ['#summary-val'];
export const dcIssueHeader: SelectorList = ['.issue-header-content', '#issue-content'];

/** List / navigator rows. Native issue table 2025–26, M-H [E8]; Data Center navigator, H (several snippets). */
export const issueRow: SelectorList = [...both('native-issue-table.ui.issue-row', 'tr'), 'tr.issuerow[data-issuekey]'];
/** Key link cell of a native-table row, M-H [E8]; DC key cell (my inference, L), then any issue link. */
export const rowKeyLink: SelectorList = [
  ...both('native-issue-table.common.ui.issue-cells.issue-key.issue-key-cell', 'a'),
  'td.issuekey a[href*="/browse/"]',
  'a[href*="/browse/"]',
];
export const dcRowKeyAttribute = 'data-issuekey';

/** Table containers (observed roots). Native scroll container, M; native table, M; DC `#issuetable`, H. */
export const issueTable: SelectorList = [
  ...both('native-issue-table.ui.scroll-container.scroll-container'),
  ...both('native-issue-table.ui.issue-table'),
  'table#issuetable',
];

/** JSM queue container, L (SSR analysis + one Selenium note). Rows there are found by the link heuristic below. */
export const queueContainer: SelectorList = [
  ...both('servicedesk-queues-agent-view.layout.queues-details'),
  ...both('servicedesk-queues-agent-view.layout.table.container'),
];
/** Queue link heuristic, M (method; my inference, research §3.4): any issue or queue-issue link, then its row. */
export const queueIssueLink: SelectorList = ['a[href*="/browse/"], a[href*="/queues/custom/"]'];
export const queueRow: SelectorList = ['tr', '[role="row"]'];

/** New board cards, H [E8]; `id="card-KEY"`, M. Classic ghx cards (company-managed Cloud, all DC), H (DC) / M. */
export const boardCard: SelectorList = [...both('platform-board-kit.ui.card.card'), '.ghx-issue[data-issue-key]'];
export const cardIdPattern = /^card-([A-Z][A-Z0-9_]*-\d+)$/;
export const classicCardKeyAttribute = 'data-issue-key';
/** Card key element (badge after it): new board, M [E8]; ghx, H. */
export const cardKey: SelectorList = [...both('platform-card.common.ui.key.key'), '.ghx-key'];
/** Board roots: ghx pool, H (DC); new board root, L-M (older id); the columns' parent is the fallback. */
export const boardRoot: SelectorList = ['#ghx-pool', ...both('software-board.board')];
export const boardColumn: SelectorList = [...both('platform-board-kit.ui.column.draggable-column')];

/** Resolved link pathname → key: `/browse/KEY` or the queue split view `/queues/custom/N/KEY`. */
export const issuePathPattern = /\/(?:browse|queues\/custom\/\d+)\/([A-Z][A-Z0-9_]*-\d+)\/?$/;
