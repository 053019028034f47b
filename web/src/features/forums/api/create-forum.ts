import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Forum, ForumCreate } from '@server/forums/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { forumKeys } from './get-forums.ts';

export function createForum(body: ForumCreate): Promise<Forum> {
  return data(client.POST('/api/forums', { body }));
}

export function useCreateForum() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createForum,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: forumKeys.all }),
  });
}
