/**
 * Where Jira badges go: after each issue summary heading (full page, side panels, queue split view, DC), after the
 * summary link of each list/queue row, and after the key of each board card. Queries are scoped to rows and cards.
 */
import type { BadgePlacement, PageInfo } from '../types';
import { logOnce } from '../log-once';
import { closestOf, linkPathname, queryAllFirst, queryFirst } from '../query-alternatives';
import { issueKeyPattern } from './page-detect';
import * as sel from './selectors';

export function findJiraPlacements(doc: Document, page: PageInfo): BadgePlacement[] {
  const placements = issueViewPlacements(doc, page);
  if (page.kind === 'list' || page.kind === 'queue') placements.push(...rowPlacements(doc));
  if (page.kind === 'board') placements.push(...cardPlacements(doc));
  if (placements.length === 0) logOnce('jira', `no badge placement found on a ${page.kind} page`);
  return placements;
}

export function keyFromLink(link: Element | null): string | undefined {
  const path = link ? linkPathname(link) : undefined;
  return path ? sel.issuePathPattern.exec(path)?.[1] : undefined;
}

function issueViewPlacements(doc: Document, page: PageInfo): BadgePlacement[] {
  const placements: BadgePlacement[] = [];
  const headings = queryAllFirst(doc, sel.summaryHeading);
  for (const heading of headings) {
    const found = headingIssue(heading);
    const key = found?.key ?? (headings.length === 1 ? page.key : undefined);
    if (!key) continue;
    const host = found?.host ?? heading.parentElement ?? heading;
    placements.push({ key, kind: 'ticket', host, anchor: heading, position: 'after' });
  }
  const dcKey = queryFirst(doc, sel.dcIssueKey);
  const dcSummary = queryFirst(doc, sel.dcIssueSummary);
  const dcKeyValue = keyFromLink(dcKey) ?? page.key;
  if (dcSummary && dcKeyValue) {
    const host = closestOf(dcSummary, sel.dcIssueHeader) ?? dcSummary.parentElement ?? dcSummary;
    placements.push({ key: dcKeyValue, kind: 'ticket', host, anchor: dcSummary, position: 'after' });
  }
  const classicKey = keyFromLink(queryFirst(doc, sel.classicDetailKey));
  const classicSummary = queryFirst(doc, sel.classicDetailSummary);
  if (classicKey && classicSummary) {
    const host = classicSummary.closest('#ghx-detail-view') ?? classicSummary;
    placements.push({ key: classicKey, kind: 'ticket', host, anchor: classicSummary, position: 'after' });
  }
  return placements;
}

/** The heading's own issue: the smallest ancestor that also holds a current-issue breadcrumb link. */
function headingIssue(heading: Element): { key: string; host: Element } | undefined {
  let el = heading.parentElement;
  for (let depth = 0; el && depth < sel.headingSearchDepth; depth++, el = el.parentElement) {
    const key = keyFromLink(queryFirst(el, sel.currentIssueLink));
    if (key) return { key, host: el };
  }
  return undefined;
}

function rowPlacements(doc: Document): BadgePlacement[] {
  const rows = queryAllFirst(doc, sel.issueRow);
  if (rows.length === 0) return queueHeuristicPlacements(doc);
  const placements: BadgePlacement[] = [];
  for (const row of rows) {
    const link = queryFirst(row, sel.rowKeyLink);
    const key = validKey(row.getAttribute(sel.dcRowKeyAttribute)) ?? keyFromLink(link);
    if (!key) continue;
    const anchor = link ? lastLinkLike(row, link) : row.querySelector('td');
    if (!anchor) continue;
    placements.push({ key, kind: 'row', host: row, anchor, position: link ? 'after' : 'append' });
  }
  return placements;
}

/**
 * The row's last link with the key link's href: the summary link, which follows the key cell. A badge after it sits
 * in the wide summary column; after the key link, the narrow key cell's ellipsis would clip it out of sight.
 */
function lastLinkLike(row: Element, keyLink: Element): Element {
  const href = keyLink.getAttribute('href');
  const links = row.getElementsByTagName('a');
  for (let i = links.length; i--; ) if (links[i]!.getAttribute('href') === href) return links[i]!;
  return keyLink;
}

/**
 * JSM queues have been rebuilt several times and no public extension pins their markup (research §3.4, §8.1):
 * inside the queue container, any issue link names a key and its `tr`/`[role=row]` ancestor is the row.
 */
function queueHeuristicPlacements(doc: Document): BadgePlacement[] {
  const scope = queryFirst(doc, sel.queueContainer) ?? queryFirst(doc, sel.issueTable);
  if (!scope) return [];
  const byRow = new Map<Element, BadgePlacement>();
  for (const link of queryAllFirst(scope, sel.queueIssueLink)) {
    const key = keyFromLink(link);
    const row = key ? closestOf(link, sel.queueRow) : null;
    if (!key || !row) continue;
    const placed = byRow.get(row);
    // Links come in document order: as in list rows, the row's last link to its issue (the summary) is the anchor.
    if (!placed) byRow.set(row, { key, kind: 'row', host: row, anchor: link, position: 'after' });
    else if (placed.key === key) placed.anchor = link;
  }
  return [...byRow.values()];
}

function cardPlacements(doc: Document): BadgePlacement[] {
  const placements: BadgePlacement[] = [];
  for (const card of queryAllFirst(doc, sel.boardCard)) {
    const key =
      sel.cardIdPattern.exec(card.id)?.[1] ??
      validKey(card.getAttribute(sel.classicCardKeyAttribute)) ??
      keyFromLink(card.querySelector('a[href*="/browse/"]'));
    if (!key) continue;
    const keyEl = queryFirst(card, sel.cardKey);
    placements.push({ key, kind: 'card', host: card, anchor: keyEl ?? card, position: keyEl ? 'after' : 'append' });
  }
  return placements;
}

function validKey(value: string | null): string | undefined {
  return value && issueKeyPattern.test(value) ? value : undefined;
}

/** Smallest stable containers per page kind, plus an open issue side panel; the body until anything renders. */
export function jiraObservedRoots(doc: Document, page: PageInfo): Element[] {
  const roots: Element[] = [];
  const add = (el: Element | null | undefined): void => {
    if (el && !roots.includes(el)) roots.push(el);
  };
  if (page.kind === 'list') add(queryFirst(doc, sel.issueTable));
  if (page.kind === 'queue') add(queryFirst(doc, sel.queueContainer) ?? queryFirst(doc, sel.issueTable));
  if (page.kind === 'board') add(queryFirst(doc, sel.boardRoot) ?? queryFirst(doc, sel.boardColumn)?.parentElement);
  if (page.kind === 'ticket') {
    const heading = queryFirst(doc, sel.summaryHeading);
    add(heading ? (headingIssue(heading)?.host ?? heading.parentElement) : queryFirst(doc, sel.dcIssueHeader));
  } else if (page.key) {
    // A side panel named by `?selectedIssue=` renders after the URL changes; until it does, only the body is stable.
    add(queryFirst(doc, sel.issueContainer) ?? queryFirst(doc, ['#ghx-detail-view']) ?? doc.body);
  }
  return roots.length > 0 ? roots : [doc.body];
}
