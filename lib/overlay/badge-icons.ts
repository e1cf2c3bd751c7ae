/**
 * One small stroke icon per level, so a badge reads correctly without colour (PRODUCT.md: colour is never the only
 * signal). Static path data only; nothing here ever comes from a ticket.
 */
import type { BadgeLevel } from './badge-view';

const SVG_NS = 'http://www.w3.org/2000/svg';

const PATHS: Partial<Record<BadgeLevel, string>> = {
  ok: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7v5l3 2', // clock
  warning: 'M12 3 2 20h20zM12 10v4M12 17v.5', // triangle with bang
  critical: 'M8 3h8l5 5v8l-5 5H8l-5-5V8zM12 7v6M12 16.5v.5', // octagon with bang
  breached: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7v6M12 16.5v.5', // circle with bang
  met: 'M4 12l5 5L20 6', // tick
  missed: 'M6 6l12 12M18 6 6 18', // cross
  none: 'M6 12h12', // dash
  paused: 'M9 6v12M15 6v12', // ⏸
};

/** Returns an `<svg>` for the level, or null for levels whose text is already the symbol (…, !). */
export function levelIcon(doc: Document, level: BadgeLevel): SVGSVGElement | null {
  const d = PATHS[level];
  if (!d) return null;
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', d);
  svg.append(path);
  return svg;
}
