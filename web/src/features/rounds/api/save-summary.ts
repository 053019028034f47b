import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Round } from '@server/rounds/schema.ts';
import { api } from '../../../lib/api-client.ts';
import { roundKeys } from './get-rounds.ts';

export interface SummaryInput {
  roundId: string;
  summary: string;
  /** round.summaryUpdatedAt as last read; the server answers 409 if someone saved since. */
  expectedUpdatedAt: string | null;
}

export function saveSummary({ roundId, ...body }: SummaryInput): Promise<Round> {
  return api.put<Round>(`/api/rounds/${roundId}/summary`, body);
}

export function useSaveSummary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSummary,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roundKeys.all }),
  });
}
