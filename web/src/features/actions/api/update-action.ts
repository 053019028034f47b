import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Action, actionUpdateSchema } from '@server/actions/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { actionKeys } from './get-actions.ts';

export type ActionUpdate = z.input<typeof actionUpdateSchema>;

export function updateAction({ id, changes }: { id: string; changes: ActionUpdate }): Promise<Action> {
  return data(client.PATCH('/api/actions/{id}', { params: { path: { id } }, body: changes }));
}

/**
 * Sets an uppdrag's status with a comment (directly, at a meeting with meetingId, or in a
 * lägesrapport with roundId). Meetings show uppdrag too, so they refetch as well.
 */
export function useUpdateAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAction,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: actionKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['meetings'] }),
      ]),
  });
}
