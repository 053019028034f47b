import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MailPreference } from '@server/outbox/schema.ts';
import { client, data } from '../../../lib/api-client.ts';

const mailPreferencesKey = ['me', 'mail-preferences'] as const;

export function getMailPreferences(): Promise<{ items: MailPreference[] }> {
  return data(client.GET('/api/me/mail-preferences'));
}

export const mailPreferencesQueryOptions = queryOptions({ queryKey: mailPreferencesKey, queryFn: getMailPreferences });

export function useMailPreferences() {
  return useQuery(mailPreferencesQueryOptions);
}

export function useSaveMailPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: MailPreference[]) => data(client.PUT('/api/me/mail-preferences', { body: { items } })),
    onSuccess: (saved) => queryClient.setQueryData(mailPreferencesKey, saved),
  });
}
