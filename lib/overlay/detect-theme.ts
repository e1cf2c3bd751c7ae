/**
 * Light or dark, from what the page actually paints: Zendesk and Jira each have their own dark-mode switch
 * (`html[data-color-mode=dark]` in Atlassian's case), and the OS preference can disagree with both. The page's
 * background colour settles it; the OS preference only decides when the page paints no background at all.
 */
import type { BadgeTheme } from './sla-badge';

function parseRgb(value: string): [number, number, number, number] | undefined {
  const m = value.match(/rgba?\(([^)]+)\)/);
  const parts = (m?.[1] ?? '').split(/[\s,/]+/).filter(Boolean).map(Number);
  const [r, g, b, a = 1] = parts;
  if (r === undefined || g === undefined || b === undefined) return undefined;
  return [r, g, b, a];
}

export function detectTheme(doc: Document): BadgeTheme {
  const view = doc.defaultView;
  const explicit = doc.documentElement.getAttribute('data-color-mode') ?? doc.documentElement.getAttribute('data-theme');
  if (explicit === 'dark' || explicit === 'light') return explicit;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el || !view) continue;
    const rgb = parseRgb(view.getComputedStyle(el).backgroundColor);
    if (!rgb || rgb[3] === 0) continue;
    const [r, g, b] = rgb;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
