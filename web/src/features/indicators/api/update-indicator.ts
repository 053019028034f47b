import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Indicator, IndicatorUpdate } from '@server/indicators/schema.ts';
import { api } from '../../../lib/api-client.ts';
import { indicatorKeys } from './get-indicators.ts';

export function updateIndicator({ id, changes }: { id: string; changes: IndicatorUpdate }): Promise<Indicator> {
  return api.patch<Indicator>(`/api/indicators/${id}`, changes);
}

export function useUpdateIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateIndicator,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
  });
}
