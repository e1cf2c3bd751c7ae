/**
 * Selector arrays (newest UI first) resolved against a scope. Both helpdesks A/B-roll UI generations forward and
 * back (research §6), so every lookup tries each alternative and uses the first that matches anything.
 */
export type SelectorList = readonly string[];

/** The first element matched by the first alternative that matches. */
export function queryFirst(scope: ParentNode, selectors: SelectorList): Element | null {
  for (const selector of selectors) {
    const found = scope.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** All elements of the first alternative that matches anything (alternatives are never mixed). */
export function queryAllFirst(scope: ParentNode, selectors: SelectorList): Element[] {
  for (const selector of selectors) {
    const found = scope.querySelectorAll(selector);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/** `el.closest` over alternatives. */
export function closestOf(el: Element, selectors: SelectorList): Element | null {
  for (const selector of selectors) {
    const found = el.closest(selector);
    if (found) return found;
  }
  return null;
}

/**
 * The resolved pathname of a link (`anchor.pathname`, from the resolved `href`), not the attribute text: Zendesk
 * writes relative `tickets/4821` (OVERLAY.md "Identify tickets from URLs and links first").
 */
export function linkPathname(el: Element): string | undefined {
  const anchor = el as HTMLAnchorElement;
  // `pathname` of an <a> is read from the resolved URL: no second parse per row.
  if (typeof anchor.pathname === 'string' && anchor.getAttribute('href')) return anchor.pathname;
  return undefined;
}
