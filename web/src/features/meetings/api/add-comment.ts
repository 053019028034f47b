import type { Meeting } from '@server/meetings/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
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
  return data(
    client.POST('/api/meetings/{meetingId}/comments', {
      params: { path: { meetingId } },
      body: { agendaItemId, text },
    }),
  );
}

/** An adjuster's comment on an item during justering. */
export function useAddComment() {
  return useMeetingMutation(addComment);
}
