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
const JSX_TEXT = /(?<![=\-])>\s*([^<>{}\s][^<>{}]*?)\s*</g;
/** Code that the text pattern can catch between a `>` and a `<` (comparisons, statements), never JSX text. */
const CODE = /[;=&|?]|\)\s*$|^\(|\breturn\b/;
const ATTRIBUTE = /\b(?:aria-label|title|placeholder|alt|label)="([^"]*[A-Za-z\u4e00-\u9fff][^"]*)"/g;
// Example values in placeholders (tags, a company name, JSON) are data, not UI text.
const ALLOWED = [/^[-–+×✕↑↓⠿%·:,.()…\s\d]*$/, /^vip/, /^Acme/, /^\{ "version"/, /^\d{2}:\d{2}$/];

function hardCodedText(file: string): string[] {
  const source = file
    // Type parameters and comments look like tags or text to the patterns; drop them first.
    .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
    .replace(/<[A-Z]\w*(?:\[\])?>/g, '');
  return [
    ...[...source.matchAll(JSX_TEXT)].map((m) => m[1]!.trim()),
    ...[...source.matchAll(ATTRIBUTE)].map((m) => m[1]!.trim()),
  ].filter((text) => /[A-Za-z\u4e00-\u9fff]/.test(text) && !CODE.test(text) && !ALLOWED.some((re) => re.test(text)));
}

describe('components hard-code no UI text (everything goes through lib/i18n)', () => {
  it('catches text and labels written in place', () => {
    expect(hardCodedText('<p>Saved</p><button aria-label="Close">×</button><b>保存</b>')).toEqual(['Saved', '保存', 'Close']);
    expect(hardCodedText("<p>{t('x')}</p>; if (a > b && c < d) return (<span>–</span>);")).toEqual([]);
  });

  const files = [...tsxFiles('components'), ...tsxFiles('entrypoints/options')];
  it.each(files)('%s', (file) => {
    expect(hardCodedText(readFileSync(join(root, file), 'utf8'))).toEqual([]);
  });
});
