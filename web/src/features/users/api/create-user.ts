import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User, UserCreate } from '@server/users/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { userKeys } from './get-users.ts';

export function createUser(body: UserCreate): Promise<User> {
  return data(client.POST('/api/users', { body }));
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
