/**
 * Every Zendesk selector, as arrays of alternatives, newest UI first. Sources and confidence (H/M/L) are from
 * `shared/research/helpdesk-integration.md` §3.1–§3.2. None was checked against a live tenant yet.
 * Test ids find anchors only; ticket ids come from the URL, `aria-describedby` and link hrefs.
 */
import type { SelectorList } from '../query-alternatives';

/** One pane per open ticket tab; only the active one is visible. Agent Workspace "Sep 2023" UI, M [E1]. */
export const ticketPane: SelectorList = ['.ticket-panes-grid-layout[data-is-active]'];

/** The per-ticket container carrying the ticket id. Agent Workspace 2021–2025, M-H [E1][E2]. */
export const ticketIdContainer: SelectorList = ['[data-side-conversations-anchor-id]'];
export const ticketIdAttribute = 'data-side-conversations-anchor-id';

/**
 * The subject input; the badge goes after its parent container. Agent Workspace 2023–2025, H [E1][E2].
 * Alternative: the "via" label in the same header row, M [E2] (Liferay anchors its marker there).
 */
export const ticketSubject: SelectorList = [
  'input[data-test-id="omni-header-subject"]',
  '[data-test-id="omni-header-via-label"]',
];

/**
 * Containers of ticket tables, used to scope row queries and as observed roots (Garden ids are shared by every
 * table, so never query rows document-wide). Views: M [E2]; split layout container: L-M [E2]; search: M [E2].
 */
export const tableContainer: SelectorList = [
  '#views_views-ticket-table',
  '[data-test-id="table_container"]',
  'div[id^="search-ticket-"]',
  'div[data-garden-id="pane"][role="tabpanel"]',
];

/**
 * Ticket tables. Single generic table, H [E2] (2025/26 fixture); split header/main layout, L-M [E2]
 * (both spellings of the main table's id seen). Header-only tables of the split layout hold no rows.
 */
export const ticketTable: SelectorList = [
  'table[data-test-id="generic-table"]',
  'table[data-test-id="table_main"], table[data-onboarding-id="table_main"]',
];

/** Rows. Garden `tables.row` + generic-table-row, H [E2][E3][E9]; plain body rows in the split layout, L. */
export const ticketRow: SelectorList = [
  'tr[data-test-id="generic-table-row"]',
  'tr[data-garden-id="tables.row"]',
  'tbody > tr',
];

/** Row id strategy 1: `aria-describedby="generic-table-row-4821"`, M (one 2025/26 userscript [E3]). */
export const rowDescribedByPattern = /(?:^|\s)generic-table-row-(\d+)(?:\s|$)/;

/** Row id strategy 2: the subject link (relative `tickets/4821`, read through `anchor.href`), M-H [E2]. */
export const rowTicketLink: SelectorList = ['a[href*="tickets/"]'];
/** Resolved pathname of a ticket link. Relative hrefs resolve under the current route, so match the tail. */
export const ticketPathPattern = /\/tickets\/(\d+)\/?$/;

/** Row id strategy 3: the ID cell text `#4821` (only when the view shows the ID column), M-H [E2]. */
export const rowIdCell: SelectorList = ['td[data-test-id="generic-table-cells-id"]'];
export const idCellPattern = /#(\d+)/;

/** Subject cell: the badge is appended inside it. M-H [E2]; fallback is the cell holding the ticket link. */
export const rowSubjectCell: SelectorList = ['td[data-test-id="ticket-table-cells-subject"]'];
