import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale, Me } from '@server/auth/schema.ts';
import { api } from '../../../lib/api-client.ts';
import { meQueryOptions } from './get-me.ts';

export function saveLocale(locale: Locale): Promise<void> {
  return api.put<void>('/api/auth/me/locale', { locale });
}

export function useSaveLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveLocale,
    onSuccess: (_result, locale) =>
      queryClient.setQueryData(meQueryOptions.queryKey, (me: Me | null | undefined) => (me ? { ...me, locale } : me)),
  });
}
