import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Schedule } from '@server/rounds/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { roundKeys } from './get-rounds.ts';

export function saveSchedule({ forumId, schedule }: { forumId: string; schedule: Schedule }): Promise<Schedule> {
  return data(client.PUT('/api/forums/{forumId}/round-schedule', { params: { path: { forumId } }, body: schedule }));
}

/** Saving a schedule may open this week's round at once, so the round lists are refetched too. */
export function useSaveSchedule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSchedule,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roundKeys.all }),
  });
}
