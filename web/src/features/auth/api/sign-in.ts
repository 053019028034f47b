import { useMutation } from '@tanstack/react-query';
import type { LoginBody, Me } from '@server/auth/schema.ts';
import { client, data } from '../../../lib/api-client.ts';

export function signIn(body: LoginBody): Promise<Me> {
  return data(client.POST('/api/auth/login', { body }));
}

/** The caller stores the new session in meQueryOptions once it has applied the user's language. */
export function useSignIn() {
  return useMutation({ mutationFn: signIn });
}
