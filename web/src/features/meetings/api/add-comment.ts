import type { Meeting } from '@server/meetings/schema.ts';
import { api } from '../../../lib/api-client.ts';
import { useMeetingMutation } from './get-meeting.ts';

export function addComment({
  meetingId,
  agendaItemId,
  text,
}: {
  meetingId: string;
  agendaItemId: string | null;
  text: string;
}): Promise<Meeting> {
  return api.post<Meeting>(`/api/meetings/${meetingId}/comments`, { agendaItemId, text });
}

/** An adjuster's comment on an item during justering. */
export function useAddComment() {
  return useMeetingMutation(addComment);
}
