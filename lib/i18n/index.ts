/**
 * The extension's UI language layer: `t(key, params)`, the language in use, and locale-aware formatters.
 * Components call `t` and the formatters; they never hold UI text themselves.
 */
import { pageCatalogs, type MessageKey } from './catalog/index';
import { createTranslator } from './translate';

export { getLanguage, setLanguage, detectLanguage, normalizeLanguage, LANGUAGES, type Language } from './language';
export { createTranslator, type MessageParams } from './translate';
export { dateLocale, formatDateTime, formatTime, formatDayLabel } from './format-date';
export { formatMinutes, formatRemaining, formatDurationLong } from './format-duration';
export { parseDuration, type ParsedDuration } from './parse-duration';
export type { MessageKey };

/** Translates `key` into the current language, filling `{name}` placeholders from `params`. */
export const t = createTranslator<MessageKey>(pageCatalogs as never);
