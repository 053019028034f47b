import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { client, data, type QueryOf, type Schemas } from '../../../lib/api-client.ts';

/** The audit page's own filters; paging is added per request. */
export type AuditFilters = Pick<QueryOf<'/api/audit'>, 'entityType' | 'action' | 'q' | 'from' | 'to'>;

export type AuditPage = Schemas['AuditPage'];

export const AUDIT_PAGE_SIZE = 50;

export function getAuditEntries(filters: AuditFilters, offset: number): Promise<AuditPage> {
  return data(client.GET('/api/audit', { params: { query: { ...filters, limit: AUDIT_PAGE_SIZE, offset } } }));
}

export function auditEntriesQueryOptions(filters: AuditFilters, offset = 0) {
  return queryOptions({
    queryKey: ['audit', filters, offset],
    queryFn: () => getAuditEntries(filters, offset),
    // Keep the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}

export function useAuditEntries(filters: AuditFilters, offset: number) {
  return useQuery(auditEntriesQueryOptions(filters, offset));
}
