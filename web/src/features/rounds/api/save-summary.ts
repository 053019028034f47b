import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Round } from '@server/rounds/schema.ts';
import { client, data, type Schemas } from '../../../lib/api-client.ts';
import { roundKeys } from './get-rounds.ts';

/** expectedUpdatedAt is round.summaryUpdatedAt as last read; the server answers 409 if someone saved since. */
export type SummaryInput = Schemas['SummaryUpdateInput'] & { roundId: string };

export function saveSummary({ roundId, ...body }: SummaryInput): Promise<Round> {
  return data(client.PUT('/api/rounds/{roundId}/summary', { params: { path: { roundId } }, body }));
}

export function useSaveSummary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSummary,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roundKeys.all }),
  });
}
