import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Indicator, IndicatorUpdate } from '@server/indicators/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { indicatorKeys } from './get-indicators.ts';

export function updateIndicator({ id, changes }: { id: string; changes: IndicatorUpdate }): Promise<Indicator> {
  return data(client.PATCH('/api/indicators/{id}', { params: { path: { id } }, body: changes }));
}

export function useUpdateIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateIndicator,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
  });
}
