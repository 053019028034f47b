import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Action } from '@server/actions/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { actionKeys } from './get-actions.ts';

export function getMyActions(): Promise<Action[]> {
  return data(client.GET('/api/me/actions'));
}

export const myActionsQueryOptions = queryOptions({ queryKey: actionKeys.mine(), queryFn: getMyActions });

/** Open uppdrag of the user or their organisation (the start page's "Mina uppdrag"). */
export function useMyActions() {
  return useQuery(myActionsQueryOptions);
}
