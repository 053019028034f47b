import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiToken, ApiTokenCreate, IssuedApiToken } from '@server/api-tokens/schema.ts';
import { client, data } from '../../../lib/api-client.ts';

const apiTokenKeys = { all: ['api-tokens'] as const };

export function useApiTokens() {
  return useQuery({
    queryKey: apiTokenKeys.all,
    queryFn: (): Promise<ApiToken[]> => data(client.GET('/api/api-tokens')),
  });
}

export function useIssueApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiTokenCreate): Promise<IssuedApiToken> => data(client.POST('/api/api-tokens', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string): Promise<ApiToken> =>
      data(client.POST('/api/api-tokens/{id}/revoke', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
  });
}
