import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { roundKeys } from './get-rounds.ts';

export interface ReminderResult {
  queued: number;
  organizationsWithoutReporter: string[];
}

export function sendReminders({
  roundId,
  organizationIds,
  message,
}: {
  roundId: string;
  organizationIds: string[];
  message?: string;
}): Promise<ReminderResult> {
  return api.post<ReminderResult>(`/api/rounds/${roundId}/reminders`, {
    organizationIds,
    ...(message ? { message } : {}),
  });
}

export function useSendReminders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendReminders,
    onSuccess: (_result, { roundId }) => queryClient.invalidateQueries({ queryKey: roundKeys.reminders(roundId) }),
  });
}
