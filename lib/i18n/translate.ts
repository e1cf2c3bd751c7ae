import type { Catalog } from './catalog/define-catalog';
import { getLanguage, type Language } from './language';

export type MessageParams = Record<string, string | number>;

/**
 * Builds a `t` over the given catalogues. `lib/i18n/index.ts` binds it to every page catalogue; a content script can
 * bind it to its own small catalogue so it doesn't ship the options page's messages.
 */
export function createTranslator<K extends string>(catalogs: readonly Catalog<K>[]) {
  const tables: Record<Language, Map<string, string>> = { en: new Map(), 'zh-CN': new Map() };
  for (const catalog of catalogs) {
    for (const language of ['en', 'zh-CN'] as const) {
      for (const [key, value] of Object.entries(catalog[language])) tables[language].set(key, value as string);
    }
  }
  return function t(key: K | PluralBase<K>, params?: MessageParams, language: Language = getLanguage()): string {
    const table = tables[language];
    let message = table.get(key);
    if (message === undefined && params && typeof params.count === 'number') {
      // Plurals: `key.one` / `key.other`, chosen with the language's own rules.
      const category = new Intl.PluralRules(language).select(params.count);
      message = table.get(`${key}.${category}`) ?? table.get(`${key}.other`);
    }
    // A missing key is a bug the catalogue test catches; showing the key keeps the page usable meanwhile.
    if (message === undefined) return key;
    return params ? interpolate(message, params) : message;
  };
}

/** `duration.days` for catalogue keys `duration.days.one` + `duration.days.other`. */
export type PluralBase<K extends string> = K extends `${infer Base}.other` ? Base : never;

function interpolate(message: string, params: MessageParams): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
