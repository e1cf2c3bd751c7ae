/**
 * Jira Data Center is recognised from the document, never from the host (it runs on any origin).
 * Markers [J8]: `meta[name=application-name][content=JIRA]`, `meta[name=ajs-context-path]`,
 * `meta[name=ajs-version-number]`, `body#jira`. Cloud also has `body#jira` but no `ajs-*` metas (research §7.5),
 * so an `ajs-*` meta is required.
 */

/** The context path (`''` or `'/jira'`) when the document is Jira Data Center, else undefined. */
export function detectDataCenter(doc: Document): string | undefined {
  const contextMeta = doc.querySelector('meta[name="ajs-context-path"]');
  const versionMeta = doc.querySelector('meta[name="ajs-version-number"]');
  if (!contextMeta && !versionMeta) return undefined;
  const isJira =
    doc.querySelector('meta[name="application-name"][content="JIRA" i]') !== null || doc.body?.id === 'jira';
  if (!isJira) return undefined;
  return normaliseContextPath(contextMeta?.getAttribute('content') ?? '');
}

function normaliseContextPath(raw: string): string {
  const trimmed = raw.trim().replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}
