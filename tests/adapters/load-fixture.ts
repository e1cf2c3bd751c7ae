/**
 * Loads a saved page fixture into its own happy-dom window at the page's URL, so relative hrefs resolve the way
 * they do in the helpdesk (`anchor.href` of `tickets/4821` under `/agent/filters/360001`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/');

export function readFixture(path: string): string {
  return readFileSync(fixturesDir + path, 'utf8');
}

export function readJsonFixture<T = unknown>(path: string): T {
  return JSON.parse(readFixture(path)) as T;
}

export function loadPage(path: string, url: string): { doc: Document; url: URL; close: () => void } {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  const doc = window.document as unknown as Document;
  doc.write(readFixture(path));
  return { doc, url: new URL(url), close: () => void window.happyDOM.close() };
}
