import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { meetingSettingsSchema } from '@server/meetings/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { meetingKeys } from './get-meetings.ts';

export type MeetingSettings = z.infer<typeof meetingSettingsSchema>;

export function getMeetingSettings(forumId: string): Promise<MeetingSettings> {
  return data(client.GET('/api/forums/{forumId}/meeting-settings', { params: { path: { forumId } } }));
}

export function meetingSettingsQueryOptions(forumId: string) {
  return queryOptions({ queryKey: meetingKeys.settings(forumId), queryFn: () => getMeetingSettings(forumId) });
}

export function useMeetingSettings(forumId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...meetingSettingsQueryOptions(forumId), ...options });
}

export function saveMeetingSettings({
  forumId,
  settings,
}: {
  forumId: string;
  settings: MeetingSettings;
}): Promise<MeetingSettings> {
  return data(client.PUT('/api/forums/{forumId}/meeting-settings', { params: { path: { forumId } }, body: settings }));
}

/** The Dnr prefix and agenda template of a forum (coordinators). */
export function useSaveMeetingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMeetingSettings,
    onSuccess: (settings, { forumId }) => queryClient.setQueryData(meetingKeys.settings(forumId), settings),
  });
}
