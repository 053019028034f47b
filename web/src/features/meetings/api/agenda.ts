import type { z } from 'zod';
import type { Meeting, itemCreateSchema } from '@server/meetings/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { useMeetingMutation } from './get-meeting.ts';

export type ItemCreate = z.input<typeof itemCreateSchema>;

export function addItem({ meetingId, item }: { meetingId: string; item: ItemCreate }): Promise<Meeting> {
  return data(client.POST('/api/meetings/{meetingId}/items', { params: { path: { meetingId } }, body: item }));
}

export function reorderItems({ meetingId, itemIds }: { meetingId: string; itemIds: string[] }): Promise<Meeting> {
  return data(
    client.PUT('/api/meetings/{meetingId}/item-order', { params: { path: { meetingId } }, body: { itemIds } }),
  );
}

export function deleteItem({ itemId }: { itemId: string }): Promise<Meeting> {
  return data(client.DELETE('/api/agenda-items/{id}', { params: { path: { id: itemId } } }));
}

/** The agenda while the meeting is planned: add, move and remove items. */
export function useAddItem() {
  return useMeetingMutation(addItem);
}

export function useReorderItems() {
  return useMeetingMutation(reorderItems);
}

export function useDeleteItem() {
  return useMeetingMutation(deleteItem);
}
