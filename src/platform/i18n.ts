import type { FastifyRequest } from 'fastify';
import type { LocalizedMessage } from './errors.ts';

export type Locale = 'sv' | 'en';

/**
 * The language of a response: an explicit Accept-Language wins (the web app sends the language the
 * user picked), then the signed-in user's saved choice, then Swedish.
 */
export function pickLocale(request: FastifyRequest, userLocale?: Locale): Locale {
  const header = request.headers['accept-language'];
  if (header) {
    const ranked = header
      .split(',')
      .map((part) => {
        const [tag = '', ...params] = part.trim().split(';');
        const q = params.find((p) => p.trim().startsWith('q='));
        return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
      })
      .filter((entry) => entry.lang === 'sv' || entry.lang === 'en')
      .sort((a, b) => b.q - a.q);
    if (ranked[0]) return ranked[0].lang as Locale;
  }
  return userLocale ?? 'sv';
}

export function localize(message: LocalizedMessage, locale: Locale): string {
  return message[locale];
}
