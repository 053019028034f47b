import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MyMeetings } from '@server/meetings/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { meetingKeys } from './get-meetings.ts';

export function getMyMeetings(): Promise<MyMeetings> {
  return data(client.GET('/api/me/meetings'));
}

export const myMeetingsQueryOptions = queryOptions({ queryKey: meetingKeys.mine(), queryFn: getMyMeetings });

/** The start page's meetings: to justera, minutes in progress, the next meetings. */
export function useMyMeetings() {
  return useQuery(myMeetingsQueryOptions);
}
