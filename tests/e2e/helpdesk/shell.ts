/** The HTML document every imitation page starts from; the client script renders the page model into it. */
import { esc, scriptJson } from './http-util';
import type { Site } from './model';

export interface ShellOptions {
  site: Site;
  model: Record<string, unknown>;
  /** Delay before rows / anchors appear (late rendering), ms. */
  renderDelayMs: number;
  theme: 'light' | 'dark';
  lang: string;
  /** Jira DC context path. */
  contextPath: string;
}

const DC_VERSION = '9.12.0';

export function renderShell(o: ShellOptions): string {
  const title = `${String(o.model.title ?? '')} - ${o.site === 'zendesk' ? 'Acme Support' : 'Jira'}`;
  const prefix = o.site === 'jira-dc' ? o.contextPath : '';
  const head =
    o.site === 'jira-dc'
      ? `<meta name="application-name" content="JIRA" data-name="jira" data-version="${DC_VERSION}">
<meta name="ajs-context-path" content="${esc(o.contextPath)}">
<meta name="ajs-version-number" content="${DC_VERSION}">
<meta name="ajs-build-number" content="912000">`
      : '';
  const body =
    o.site === 'zendesk'
      ? `<body class="fx-zendesk"><div id="fx-root"></div>`
      : o.site === 'jira'
        ? `<body id="jira" class="fx-jira"><div id="jira-frontend"><div id="fx-root"></div></div>`
        : `<body id="jira" class="fx-jira fx-dc aui-layout" data-version="${DC_VERSION}"><div id="page"><div id="fx-root"></div></div>`;
  const boot = { site: o.site, model: o.model, renderDelayMs: o.renderDelayMs, contextPath: prefix };
  return `<!doctype html>
<html lang="${esc(o.lang)}" data-theme="${o.theme}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
${head}
<link rel="icon" href="data:,">
${o.site === 'zendesk' ? '<base href="/agent/">' : ''}
<link rel="stylesheet" href="${prefix}/__fx/assets/fx.css">
</head>
${body}
<script id="fx-boot" type="application/json">${scriptJson(boot)}</script>
<script src="${prefix}/__fx/assets/fx-client.js"></script>
</body>
</html>`;
}
