import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Round, RoundUpdate } from '@server/rounds/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { roundKeys } from './get-rounds.ts';

export function updateRound({ id, changes }: { id: string; changes: RoundUpdate }): Promise<Round> {
  return data(client.PATCH('/api/rounds/{roundId}', { params: { path: { roundId: id } }, body: changes }));
}

/** Changes, closes, reopens or publishes a round. */
export function useUpdateRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRound,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roundKeys.all }),
  });
}
