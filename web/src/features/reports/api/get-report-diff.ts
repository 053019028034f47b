import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { reportDiffSchema } from '@server/reports/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { reportKeys, type ReportId } from './get-report.ts';

export type ReportDiff = z.infer<typeof reportDiffSchema>;

export function getReportDiff(id: ReportId, from: number, to: number): Promise<ReportDiff> {
  return data(
    client.GET('/api/rounds/{roundId}/reports/{organizationId}/diff', { params: { path: id, query: { from, to } } }),
  );
}

export function reportDiffQueryOptions(id: ReportId, from: number, to: number) {
  // Submitted versions never change.
  return queryOptions({
    queryKey: reportKeys.diff(id, from, to),
    queryFn: () => getReportDiff(id, from, to),
    staleTime: Infinity,
  });
}

export function useReportDiff(id: ReportId, from: number, to: number) {
  return useQuery(reportDiffQueryOptions(id, from, to));
}
