import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Report } from '@server/reports/schema.ts';
import { client, data } from '../../../lib/api-client.ts';

export interface ReportId {
  roundId: string;
  organizationId: string;
}

export const reportKeys = {
  all: ['reports'] as const,
  detail: ({ roundId, organizationId }: ReportId) => [...reportKeys.all, 'detail', roundId, organizationId] as const,
  diff: (id: ReportId, from: number, to: number) => [...reportKeys.detail(id), 'diff', from, to] as const,
  mine: () => [...reportKeys.all, 'mine'] as const,
};

export function getReport(id: ReportId): Promise<Report> {
  return data(client.GET('/api/rounds/{roundId}/reports/{organizationId}', { params: { path: id } }));
}

export function reportQueryOptions(id: ReportId) {
  // The form keeps its own copy while it is open; a refetch must not overwrite what is being typed.
  return queryOptions({ queryKey: reportKeys.detail(id), queryFn: () => getReport(id), staleTime: Infinity });
}

export function useReport(id: ReportId) {
  return useQuery(reportQueryOptions(id));
}
