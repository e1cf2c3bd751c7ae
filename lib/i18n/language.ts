import { browser } from 'wxt/browser';

/** The UI languages we ship. Every catalogue has exactly these two. */
export type Language = 'en' | 'zh-CN';
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];

/**
 * Maps a BCP 47 tag to one of our languages. Every Chinese tag maps to Simplified Chinese, because for a reader of
 * Traditional Chinese it is a far better fallback than English; everything else falls back to English.
 *
 * @example
 * normalizeLanguage('zh-Hans-CN'); //=> 'zh-CN'
 * normalizeLanguage('de-DE');      //=> 'en'
 */
export function normalizeLanguage(tag: string | undefined | null): Language {
  return tag && /^zh\b/i.test(tag.replace('_', '-')) ? 'zh-CN' : 'en';
}

/**
 * The browser's UI language: `browser.i18n.getUILanguage()` in extension contexts (what the manifest's `_locales`
 * also follow), else `navigator.language` (tests, plain pages).
 */
export function detectLanguage(): Language {
  try {
    const ui = browser.i18n?.getUILanguage?.();
    if (ui) return normalizeLanguage(ui);
  } catch {
    // Not an extension context (or fakeBrowser, which leaves i18n unmocked): fall through to navigator.
  }
  return normalizeLanguage(typeof navigator === 'undefined' ? undefined : navigator.language);
}

let current: Language | undefined;

/** The language in use; detected once per context, on first use. */
export function getLanguage(): Language {
  current ??= detectLanguage();
  return current;
}

/**
 * Overrides the detected language for this context: tests, and the pages' `?lang=` parameter used for screenshots.
 * Call it before the first render; components read the language while rendering.
 */
export function setLanguage(language: Language | undefined): void {
  current = language;
}
