import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data } from '../../../lib/api-client.ts';

/** Queues held or failed messages again; the outbox list then shows them waiting. */
export function useResendMail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => data(client.POST('/api/outbox/resend', { body: { ids } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['outbox'] }),
  });
}
