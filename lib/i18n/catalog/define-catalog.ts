/** One surface's messages in both languages. The type makes a key missing in Chinese a compile error too. */
export interface Catalog<K extends string = string> {
  en: Record<K, string>;
  'zh-CN': Record<K, string>;
}

/**
 * Declares a surface's catalogue. Keys are namespaced by surface (`options.…`, `popup.…`) so files never collide.
 * Values may hold `{name}` placeholders; plural forms live under `.one` / `.other` sub-keys.
 */
export function defineCatalog<K extends string>(en: Record<K, string>, zh: Record<K, string>): Catalog<K> {
  return { en, 'zh-CN': zh };
}
