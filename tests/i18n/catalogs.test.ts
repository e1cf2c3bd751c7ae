import { describe, expect, it } from 'vitest';
import { pageCatalogs } from '../../lib/i18n/catalog/index';
import { LANGUAGES } from '../../lib/i18n/language';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const catalogDir = join(__dirname, '../../lib/i18n/catalog');

describe('message catalogues', () => {
  it.each(pageCatalogs.map((c, i) => [Object.keys(c.en)[0]?.split('.')[0] ?? String(i), c] as const))(
    '%s has every key in both languages',
    (_name, catalog) => {
      const en = Object.keys(catalog.en).sort();
      for (const language of LANGUAGES) {
        const keys = Object.keys(catalog[language]).sort();
        expect(keys, `keys missing or extra in ${language}`).toEqual(en);
      }
    },
  );

  it('has no empty message in either language', () => {
    for (const catalog of pageCatalogs) {
      for (const language of LANGUAGES) {
        const empty = Object.entries(catalog[language]).filter(([, v]) => !String(v).trim()).map(([k]) => k);
        expect(empty, language).toEqual([]);
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const catalog of pageCatalogs) {
      for (const [key, en] of Object.entries(catalog.en)) {
        expect(names((catalog['zh-CN'] as Record<string, string>)[key] ?? ''), key).toEqual(names(en as string));
      }
    }
  });

  it('never defines one key in two surface files', () => {
    const seen = new Map<string, number>();
    pageCatalogs.forEach((c, i) => {
      for (const key of Object.keys(c.en)) {
        expect(seen.has(key), `${key} is defined twice`).toBe(false);
        seen.set(key, i);
      }
    });
  });

  it('registers every catalogue file', () => {
    const files = readdirSync(catalogDir).filter((f) => !['index.ts', 'define-catalog.ts'].includes(f));
    const index = readFileSync(join(catalogDir, 'index.ts'), 'utf8');
    for (const file of files) expect(index, file).toContain(`'./${file.replace(/\.ts$/, '')}'`);
  });

  it('has a key for every t() call in the UI source', () => {
    // Literal keys passed to t(...) anywhere in components/ and entrypoints/ must exist, in both languages.
    const all = new Set(pageCatalogs.flatMap((c) => Object.keys(c.en)));
    const root = join(__dirname, '../..');
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name)) {
          for (const m of readFileSync(path, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) used.add(m[1]!);
        }
      }
    };
    for (const dir of ['components', 'entrypoints', 'lib/store']) {
      try {
        walk(join(root, dir));
      } catch {
        // A folder that does not exist yet has no keys to check.
      }
    }
    const missing = [...used].filter((k) => !all.has(k) && !all.has(`${k}.other`));
    expect(missing).toEqual([]);
  });
});
