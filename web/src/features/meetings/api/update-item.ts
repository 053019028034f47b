import type { z } from 'zod';
import type { Meeting, itemUpdateSchema } from '@server/meetings/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { useMeetingMutation } from './get-meeting.ts';

export type ItemUpdate = z.input<typeof itemUpdateSchema>;

export function updateItem({ itemId, changes }: { itemId: string; changes: ItemUpdate }): Promise<Meeting> {
  return data(client.PATCH('/api/agenda-items/{id}', { params: { path: { id: itemId } }, body: changes }));
}

/** Notes and decisions of one item; a 409 'meetings.item_conflict' answers when someone saved since `revision`. */
export function useUpdateItem() {
  return useMeetingMutation(updateItem);
}
