import type { z } from 'zod';
import type { actionCreateSchema } from '@server/actions/schema.ts';
import type { Meeting } from '@server/meetings/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { useMeetingMutation } from './get-meeting.ts';

export type ActionCreate = z.input<typeof actionCreateSchema>;

export function addAction({ itemId, action }: { itemId: string; action: ActionCreate }): Promise<Meeting> {
  return data(client.POST('/api/agenda-items/{id}/actions', { params: { path: { id: itemId } }, body: action }));
}

/** Gives an uppdrag under an item. */
export function useAddAction() {
  return useMeetingMutation(addAction);
}
