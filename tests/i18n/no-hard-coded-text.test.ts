import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

function tsxFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? tsxFiles(join(dir, entry.name)) : entry.name.endsWith('.tsx') ? [join(dir, entry.name)] : [],
  );
}

/** JSX text between tags, and user-facing attributes written as string literals. */
const JSX_TEXT = />\s*([^<>{}\s][^<>{}]*?)\s*</g;
const ATTRIBUTE = /\b(?:aria-label|title|placeholder|alt|label)="([^"]*[A-Za-z\u4e00-\u9fff][^"]*)"/g;
// Example values in placeholders (tags, a company name, JSON) are data, not UI text.
const ALLOWED = [/^[-–+×✕↑↓⠿%·:,.()…\s\d]*$/, /^vip/, /^Acme/, /^\{ "version"/, /^\d{2}:\d{2}$/];

describe('components hard-code no UI text (everything goes through lib/i18n)', () => {
  const files = [...tsxFiles('components'), ...tsxFiles('entrypoints/options')];
  it.each(files)('%s', (file) => {
    const source = readFileSync(join(root, file), 'utf8')
      // Type parameters and comparisons look like tags to the regex; drop generics and comments first.
      .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
      .replace(/<[A-Z]\w*(?:\[\])?>/g, '');
    const found = [
      ...[...source.matchAll(JSX_TEXT)].map((m) => m[1]!.trim()),
      ...[...source.matchAll(ATTRIBUTE)].map((m) => m[1]!.trim()),
    ].filter((text) => /[A-Za-z\u4e00-\u9fff]/.test(text) && !ALLOWED.some((re) => re.test(text)));
    expect(found).toEqual([]);
  });
});
