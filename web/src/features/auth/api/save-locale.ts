import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale, Me } from '@server/auth/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { meQueryOptions } from './get-me.ts';

export function saveLocale(locale: Locale): Promise<void> {
  return data(client.PUT('/api/auth/me/locale', { body: { locale } }));
}

export function useSaveLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveLocale,
    onSuccess: (_result, locale) =>
      queryClient.setQueryData(meQueryOptions.queryKey, (me: Me | null | undefined) => (me ? { ...me, locale } : me)),
  });
}
