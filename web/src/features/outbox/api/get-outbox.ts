import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MailStatus, outboxPageSchema } from '@server/outbox/schema.ts';
import { api } from '../../../lib/api-client.ts';

export interface OutboxFilters {
  status?: MailStatus;
  q?: string;
}

export type OutboxPage = z.infer<typeof outboxPageSchema>;

export const OUTBOX_PAGE_SIZE = 50;

export function getOutbox(filters: OutboxFilters, offset: number): Promise<OutboxPage> {
  return api.get<OutboxPage>('/api/outbox', { ...filters, limit: OUTBOX_PAGE_SIZE, offset });
}

export function outboxQueryOptions(filters: OutboxFilters, offset = 0) {
  return queryOptions({
    queryKey: ['outbox', filters, offset],
    queryFn: () => getOutbox(filters, offset),
    placeholderData: keepPreviousData,
  });
}

export function useOutbox(filters: OutboxFilters, offset: number) {
  return useQuery(outboxQueryOptions(filters, offset));
}
