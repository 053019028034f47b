import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MyDue } from '@server/due/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { dueQueryKey } from '../../../lib/query-client.ts';

export function getMyDue(): Promise<MyDue> {
  return data(client.GET('/api/me/due'));
}

export const myDueQueryOptions = queryOptions({ queryKey: dueQueryKey, queryFn: getMyDue });

/** What is the user's to do now: the whole start page in one request. */
export function useMyDue() {
  return useQuery(myDueQueryOptions);
}
