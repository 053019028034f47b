import type { Meeting } from '@server/meetings/schema.ts';
import { client, data, formBody } from '../../../lib/api-client.ts';
import { useMeetingMutation } from './get-meeting.ts';

export function uploadAttachment({
  meetingId,
  agendaItemId,
  title,
  file,
}: {
  meetingId: string;
  agendaItemId: string | null;
  title: string;
  file: File;
}): Promise<Meeting> {
  const form = new FormData();
  // Fields before the file: the server reads them together with the file part.
  if (title) form.append('title', title);
  if (agendaItemId) form.append('agendaItemId', agendaItemId);
  form.append('file', file);
  return data(
    client.POST('/api/meetings/{meetingId}/attachments', { params: { path: { meetingId } }, ...formBody(form) }),
  );
}

/** A bilaga, numbered across the meeting. */
export function useUploadAttachment() {
  return useMeetingMutation(uploadAttachment);
}

export const attachmentHref = (attachmentId: string) => `/api/attachments/${attachmentId}`;
export const minutesHref = (meetingId: string, format: 'docx' | 'pdf' | 'archive') =>
  `/api/meetings/${meetingId}/${format === 'archive' ? 'archive.pdf' : `minutes.${format}`}`;
