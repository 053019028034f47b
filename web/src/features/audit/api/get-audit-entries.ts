import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '@server/audit/schema.ts';
import { api } from '../../../lib/api-client.ts';

export interface AuditFilters {
  entityType?: string;
  action?: string;
  q?: string;
  /** YYYY-MM-DD, inclusive */
  from?: string;
  /** YYYY-MM-DD, inclusive */
  to?: string;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
}

export const AUDIT_PAGE_SIZE = 50;

export function getAuditEntries(filters: AuditFilters, offset: number): Promise<AuditPage> {
  return api.get<AuditPage>('/api/audit', { ...filters, limit: AUDIT_PAGE_SIZE, offset });
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
