import { currentLocale } from '../../../lib/i18n.ts';

export type ExportDataset = 'values' | 'reporting';
export type ExportFormat = 'xlsx' | 'csv';

/**
 * A forum's export as a file in the language of the page: a plain link, so the browser downloads it
 * with the session cookie and names it as the server says.
 */
export function exportUrl(forumId: string, dataset: ExportDataset, format: ExportFormat): string {
  const query = new URLSearchParams({ lang: currentLocale() });
  return `/api/forums/${encodeURIComponent(forumId)}/exports/${dataset}.${format}?${query.toString()}`;
}
