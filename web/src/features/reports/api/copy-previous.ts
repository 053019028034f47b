import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Report } from '@server/reports/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { reportKeys, type ReportId } from './get-report.ts';

export function copyPrevious({ id, revision }: { id: ReportId; revision: number }): Promise<Report> {
  return data(
    client.POST('/api/rounds/{roundId}/reports/{organizationId}/copy-previous', {
      params: { path: id },
      body: { revision },
    }),
  );
}

/** "Inget nytt": the draft starts from the previous round's submitted report. */
export function useCopyPrevious() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: copyPrevious,
    onSuccess: (report, { id }) => queryClient.setQueryData(reportKeys.detail(id), report),
  });
}
