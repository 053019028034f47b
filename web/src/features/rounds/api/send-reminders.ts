import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data, type ResponseOf } from '../../../lib/api-client.ts';
import { roundKeys } from './get-rounds.ts';

export type ReminderResult = ResponseOf<'/api/rounds/{roundId}/reminders', 'post'>;

export function sendReminders({
  roundId,
  organizationIds,
  message,
}: {
  roundId: string;
  organizationIds: string[];
  message?: string;
}): Promise<ReminderResult> {
  return data(
    client.POST('/api/rounds/{roundId}/reminders', {
      params: { path: { roundId } },
      body: {
        organizationIds,
        ...(message ? { message } : {}),
      },
    }),
  );
}

export function useSendReminders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendReminders,
    onSuccess: (_result, { roundId }) => queryClient.invalidateQueries({ queryKey: roundKeys.reminders(roundId) }),
  });
}
