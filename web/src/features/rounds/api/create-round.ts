import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Round, RoundCreate } from '@server/rounds/schema.ts';
import { api } from '../../../lib/api-client.ts';
import { roundKeys } from './get-rounds.ts';

export function createRound({ forumId, body }: { forumId: string; body: RoundCreate }): Promise<Round> {
  return api.post<Round>(`/api/forums/${forumId}/rounds`, body);
}

export function useCreateRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRound,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roundKeys.all }),
  });
}
