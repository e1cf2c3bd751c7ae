/**
 * The badge's look, shared by every badge on the page through one constructable stylesheet (one parse, not 500).
 * Colours follow Atlassian's and Zendesk Garden's subtle status palettes so the pill sits quietly in a row until it
 * needs attention; each level also has its own icon and text, so colour is never the only signal.
 */
// [level(s), light fg bg border, dark fg bg border]: expanded into class rules below. Levels and the theme are
// classes on the pill, not `:host([data-level])` rules: attribute selectors on a shadow host make every write to
// the host's attributes (data-remaining-ms, each tick, 500 badges) re-check the shadow styles, ~3x the cost.
const PALETTE: [string, string, string][] = [
  ['ok,met', '216e4e dcfff1 baf3db', '7ee2b8 164b35 216e4e'],
  ['warning', '7f5f01 fff7d6 f8e6a0', 'f5cd47 533f04 7f5f01'],
  ['critical', 'a54800 fff3eb fec195', 'fec195 5f3811 a54800'],
  ['breached', 'fff c9372c c9372c', '1d2125 f87168 f87168'],
  ['missed,error', 'ae2e24 ffeceb ffd5d2', 'fd9891 5d1f1a ae2e24'],
];

const vars = (colours: string) => {
  const [fg, bg, bd] = colours.split(' ');
  return `{--fg:#${fg};--bg:#${bg};--bd:#${bd}}`;
};
const pills = (levels: string, dark: string) =>
  levels
    .split(',')
    .map((l) => `.pill${dark}.${l}`)
    .join();
const FONT = 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif';

const CSS =
  `:host{all:initial;display:inline-flex;vertical-align:middle;margin:0 6px;outline:none;cursor:default}` +
  `.pill${vars('44546f f1f2f4 dcdfe4')}.pill.dark${vars('9fadbc 2c333a 38414a')}` +
  PALETTE.map(([l, light, dark]) => `${pills(l, '')}${vars(light)}${pills(l, '.dark')}${vars(dark)}`).join('') +
  `.pill{box-sizing:border-box;display:inline-flex;align-items:center;gap:3px;height:18px;padding:0 6px 0 4px;` +
  `border:1px solid var(--bd);border-radius:9px;background:var(--bg);color:var(--fg);white-space:nowrap;` +
  `font:600 11px/16px ${FONT};font-variant-numeric:tabular-nums;letter-spacing:0}` +
  `.pill::after{content:attr(data-text)}.pill svg{width:12px;height:12px;flex:none;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}` +
  `:host(:focus-visible) .pill{box-shadow:0 0 0 2px #388bff}.pill.loading{opacity:.75}` +
  `.tip{position:fixed;inset:auto;margin:0;z-index:2147483647;box-sizing:border-box;max-width:320px;padding:8px 10px;` +
  `border:1px solid #dcdfe4;border-radius:6px;background:#fff;color:#172b4d;box-shadow:0 4px 12px #091e4233;` +
  `font:400 12px/16px ${FONT};white-space:normal;pointer-events:none}.tip[hidden]{display:none}` +
  `.tip.dark{background:#22272b;color:#b6c2cf;border-color:#38414a;box-shadow:0 4px 12px #00000080}` +
  `.tip b{display:block;font-weight:600;margin-bottom:2px}.tip ul{margin:4px 0 0;padding-left:16px}.tip .row{display:block}` +
  `.tip li.row{display:list-item}`;

let shared: CSSStyleSheet | null | undefined;

function sharedSheet(): CSSStyleSheet | null {
  if (shared !== undefined) return shared;
  try {
    // Firefox content scripts may refuse sheets built in the extension's compartment; fall back to <style>.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    shared = sheet;
  } catch {
    shared = null;
  }
  return shared;
}

/** Puts the badge styles into a shadow root: the shared sheet where supported, else a `<style>` element. */
export function applyBadgeStyles(root: ShadowRoot): void {
  const sheet = 'adoptedStyleSheets' in root ? sharedSheet() : null;
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // fall through to the <style> fallback
    }
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = CSS;
  root.append(style);
}
