/**
 * Where Zendesk badges go: beside the subject of every ticket pane, and in each ticket-table row's subject cell.
 * Queries are scoped to panes, tables and rows so a 500-row view stays well under 10 ms.
 */
import type { BadgePlacement, PageInfo } from '../types';
import { logOnce } from '../log-once';
import { linkPathname, queryAllFirst, queryFirst } from '../query-alternatives';
import * as sel from './selectors';

export function findZendeskPlacements(doc: Document, page: PageInfo): BadgePlacement[] {
  const placements = page.kind === 'ticket' ? ticketPlacements(doc, page) : rowPlacements(doc);
  if (placements.length === 0) logOnce('zendesk', `no badge placement found on a ${page.kind} page`);
  return placements;
}

function ticketPlacements(doc: Document, page: PageInfo): BadgePlacement[] {
  const panes = queryAllFirst(doc, sel.ticketPane);
  // Older layouts without the grid wrapper: the id container is the pane.
  const hosts = panes.length > 0 ? panes : queryAllFirst(doc, sel.ticketIdContainer);
  const placements: BadgePlacement[] = [];
  for (const host of hosts) {
    const key = paneTicketId(host, page);
    const subject = queryFirst(host, sel.ticketSubject);
    if (!key || !subject) continue;
    // The input sits in a flex container; placing after the container keeps the input's width intact [E1].
    const isInput = subject.tagName === 'INPUT';
    const anchor = isInput ? (subject.parentElement ?? subject) : subject;
    placements.push({ key, kind: 'ticket', host, anchor, position: isInput ? 'after' : 'before' });
  }
  return placements;
}

function paneTicketId(pane: Element, page: PageInfo): string | undefined {
  const holder = pane.hasAttribute(sel.ticketIdAttribute) ? pane : queryFirst(pane, sel.ticketIdContainer);
  const id = holder?.getAttribute(sel.ticketIdAttribute);
  if (id && /^\d+$/.test(id)) return id;
  // No id attribute: only the active pane can borrow the URL's id.
  return pane.getAttribute('data-is-active') === 'true' ? page.key : undefined;
}

function rowPlacements(doc: Document): BadgePlacement[] {
  const placements: BadgePlacement[] = [];
  for (const table of ticketTables(doc)) {
    for (const row of queryAllFirst(table, sel.ticketRow)) {
      const placement = rowPlacement(row);
      if (placement) placements.push(placement);
    }
  }
  return placements;
}

/** Tables inside known containers; the generic table is specific enough to be found anywhere. */
export function ticketTables(doc: Document): Element[] {
  const containers = queryAllFirst(doc, sel.tableContainer);
  const scopes: ParentNode[] = containers.length > 0 ? containers : [doc];
  const tables = new Set<Element>();
  for (const scope of scopes) for (const table of queryAllFirst(scope, sel.ticketTable)) tables.add(table);
  return [...tables];
}

function rowPlacement(row: Element): BadgePlacement | undefined {
  const key = rowTicketId(row);
  if (!key) return undefined; // group-by rows and placeholders carry no ticket
  const cell = queryFirst(row, sel.rowSubjectCell) ?? queryFirst(row, sel.rowTicketLink)?.closest('td');
  if (!cell) {
    logOnce('zendesk', 'ticket row without a subject cell');
    return undefined;
  }
  // First in the cell, not after the subject: the cell cuts a long subject off with an ellipsis (nowrap, overflow
  // hidden), and a badge after it would be cut off with it.
  return { key, kind: 'row', host: row, anchor: cell, position: 'prepend' };
}

/** Research §3.2 row-id strategy: aria-describedby suffix → resolved link href → ID cell text. */
export function rowTicketId(row: Element): string | undefined {
  const described = sel.rowDescribedByPattern.exec(row.getAttribute('aria-describedby') ?? '');
  if (described) return described[1];
  // Only rows without the attribute pay for the link and cell lookups (500 rows must stay well under 10 ms).
  const link = queryFirst(row, sel.rowTicketLink);
  const path = link ? linkPathname(link) : undefined;
  const linked = path ? sel.ticketPathPattern.exec(path) : null;
  if (linked) return linked[1];
  const idCell = queryFirst(row, sel.rowIdCell);
  return sel.idCellPattern.exec(idCell?.textContent ?? '')?.[1];
}

/** Smallest stable containers: the pane area, or the table wrappers (Zendesk rebuilds `tbody` on sort, §7.1). */
export function zendeskObservedRoots(doc: Document, page: PageInfo): Element[] {
  if (page.kind === 'ticket') {
    const pane = queryFirst(doc, sel.ticketPane);
    const area = pane?.parentElement;
    return area ? [area] : [doc.body];
  }
  const containers = queryAllFirst(doc, sel.tableContainer);
  if (containers.length > 0) return outermostOnly(containers);
  const tables = ticketTables(doc);
  // Nothing rendered yet: the body is the only stable root until a container arrives.
  return tables.length > 0 ? tables : [doc.body];
}

function outermostOnly(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}
