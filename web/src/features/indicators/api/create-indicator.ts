import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Indicator, IndicatorCreate } from '@server/indicators/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { indicatorKeys } from './get-indicators.ts';

export function createIndicator({ forumId, body }: { forumId: string; body: IndicatorCreate }): Promise<Indicator> {
  return data(client.POST('/api/forums/{forumId}/indicators', { params: { path: { forumId } }, body }));
}

export function useCreateIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createIndicator,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
  });
}
