import type { FastifyRequest } from 'fastify';

/**
 * The token of an `Authorization: Bearer …` header: undefined without one, '' when it names no
 * token. A request that carries one speaks for the token alone, never for a session cookie.
 */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header || !/^bearer(\s|$)/i.test(header)) return undefined;
  return header.slice(6).trim();
}
