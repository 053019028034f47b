import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { bearerToken } from './bearer.ts';
import type { Config } from './config.ts';
import { AppError } from './errors.ts';

/**
 * The header the web client sends with every request. A page on another site cannot send it
 * without a CORS preflight, which this server never grants, so its presence proves the request
 * did not come from a cross-site form or script.
 */
export const CLIENT_HEADER = 'samverkan-client';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function isSameOrigin(request: FastifyRequest, config: Config): boolean {
  if (request.headers[CLIENT_HEADER]) return true;
  const origin = request.headers.origin;
  // Browsers send "null" from sandboxed frames and some redirects: never ours.
  if (!origin || origin === 'null') return false;
  if (config.publicOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === request.host;
  } catch {
    return false;
  }
}

const crossOrigin = () =>
  new AppError({
    status: 403,
    code: 'http.cross_origin',
    message: {
      sv: `Begäran kom inte från Samverkans egen webbplats. Program som anropar API:t skickar rubriken ${CLIENT_HEADER}.`,
      en: `The request did not come from Samverkan's own site. Programs calling the API send the ${CLIENT_HEADER} header.`,
    },
  });

/**
 * The app's own CSP. Mantine writes its CSS variables into <style> elements and components set
 * style attributes, which nonces cannot cover, so styles allow 'unsafe-inline'; scripts stay
 * 'self' only, which is what stops injected markup from running.
 */
function contentSecurityPolicy(config: Config) {
  return {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
      ...(config.cookieSecure ? { upgradeInsecureRequests: [] } : {}),
    },
  };
}

export async function registerSecurity(app: FastifyInstance, config: Config): Promise<void> {
  // Helmet's headers, its middleware built once: the Fastify plugin (@fastify/helmet) built it and
  // parsed the policy anew on every request, about 2 % of the request thread on the write path.
  const securityHeaders = helmet({
    contentSecurityPolicy: contentSecurityPolicy(config),
    // Browsers ignore HSTS over plain http; where cookies are Secure the site is served over TLS.
    strictTransportSecurity: config.cookieSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  app.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as FastifyError | undefined)),
  );
  // SameSite=Lax alone lets a cross-site form post through in older browsers and from sibling
  // subdomains, so every state-changing request proves where it comes from.
  // A request with an API token is exempt: a browser never adds an Authorization header by itself,
  // so a cross-site page cannot borrow a token, and a token may not write anyway (src/api-tokens).
  app.addHook('onRequest', async (request) => {
    if (bearerToken(request) !== undefined) return;
    if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request, config)) throw crossOrigin();
  });
}
