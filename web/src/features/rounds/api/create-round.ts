import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Round, RoundCreate } from '@server/rounds/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { roundKeys } from './get-rounds.ts';

export function createRound({ forumId, body }: { forumId: string; body: RoundCreate }): Promise<Round> {
  return data(client.POST('/api/forums/{forumId}/rounds', { params: { path: { forumId } }, body }));
}

export function useCreateRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRound,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roundKeys.all }),
  });
}
