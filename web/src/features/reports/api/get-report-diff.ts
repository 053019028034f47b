import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { reportDiffSchema } from '@server/reports/schema.ts';
import { api } from '../../../lib/api-client.ts';
import { reportKeys, reportPath, type ReportId } from './get-report.ts';

export type ReportDiff = z.infer<typeof reportDiffSchema>;

export function getReportDiff(id: ReportId, from: number, to: number): Promise<ReportDiff> {
  return api.get<ReportDiff>(`${reportPath(id)}/diff`, { from, to });
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
