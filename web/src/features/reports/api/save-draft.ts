import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Report, ReportDraft } from '@server/reports/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { reportKeys, type ReportId } from './get-report.ts';

export function saveDraft({ id, draft }: { id: ReportId; draft: ReportDraft }): Promise<Report> {
  return data(client.PUT('/api/rounds/{roundId}/reports/{organizationId}', { params: { path: id }, body: draft }));
}

/** The autosave: a 409 answers when someone else saved since `draft.revision`. */
export function useSaveDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveDraft,
    onSuccess: (report, { id }) => {
      queryClient.setQueryData(reportKeys.detail(id), report);
      return queryClient.invalidateQueries({ queryKey: reportKeys.mine() });
    },
  });
}
