import type { z } from 'zod';
import type { Meeting, itemCreateSchema } from '@server/meetings/schema.ts';
import { api } from '../../../lib/api-client.ts';
import { useMeetingMutation } from './get-meeting.ts';

export type ItemCreate = z.input<typeof itemCreateSchema>;

export function addItem({ meetingId, item }: { meetingId: string; item: ItemCreate }): Promise<Meeting> {
  return api.post<Meeting>(`/api/meetings/${meetingId}/items`, item);
}

export function reorderItems({ meetingId, itemIds }: { meetingId: string; itemIds: string[] }): Promise<Meeting> {
  return api.put<Meeting>(`/api/meetings/${meetingId}/item-order`, { itemIds });
}

export function deleteItem({ itemId }: { itemId: string }): Promise<Meeting> {
  return api.delete<Meeting>(`/api/agenda-items/${itemId}`);
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
