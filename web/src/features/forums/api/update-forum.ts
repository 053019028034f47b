import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Forum, ForumUpdate } from '@server/forums/schema.ts';
import { client, data } from '../../../lib/api-client.ts';
import { forumKeys } from './get-forums.ts';

export function updateForum({ id, changes }: { id: string; changes: ForumUpdate }): Promise<Forum> {
  return data(client.PATCH('/api/forums/{id}', { params: { path: { id } }, body: changes }));
}

export function useUpdateForum() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateForum,
    onSuccess: (forum) => {
      queryClient.setQueryData(forumKeys.detail(forum.id), forum);
      return queryClient.invalidateQueries({ queryKey: forumKeys.all });
    },
  });
}
