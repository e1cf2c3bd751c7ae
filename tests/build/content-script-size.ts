/** Gzipped sizes of the built content scripts (OVERLAY.md budget: ≤ 25 KB each). Shared by unit and e2e suites. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_SCRIPT_DIR = resolve('.output/chrome-mv3/content-scripts');
export const CONTENT_SCRIPT_BUDGET = 25 * 1024;

export interface ScriptSize {
  file: string;
  raw: number;
  gzip: number;
}

/** Sizes of every built content script, or undefined when there is no build. */
export function contentScriptSizes(dir = CONTENT_SCRIPT_DIR): ScriptSize[] | undefined {
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
}
