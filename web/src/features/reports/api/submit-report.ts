import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Report } from '@server/reports/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { reportKeys, type ReportId } from './get-report.ts';

export function submitReport({ id, revision }: { id: ReportId; revision: number }): Promise<Report> {
  return data(
    client.POST('/api/rounds/{roundId}/reports/{organizationId}/submit', { params: { path: id }, body: { revision } }),
  );
}

/** Submits the saved working copy as a new version (an amendment after the first). */
export function useSubmitReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitReport,
    onSuccess: (report, { id }) => {
      queryClient.setQueryData(reportKeys.detail(id), report);
      return queryClient.invalidateQueries({ queryKey: reportKeys.mine() });
    },
  });
}
