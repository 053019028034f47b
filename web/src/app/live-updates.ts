import { useQueryClient, type Query, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import { liveEvents } from '@server/live/events.ts';
import type { LiveChange } from '@server/live/schema.ts';
import { actionKeys } from '../features/actions/api/get-actions.ts';
import { meetingKeys } from '../features/meetings/api/get-meetings.ts';
import { reportKeys } from '../features/reports/api/get-report.ts';
import { roundKeys } from '../features/rounds/api/get-rounds.ts';
import { dueQueryKey } from '../lib/query-client.ts';

/** After a stream closed for good (signed out, too many tabs), how long before trying again. */
const REOPEN_AFTER_MS = 30_000;

const trendsOf = (forumId: string) => ['trends', forumId];

/** The views each kind of change shows in: the lägesbild, the start page, the meeting and its registers. */
function keysOf(change: LiveChange): QueryKey[] {
  switch (change.kind) {
    case 'report':
      return [roundKeys.all, dueQueryKey, reportKeys.mine(), trendsOf(change.forumId)];
    case 'round':
      // A meeting shows its round's lägesbild.
      return [roundKeys.all, dueQueryKey, trendsOf(change.forumId), meetingKeys.all];
    case 'meeting':
      return [meetingKeys.all, dueQueryKey, actionKeys.all];
    case 'action':
      return [actionKeys.all, meetingKeys.all, dueQueryKey];
  }
}

// A report form keeps what is being typed and merges the server's copy itself; it is left alone.
const isReportForm = (query: Query) => query.queryKey[0] === reportKeys.all[0] && query.queryKey[1] === 'detail';

function refetchEverything(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ predicate: (query) => !isReportForm(query) });
}

/**
 * Keeps what the signed-in user sees current: the server's event stream names each change the user
 * may read, and the queries that show it refetch through the API. The browser reconnects a lost
 * stream by itself; what changed meanwhile is unknown, so everything refetches then. Another
 * user signing in opens a stream of their own.
 */
export function useLiveUpdates(userId: string | undefined) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!userId) return;
    let source: EventSource | undefined;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let hasOpened = false;
    const open = () => {
      source = new EventSource('/api/events');
      source.addEventListener('open', () => {
        if (hasOpened) void refetchEverything(queryClient);
        hasOpened = true;
      });
      source.addEventListener(liveEvents.change, (event) => {
        const change = JSON.parse((event as MessageEvent<string>).data) as LiveChange;
        for (const queryKey of keysOf(change)) void queryClient.invalidateQueries({ queryKey });
      });
      source.addEventListener(liveEvents.resync, () => void refetchEverything(queryClient));
      source.addEventListener('error', () => {
        // An answer other than a stream (401, 429) ends the browser's own retries.
        if (source?.readyState === EventSource.CLOSED) reopen = setTimeout(open, REOPEN_AFTER_MS);
      });
    };
    open();
    return () => {
      clearTimeout(reopen);
      source?.close();
    };
  }, [userId, queryClient]);
}
