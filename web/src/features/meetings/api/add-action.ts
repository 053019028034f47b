import type { z } from 'zod';
import type { Meeting, actionCreateSchema } from '@server/meetings/schema.ts';
import { api } from '../../../lib/api-client.ts';
import { useMeetingMutation } from './get-meeting.ts';

export type ActionCreate = z.input<typeof actionCreateSchema>;

export function addAction({ itemId, action }: { itemId: string; action: ActionCreate }): Promise<Meeting> {
  return api.post<Meeting>(`/api/agenda-items/${itemId}/actions`, action);
}

/** Gives an uppdrag under an item. */
export function useAddAction() {
  return useMeetingMutation(addAction);
}
