import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Indicator, IndicatorCreate } from '@server/indicators/schema.ts';
import { api } from '../../../lib/api-client.ts';
import { indicatorKeys } from './get-indicators.ts';

export function createIndicator({ forumId, body }: { forumId: string; body: IndicatorCreate }): Promise<Indicator> {
  return api.post<Indicator>(`/api/forums/${forumId}/indicators`, body);
}

export function useCreateIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createIndicator,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
  });
}
