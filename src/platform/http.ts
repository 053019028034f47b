import fs from 'node:fs';
import { STATUS_CODES } from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Duplex } from 'node:stream';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifySerializerCompiler,
} from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  ResponseSerializationError,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import fastJson from 'fast-json-stringify';
import { z, ZodError } from 'zod';
import { en as zodEn, sv as zodSv } from 'zod/locales';
import type { Config } from './config.ts';
import { registerSecurity } from './security.ts';
import { AppError, type LocalizedMessage } from './errors.ts';
import { pickLocale, type Locale } from './i18n.ts';
import { unlessPersonalNumber } from './personal-number.ts';
import { PERSONAL_NUMBER_ISSUE, storableInput } from './schema-helpers.ts';
import { validationMessages } from './validation-messages.ts';

export type App = FastifyInstance<
  import('node:http').Server,
  import('node:http').IncomingMessage,
  import('node:http').ServerResponse,
  import('fastify').FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyRequest {
    /** The user's saved language, set by the auth plugin once the session is known. */
    userLocale?: Locale;
  }
}

const statusTitles: Record<number, LocalizedMessage> = {
  400: { sv: 'Ogiltig begäran', en: 'Bad request' },
  401: { sv: 'Inloggning krävs', en: 'Authentication required' },
  403: { sv: 'Åtkomst nekad', en: 'Forbidden' },
  404: { sv: 'Hittades inte', en: 'Not found' },
  405: { sv: 'Metoden stöds inte', en: 'Method not allowed' },
  408: { sv: 'Tidsgränsen överskreds', en: 'Request timeout' },
  409: { sv: 'Konflikt', en: 'Conflict' },
  413: { sv: 'För stor', en: 'Payload too large' },
  414: { sv: 'För lång adress', en: 'URI too long' },
  415: { sv: 'Fel format', en: 'Unsupported media type' },
  422: { sv: 'Uppgifterna kan inte sparas', en: 'Unprocessable content' },
  429: { sv: 'För många försök', en: 'Too many requests' },
  431: { sv: 'För stora huvuden', en: 'Request header fields too large' },
  500: { sv: 'Internt fel', en: 'Internal error' },
  503: { sv: 'Tillfälligt otillgänglig', en: 'Service unavailable' },
  507: { sv: 'Lagringsutrymmet är fullt', en: 'Insufficient storage' },
};

const zodLocales = { sv: zodSv().localeError, en: zodEn().localeError };

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  errors?: { path: string; message: string }[];
  [key: string]: unknown;
}

interface ProblemInput {
  status: number;
  code: string;
  detail: string;
  errors?: { path: string; message: string }[];
  [key: string]: unknown;
}

function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ProblemInput) {
  const locale = pickLocale(request, request.userLocale);
  const title = (statusTitles[problem.status] ?? statusTitles[500]!)[locale];
  const body: Problem = { type: `urn:samverkan:problem:${problem.code}`, title, instance: request.url, ...problem };
  // Errors can carry personal data and must not be cached by proxies.
  return reply.status(problem.status).header('cache-control', 'no-store').type('application/problem+json').send(body);
}

type ValidationEntry = { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> };

function localizeIssue(entry: ValidationEntry, locale: Locale): string {
  const keyed = entry.message ? validationMessages[entry.message] : undefined;
  if (keyed) return keyed[locale];
  const issue = { code: entry.keyword, ...entry.params } as Parameters<typeof zodLocales.sv>[0];
  const result = zodLocales[locale](issue);
  const text = typeof result === 'string' ? result : result?.message;
  return text ?? entry.message ?? 'Invalid value';
}

function isPersonalNumberIssue(entry: ValidationEntry): boolean {
  const params = entry.params.params as { reason?: string } | undefined;
  return params?.reason === PERSONAL_NUMBER_ISSUE;
}

function fieldPath(context: string | undefined, instancePath: string): string {
  const inner = instancePath.replace(/^\//, '').replaceAll('/', '.');
  return [context, inner].filter(Boolean).join('.');
}

function handleValidationError(
  request: FastifyRequest,
  reply: FastifyReply,
  entries: ValidationEntry[],
  context?: string,
) {
  const locale = pickLocale(request, request.userLocale);
  const personal = entries.filter(isPersonalNumberIssue);
  if (personal.length > 0) {
    const fields = personal.map((entry) => fieldPath(context, entry.instancePath));
    const message =
      locale === 'sv'
        ? `Texten innehåller ett personnummer eller samordningsnummer (fält: ${fields.join(', ')}). Ta bort det och spara igen; personnummer får inte lagras här.`
        : `The text contains a Swedish personal identity or coordination number (field: ${fields.join(', ')}). Remove it and save again; such numbers must not be stored here.`;
    return sendProblem(request, reply, {
      status: 422,
      code: 'validation.personal_identity_number',
      detail: message,
      errors: fields.map((path) => ({ path, message })),
    });
  }
  const errors = entries.map((entry) => ({
    path: fieldPath(context, entry.instancePath),
    message: localizeIssue(entry, locale),
  }));
  const summary = errors.map((e) => `${e.path || (locale === 'sv' ? 'begäran' : 'request')}: ${e.message}`).join('; ');
  return sendProblem(request, reply, {
    status: 400,
    code: 'validation.invalid',
    detail: locale === 'sv' ? `Ogiltiga uppgifter. ${summary}` : `Invalid input. ${summary}`,
    errors,
  });
}

/** Seconds a client is asked to wait while the database cannot be reached. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

// SQLSTATE classes 08 (connection exception) and 57P (server shutting down or starting), and what
// node-pg and the socket report when the server is gone: the database is away, not the request wrong.
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /not queryable/,
  /timeout exceeded when trying to connect/,
  /Cannot use a pool after calling end/,
];

function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, message, errors, cause } = error as {
    code?: unknown;
    message?: unknown;
    errors?: unknown;
    cause?: unknown;
  };
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_SOCKET_CODES.has(code))) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
  // A connect to every address of a host fails as an AggregateError of the socket errors.
  if (Array.isArray(errors) && errors.some(isDatabaseUnavailable)) return true;
  return cause !== undefined && cause !== error && isDatabaseUnavailable(cause);
}

interface DatabaseProblem {
  status: number;
  code: string;
  detail: LocalizedMessage;
  retryAfterSeconds?: number;
}

/**
 * Database errors that are not the server's fault. A race the services' checks cannot see (two
 * requests creating the same name at once) ends in a constraint violation: the client's conflict.
 * A database that is restarting or unreachable is a 503 the client may retry, and a full disk is
 * a 507 that tells the operator what to do; neither has written anything.
 */
function describeDatabaseError(error: unknown): DatabaseProblem | undefined {
  const code = (error as { code?: unknown }).code;
  if (code === '23505') {
    return {
      status: 409,
      code: 'db.unique_violation',
      detail: {
        sv: 'Det finns redan en post med samma uppgifter.',
        en: 'A record with the same details already exists.',
      },
    };
  }
  if (code === '23503') {
    return {
      status: 422,
      code: 'db.reference_violation',
      detail: {
        sv: 'Uppgiften hänvisar till något som inte finns.',
        en: 'The input refers to something that does not exist.',
      },
    };
  }
  if (code === '53100') {
    return {
      status: 507,
      code: 'db.disk_full',
      detail: {
        sv: 'Databasens disk är full, så ingenting sparades. Försök igen när administratören har frigjort utrymme.',
        en: "The database's disk is full, so nothing was saved. Try again once the administrator has freed space.",
      },
    };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      status: 503,
      code: 'db.unavailable',
      detail: {
        sv: `Databasen går inte att nå just nu, så ingenting sparades. Försök igen om ${DATABASE_RETRY_AFTER_SECONDS} sekunder.`,
        en: `The database cannot be reached right now, so nothing was saved. Try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds.`,
      },
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
    };
  }
  return undefined;
}

/** Fastify's own client errors, in words a person understands. */
const frameworkMessages: Record<string, LocalizedMessage> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    sv: 'Innehållet är inte giltig JSON (eller innehåller en otillåten nyckel som __proto__).',
    en: 'The body is not valid JSON (or holds a forbidden key such as __proto__).',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    sv: 'Innehållet är tomt fast det anges som JSON.',
    en: 'The body is empty although it is declared as JSON.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    sv: 'Formatet stöds inte. Skicka JSON (application/json).',
    en: 'The format is not supported. Send JSON (application/json).',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    sv: 'Innehållets längd stämmer inte med Content-Length.',
    en: 'The body length does not match Content-Length.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { sv: 'Filen eller texten är för stor.', en: 'The file or text is too large.' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    sv: 'Skicka filen som multipart/form-data (fältet "file").',
    en: 'Send the file as multipart/form-data (field "file").',
  },
  FST_PROTO_VIOLATION: {
    sv: 'Ett fältnamn i formuläret är inte tillåtet (till exempel __proto__).',
    en: 'A form field name is not allowed (such as __proto__).',
  },
  FST_FILES_LIMIT: { sv: 'Skicka en fil åt gången.', en: 'Send one file at a time.' },
  FST_FIELDS_LIMIT: { sv: 'Formuläret har för många fält.', en: 'The form has too many fields.' },
  FST_PARTS_LIMIT: { sv: 'Formuläret har för många delar.', en: 'The form has too many parts.' },
  FST_ERR_BAD_URL: {
    sv: 'Adressen är felaktigt kodad.',
    en: 'The address is not correctly encoded.',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    sv: 'En del av adressen är för lång.',
    en: 'A part of the address is too long.',
  },
};

function describeClientError(error: FastifyError): LocalizedMessage {
  const known = error.code ? frameworkMessages[error.code] : undefined;
  if (known) return known;
  if (error.statusCode === 429)
    return {
      sv: 'För många försök från din adress. Vänta en minut och försök igen.',
      en: 'Too many attempts from your address. Wait a minute and try again.',
    };
  if (error.statusCode === 413) return frameworkMessages.FST_ERR_CTP_BODY_TOO_LARGE!;
  if (error.statusCode === 415) return { sv: 'Formatet stöds inte.', en: 'The format is not supported.' };
  return {
    sv: `Begäran kunde inte behandlas: ${error.message}`,
    en: `The request could not be handled: ${error.message}`,
  };
}

/** Router errors (a badly encoded URL, an over-long path parameter) that never reach the error handler. */
function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const locale = pickLocale(request);
  return sendProblem(request, reply, {
    status: error.statusCode ?? 400,
    code: `http.${error.code}`,
    detail: describeClientError(error)[locale],
  });
}

/** What Node's HTTP parser refuses before Fastify sees a request; there are no headers to pick a language from. */
const socketProblems: Record<string, { status: number; code: string; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'http.header_overflow',
    detail: 'Adressen eller begärans huvuden är för stora. / The address or the request headers are too large.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'http.request_timeout',
    detail: 'Begäran tog för lång tid att skicka. / The request took too long to send.',
  },
};
const malformedRequest = {
  status: 400,
  code: 'http.malformed_request',
  detail: 'Begäran är felaktigt formaterad. / The request is malformed.',
};

function clientErrorHandler(error: NodeJS.ErrnoException, socket: Duplex) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const problem = socketProblems[error.code ?? ''] ?? malformedRequest;
  const title = statusTitles[problem.status]!;
  const body = JSON.stringify({
    type: `urn:samverkan:problem:${problem.code}`,
    title: `${title.sv} / ${title.en}`,
    ...problem,
  });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

export function errorHandler(this: FastifyInstance, error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const locale = pickLocale(request, request.userLocale);
  if (error instanceof AppError) {
    return sendProblem(request, reply, {
      status: error.status,
      code: error.code,
      detail: error.localized[locale],
      ...(error.fieldErrors.length > 0
        ? { errors: error.fieldErrors.map((f) => ({ path: f.path, message: f.message[locale] })) }
        : {}),
      ...error.extra,
    });
  }
  if (error instanceof ZodError) {
    // A service validated input it received in another form (an uploaded file's JSON field).
    const entries = error.issues.map((issue) => {
      const { path, code, message, ...params } = issue;
      return { instancePath: `/${path.join('/')}`, keyword: code, message, params: params as Record<string, unknown> };
    });
    return handleValidationError(request, reply, entries, 'body');
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    return handleValidationError(request, reply, error.validation as ValidationEntry[], error.validationContext);
  }
  const databaseProblem = describeDatabaseError(error);
  if (databaseProblem) {
    const { retryAfterSeconds, ...problem } = databaseProblem;
    // The operator needs to know; the client gets words and, where waiting helps, when to try again.
    if (problem.status >= 500) request.log.warn({ err: error }, problem.code);
    if (retryAfterSeconds) reply.header('retry-after', String(retryAfterSeconds));
    return sendProblem(request, reply, { ...problem, detail: problem.detail[locale] });
  }
  if (isResponseSerializationError(error)) {
    request.log.error({ err: error, issues: error.cause.issues }, 'response did not match its schema');
  } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return sendProblem(request, reply, {
      status: error.statusCode,
      code: `http.${error.code ?? error.statusCode}`,
      detail: describeClientError(error)[locale],
    });
  } else {
    request.log.error({ err: error }, 'unhandled error');
  }
  return sendProblem(request, reply, {
    status: 500,
    code: 'internal',
    detail:
      locale === 'sv'
        ? 'Något gick fel hos oss. Försök igen; om felet kvarstår, kontakta administratören.'
        : 'Something went wrong on our side. Try again; if it persists, contact the administrator.',
  });
}

/** A hop count as a function: Fastify does the same at runtime, but its types do not accept a number. */
function trustProxyOption(value: Config['trustProxy']) {
  return typeof value === 'number' ? (_address: string, hop: number) => hop < value : value;
}

/**
 * Searches are not refused, but the request log is kept: a URL holding a personnummer (in a search
 * string, or typed as a path) is logged as its route only.
 */
function requestLogFields(request: FastifyRequest) {
  let decoded = request.url;
  try {
    decoded = decodeURIComponent(request.url.replaceAll('+', ' '));
  } catch {
    // A malformed escape is logged as sent; the raw text is still checked.
  }
  return {
    method: request.method,
    url:
      unlessPersonalNumber(decoded) === null
        ? `${request.routeOptions.url ?? '(no route)'} (personnummer withheld)`
        : request.url,
    host: request.host,
    remoteAddress: request.ip,
  };
}

/**
 * Every answer is checked against its route's response schema (unknown fields dropped, a wrong type
 * is a 500, never sent) and then written as JSON. fastify-type-provider-zod checks with zod's
 * `encode`, which runs codecs backwards; for a schema with checks it parses every value twice (a
 * pass without the checks, then one with them), 3–4× the time of a parse: 20 ms against 5.6 ms for
 * a forum's reporting discipline at national scale (275 kB). No response schema here has a codec or
 * a transform, so a forward parse gives the same answer.
 *
 * The answers of the most frequent requests (a draft save, a submit, who is signed in) are instead
 * written by fast-json-stringify from the schema (see writtenFast): fields the schema does not name
 * are never written, a missing required field or a value that is no number where a number belongs
 * fails. Such a failure is checked with zod, so that the log says what did not match, and answers
 * 500, never the data. A value of another type is written as the schema's type (a Date as its ISO
 * string, a number in a string field as text) where zod would have refused it.
 */
const serializeChecked: FastifySerializerCompiler<z.ZodType | { properties: z.ZodType }> = (route) => {
  const { method, url } = route;
  // A response declared with its content type arrives wrapped, as fastify-type-provider-zod expects it.
  const schema = 'properties' in route.schema ? route.schema.properties : route.schema;
  const checked = (data: unknown) => {
    const result = schema.safeParse(data);
    if (!result.success) throw new ResponseSerializationError(method, url, { cause: result.error });
    return result.data;
  };
  let write: ((data: unknown) => string) | undefined;
  return (data) => {
    write ??=
      (fastWritten.has(schema) ? schemaWriter(schema) : undefined) ??
      ((unchecked) => JSON.stringify(checked(unchecked)));
    try {
      return write(data);
    } catch (error) {
      checked(data);
      throw error;
    }
  };
};

const fastWritten = new WeakSet<z.ZodType>();

/**
 * Marks a response schema to be written by fast-json-stringify rather than checked by zod and written
 * by JSON.stringify (see serializeChecked): 25–30 µs against 50–90 µs for a report's 8.7 kB answer,
 * which a draft save and a submit each send. Making the writer costs 10–40 ms of CPU once per schema
 * (zod's JSON Schema, then fast-json-stringify's code and Ajv's checks for its unions), which every
 * route's first answer would pay; so only the answers of the most frequent requests are marked.
 */
export function writtenFast<T extends z.ZodType>(schema: T): T {
  fastWritten.add(schema);
  return schema;
}

/**
 * fast-json-stringify for the schema's output, or undefined when JSON Schema cannot express it. Made
 * once per schema in the process (several routes answer with a report).
 */
function schemaWriter(schema: z.ZodType): ((data: unknown) => string) | undefined {
  if (writers.has(schema)) return writers.get(schema);
  let writer;
  try {
    // Without the registry's ids every part is inline, so forWriting sees each nullable part whole.
    const jsonSchema = z.toJSONSchema(schema, {
      io: 'output',
      target: 'draft-7',
      unrepresentable: 'throw',
      metadata: z.registry(),
    });
    writer = fastJson(forWriting(jsonSchema) as fastJson.Schema);
  } catch {
    writer = undefined;
  }
  writers.set(schema, writer);
  return writer;
}

const writers = new WeakMap<z.ZodType, ((data: unknown) => string) | undefined>();

/**
 * fast-json-stringify writes only the named properties of any object, but it picks the branch of a
 * union (`anyOf`, also a nullable object or string) by validating the value with Ajv. zod marks every
 * object closed (`additionalProperties: false`): a field more would fail that check where zod drops
 * the field. Ajv's formats and its unicode regular expressions are not zod's checks of the same
 * name, so a value zod accepts could fail there: `format` and `pattern` are left out too (they only
 * check; they change nothing that is written). Types, enums and constants still pick the branch.
 */
function forWriting(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(forWriting);
  if (typeof schema !== 'object' || schema === null) return schema;
  const written = Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => !(key === 'additionalProperties' && value === false) && !checkOnly.has(key))
      .map(([key, value]) => [key, namedSchemas.has(key) ? mapValues(value, forWriting) : forWriting(value)]),
  );
  return nullableAsTypes(written);
}

/**
 * zod writes a nullable part as `anyOf: [part, {type: 'null'}]`, which fast-json-stringify writes by
 * validating with Ajv: its first answer compiled the checks (about 250 ms of CPU for a report's).
 * As `type: [part's type, 'null']` it is written with a typeof test.
 */
function nullableAsTypes(schema: Record<string, unknown>): Record<string, unknown> {
  const { anyOf, ...rest } = schema;
  if (!Array.isArray(anyOf) || anyOf.length !== 2) return schema;
  const [part, none] = anyOf as Record<string, unknown>[];
  if (!isOnlyNull(none) || typeof part!.type !== 'string' || 'anyOf' in part! || 'const' in part!) return schema;
  const enumOf = Array.isArray(part!.enum) ? { enum: [...(part!.enum as unknown[]), null] } : {};
  return { ...rest, ...part, ...enumOf, type: [part!.type, 'null'] };
}

const isOnlyNull = (schema: Record<string, unknown> | undefined) =>
  schema !== undefined && schema.type === 'null' && Object.keys(schema).length === 1;

const checkOnly = new Set(['format', 'pattern']);
/** Keywords whose value is an object of schemas by name (a property may be called `format`). */
const namedSchemas = new Set(['properties', 'patternProperties', 'definitions', '$defs']);
const mapValues = (object: object, f: (value: unknown) => unknown) =>
  Object.fromEntries(Object.entries(object).map(([key, value]) => [key, f(value)]));

export async function createHttpServer(
  config: Config,
  options: { webRoot?: string; logger?: boolean | { stream: NodeJS.WritableStream } } = {},
): Promise<App> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            serializers: { req: requestLogFields },
            ...(typeof options.logger === 'object' ? { stream: options.logger.stream } : {}),
          },
    trustProxy: trustProxyOption(config.trustProxy),
    bodyLimit: 2 * 1024 * 1024,
    // Without limits a client that trickles headers or a body holds a connection for ever.
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.requestTimeoutMs + 10_000,
    keepAliveTimeout: 72_000,
    http: {
      // Node checks the timeouts only this often (30 s by default), and ignores the request
      // timeout while the headers timeout (60 s by default) is longer.
      connectionsCheckingInterval: Math.min(30_000, Math.max(250, config.requestTimeoutMs / 4)),
      headersTimeout: Math.min(60_000, config.requestTimeoutMs),
    },
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  // Every body, query and path is checked for text the database cannot store before its own schema.
  app.setValidatorCompiler(({ schema, ...route }) =>
    validatorCompiler({ ...route, schema: storableInput.pipe(schema as z.ZodType) }),
  );
  app.setSerializerCompiler(serializeChecked);
  app.setErrorHandler(errorHandler);

  await registerSecurity(app, config);
  // API answers (a lägesbild is about 80 kB of JSON) shrink tenfold; a low brotli quality keeps the
  // cost per request small. Web assets come precompressed at full strength from the build.
  // Answers up to 1 MB are compressed in one call on the request thread (0.1 ms for a 10 kB report,
  // 1 ms for an 80 kB lägesbild, 3 ms for a forum's 275 kB reporting discipline, at this quality)
  // instead of through a zlib stream: on 2 cores the stream's setup, thread-pool hand-off and
  // chunked writes cost more than the compression itself (measured on the national data: 8–12 ms
  // between the answer's serialisation and its last byte through the stream). Every paged or capped
  // API answer is far below 1 MB; a larger one (none today) would still stream.
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    syncThreshold: 1024 * 1024,
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Samverkan API',
        description:
          'Regional samverkan i hälso- och sjukvård och socialtjänst. Errors are application/problem+json (RFC 9457).',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'samverkan_session' },
          apiToken: {
            type: 'http',
            scheme: 'bearer',
            description:
              'An API token an administrator issued for an organisation or integration (Authorization: Bearer svk_…). It reads the exports of the forums it is scoped to and nothing else.',
          },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  const hasWeb = Boolean(options.webRoot && fs.existsSync(path.join(options.webRoot, 'index.html')));
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !hasWeb) {
      return sendProblem(request, reply, {
        status: 404,
        code: 'http.not_found',
        detail:
          pickLocale(request, request.userLocale) === 'sv'
            ? `Adressen ${request.url} finns inte.`
            : `${request.url} does not exist.`,
      });
    }
    // Client-side routes of the single-page app all load index.html.
    return reply.type('text/html').sendFile('index.html');
  });
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: options.webRoot!,
      wildcard: false,
      index: 'index.html',
      // The build writes .br and .gz copies of the hashed assets (platform/web-build.ts).
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => {
        // Asset names carry a hash of their content, so they never change; index.html names
        // the current ones and must be checked on every visit.
        const isHashedAsset = filePath.split(path.sep).includes('assets');
        reply.header('cache-control', isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  return app;
}
