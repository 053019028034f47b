import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { outboxEntrySchema } from '@server/rounds/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { roundKeys } from './get-rounds.ts';

export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

export function getReminders(roundId: string): Promise<OutboxEntry[]> {
  return data(client.GET('/api/rounds/{roundId}/reminders', { params: { path: { roundId } } }));
}

export function remindersQueryOptions(roundId: string) {
  return queryOptions({ queryKey: roundKeys.reminders(roundId), queryFn: () => getReminders(roundId) });
}

export function useReminders(roundId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...remindersQueryOptions(roundId), ...options });
}
