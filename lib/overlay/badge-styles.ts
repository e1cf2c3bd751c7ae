/**
 * The badge's look, shared by every badge on the page through one constructable stylesheet (one parse, not 500).
 * Colours follow Atlassian's and Zendesk Garden's subtle status palettes so the pill sits quietly in a row until it
 * needs attention; each level also has its own icon and text, so colour is never the only signal.
 */
const CSS = `
:host{all:initial;display:inline-flex;vertical-align:middle;margin:0 6px;outline:none;cursor:default;
  --fg:#44546f;--bg:#f1f2f4;--bd:#dcdfe4}
:host([data-level=ok]),:host([data-level=met]){--fg:#216e4e;--bg:#dcfff1;--bd:#baf3db}
:host([data-level=warning]){--fg:#7f5f01;--bg:#fff7d6;--bd:#f8e6a0}
:host([data-level=critical]){--fg:#a54800;--bg:#fff3eb;--bd:#fec195}
:host([data-level=breached]){--fg:#fff;--bg:#c9372c;--bd:#c9372c}
:host([data-level=missed]),:host([data-level=error]){--fg:#ae2e24;--bg:#ffeceb;--bd:#ffd5d2}
:host([data-theme=dark]){--fg:#9fadbc;--bg:#2c333a;--bd:#38414a}
:host([data-theme=dark][data-level=ok]),:host([data-theme=dark][data-level=met]){--fg:#7ee2b8;--bg:#164b35;--bd:#216e4e}
:host([data-theme=dark][data-level=warning]){--fg:#f5cd47;--bg:#533f04;--bd:#7f5f01}
:host([data-theme=dark][data-level=critical]){--fg:#fec195;--bg:#5f3811;--bd:#a54800}
:host([data-theme=dark][data-level=breached]){--fg:#1d2125;--bg:#f87168;--bd:#f87168}
:host([data-theme=dark][data-level=missed]),:host([data-theme=dark][data-level=error]){--fg:#fd9891;--bg:#5d1f1a;--bd:#ae2e24}
.pill{box-sizing:border-box;display:inline-flex;align-items:center;gap:3px;height:18px;padding:0 6px 0 4px;
  border:1px solid var(--bd);border-radius:9px;background:var(--bg);color:var(--fg);white-space:nowrap;
  font:600 11px/16px system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
  font-variant-numeric:tabular-nums;letter-spacing:0}
.pill svg{width:12px;height:12px;flex:none;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
:host(:focus-visible) .pill{box-shadow:0 0 0 2px #388bff}
:host([data-level=loading]) .pill{opacity:.75}
.tip{position:fixed;inset:auto;margin:0;z-index:2147483647;box-sizing:border-box;max-width:320px;padding:8px 10px;
  border:1px solid #dcdfe4;border-radius:6px;background:#fff;color:#172b4d;box-shadow:0 4px 12px rgba(9,30,66,.2);
  font:400 12px/16px system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;white-space:normal;
  pointer-events:none}
.tip[hidden]{display:none}
:host([data-theme=dark]) .tip{background:#22272b;color:#b6c2cf;border-color:#38414a;box-shadow:0 4px 12px rgba(0,0,0,.5)}
.tip b{display:block;font-weight:600;margin-bottom:2px}
.tip ul{margin:4px 0 0;padding-left:16px}
.tip .row{display:block}
`;

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
