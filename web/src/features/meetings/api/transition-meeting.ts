import type { Meeting } from '@server/meetings/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { useMeetingMutation } from './get-meeting.ts';

/** The steps of the minutes: held, sent for justering, justerad (per adjuster), published, corrected. */
export type MeetingTransition = 'hold' | 'send-for-review' | 'approve' | 'publish' | 'correct';

export function transitionMeeting({ id, transition }: { id: string; transition: MeetingTransition }): Promise<Meeting> {
  const path = `/api/meetings/{meetingId}/${transition}` as const;
  return data(client.POST(path, { params: { path: { meetingId: id } } }));
}

export function withdrawMeeting({ id, reason }: { id: string; reason: string }): Promise<Meeting> {
  return data(
    client.POST('/api/meetings/{meetingId}/withdraw', { params: { path: { meetingId: id } }, body: { reason } }),
  );
}

/** Pulls the minutes back from justering; the adjusters' approvals start over. */
export function useWithdrawMeeting() {
  return useMeetingMutation(withdrawMeeting);
}

export function useTransitionMeeting() {
  return useMeetingMutation(transitionMeeting);
}
