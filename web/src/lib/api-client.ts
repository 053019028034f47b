import i18next from 'i18next';
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './api-schema.generated.ts';
import { currentLocale } from './i18n.ts';

/** An application/problem+json body (RFC 9457); detail and messages are already localised. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  errors?: { path: string; message: string }[];
}

export class ApiError extends Error {
  readonly problem: Problem;
  /** The wait the server asked for before trying again (a 503's or 429's Retry-After), in seconds. */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail);
    this.name = 'ApiError';
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get status(): number {
    return this.problem.status;
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'status' in body && 'detail' in body;
}

/** Retry-After as seconds: either a number of seconds or an HTTP date (RFC 9110 §10.2.3); anything else is ignored. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
  if (isProblem(body)) return new ApiError(body, retryAfter);
  return new ApiError(
    {
      type: 'about:blank',
      title: response.statusText,
      status: response.status,
      detail: i18next.t('errors.unexpected'),
      instance: response.url,
      code: `http.${response.status}`,
    },
    retryAfter,
  );
}

/** Every request's headers and errors, in one place. */
const conventions: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept', 'application/json');
    request.headers.set('accept-language', currentLocale());
    // The server refuses state-changing requests without it (a cross-site page cannot send it).
    request.headers.set('samverkan-client', 'web');
  },
  async onResponse({ response }) {
    if (!response.ok) throw await toApiError(response);
  },
  onError({ request }) {
    return new ApiError({
      type: 'about:blank',
      title: '',
      status: 0,
      detail: i18next.t('errors.network'),
      instance: new URL(request.url).pathname,
      code: 'network',
    });
  },
};

/** A client for the API at baseUrl (the page's own origin in the app). */
export function createApiClient(baseUrl = '') {
  const client = createClient<paths>({
    baseUrl,
    credentials: 'same-origin',
    // Absent filters are left out rather than sent empty, so the server applies its defaults.
    querySerializer: (query) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query))
        if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
      return params.toString();
    },
    // A FormData body (an upload) goes as it is: the browser sets the multipart boundary.
    bodySerializer: (body: unknown) => (body instanceof FormData ? body : JSON.stringify(body)),
  });
  client.use(conventions);
  return client;
}

/**
 * The API, typed from its OpenAPI document (api-schema.generated.ts): a changed route breaks the
 * web build. Failures are thrown as ApiError, so callers only ever see the data.
 */
export const client = createApiClient();

/** The response body of a call; errors have been thrown by then. */
export async function data<T>(call: Promise<{ data?: T }>): Promise<T> {
  return (await call).data as T;
}

/** A multipart/form-data body: the upload routes read a stream, so the document declares no body to type. */
export function formBody(form: FormData): { body: never } {
  return { body: form as never };
}

/** A yes/no filter as the query string carries it; "no" is left out, like every absent filter. */
export function flag(value: boolean | undefined): 'true' | undefined {
  return value ? 'true' : undefined;
}

/** The API's schemas, as the web app receives them. */
export type Schemas = components['schemas'];

/** The query parameters a GET route takes. */
export type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;

/** The JSON a route answers with when it succeeds. */
export type ResponseOf<
  P extends keyof paths,
  M extends 'get' | 'post' | 'put' | 'patch' | 'delete',
> = paths[P][M] extends {
  responses: { [status in 200 | 201]?: { content: { 'application/json': infer R } } };
}
  ? R
  : never;

/** A filter form's yes/no fields are booleans; the query string carries them as 'true'. */
export type WithFlags<Q, K extends keyof Q> = Omit<Q, K> & { [key in K]?: boolean };

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
