import { commonCatalog } from './common';
import { optionsCatalog } from './options';
import { popupCatalog } from './popup';
import { reportCatalog } from './report';

/**
 * Every page catalogue. One file per surface, so authors of different pages never edit the same file; adding a
 * surface is one import and one entry here.
 */
export const pageCatalogs = [commonCatalog, optionsCatalog, popupCatalog, reportCatalog] as const;

type CatalogKeys<C> = C extends { en: Record<infer K, string> } ? K : never;
/** Every message key of the pages. */
export type MessageKey = CatalogKeys<(typeof pageCatalogs)[number]>;
