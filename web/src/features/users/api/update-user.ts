import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User, UserUpdate } from '@server/users/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { userKeys } from './get-users.ts';

export function updateUser({ id, changes }: { id: string; changes: UserUpdate }): Promise<User> {
  return data(client.PATCH('/api/users/{id}', { params: { path: { id } }, body: changes }));
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
