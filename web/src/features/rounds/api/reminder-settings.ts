import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReminderSettings } from '@server/rounds/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { roundKeys } from './get-rounds.ts';

export function getReminderSettings(forumId: string): Promise<ReminderSettings> {
  return data(client.GET('/api/forums/{forumId}/reminder-settings', { params: { path: { forumId } } }));
}

export function reminderSettingsQueryOptions(forumId: string) {
  return queryOptions({
    queryKey: roundKeys.reminderSettings(forumId),
    queryFn: () => getReminderSettings(forumId),
  });
}

export function useReminderSettings(forumId: string) {
  return useQuery(reminderSettingsQueryOptions(forumId));
}

export function saveReminderSettings({
  forumId,
  settings,
}: {
  forumId: string;
  settings: ReminderSettings;
}): Promise<ReminderSettings> {
  return data(client.PUT('/api/forums/{forumId}/reminder-settings', { params: { path: { forumId } }, body: settings }));
}

export function useSaveReminderSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveReminderSettings,
    onSuccess: (_saved, { forumId }) =>
      queryClient.invalidateQueries({ queryKey: roundKeys.reminderSettings(forumId) }),
  });
}
