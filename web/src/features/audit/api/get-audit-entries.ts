import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data, type QueryOf, type Schemas } from '../../../lib/api-client.ts';
import { currentLocale } from '../../../lib/i18n.ts';

/** The audit page's own filters; paging is added per request. */
export type AuditFilters = Pick<QueryOf<'/api/audit'>, 'entityType' | 'action' | 'q' | 'from' | 'to'>;

export type AuditPage = Schemas['AuditPage'];

export const AUDIT_PAGE_SIZE = 50;

export function getAuditEntries(filters: AuditFilters, offset: number): Promise<AuditPage> {
  return data(client.GET('/api/audit', { params: { query: { ...filters, limit: AUDIT_PAGE_SIZE, offset } } }));
}

/**
 * The filtered log as a CSV file, in the language of the page: a plain link, so the browser
 * downloads it with the session cookie and names it as the server says.
 */
export function auditCsvUrl(filters: AuditFilters): string {
  const query = new URLSearchParams({ lang: currentLocale() });
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  return `/api/audit.csv?${query.toString()}`;
}

export function auditEntriesQueryOptions(filters: AuditFilters, offset = 0) {
  return queryOptions({
    // The server writes the entries in words in the page's language, so a language switch refetches.
    queryKey: ['audit', currentLocale(), filters, offset],
    queryFn: () => getAuditEntries(filters, offset),
    // Keep the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}

export function useAuditEntries(filters: AuditFilters, offset: number) {
  return useQuery(auditEntriesQueryOptions(filters, offset));
}
