import { defineCatalog } from './define-catalog';

/**
 * The report's messages. Registered in `./index.ts` already, so the report's author only fills these two objects.
 * Prefix every key with `report.`.
 */
export const reportCatalog = defineCatalog(
  {
    'report.title': 'Reports',
  },
  {
    'report.title': '报表',
  },
);
