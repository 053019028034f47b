export interface LocalizedMessage {
  sv: string;
  en: string;
}

export interface FieldError {
  path: string;
  message: string;
}

/** The one error type the services throw; the HTTP layer turns it into problem+json. */
export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly localized: LocalizedMessage;
  readonly fieldErrors: { path: string; message: LocalizedMessage }[];
  readonly extra: Record<string, unknown>;

  constructor(options: {
    status: number;
    code: string;
    message: LocalizedMessage;
    fieldErrors?: { path: string; message: LocalizedMessage }[];
    extra?: Record<string, unknown>;
  }) {
    super(options.message.en);
    this.name = 'AppError';
    this.status = options.status;
    this.code = options.code;
    this.localized = options.message;
    this.fieldErrors = options.fieldErrors ?? [];
    this.extra = options.extra ?? {};
  }
}

export const commonErrors = {
  unauthenticated: () =>
    new AppError({
      status: 401,
      code: 'auth.unauthenticated',
      message: { sv: 'Du behöver logga in.', en: 'You need to sign in.' },
    }),
  forbidden: (what: LocalizedMessage) => new AppError({ status: 403, code: 'auth.forbidden', message: what }),
  notFound: (entity: LocalizedMessage) =>
    new AppError({
      status: 404,
      code: 'common.not_found',
      message: { sv: `${entity.sv} finns inte.`, en: `${entity.en} does not exist.` },
    }),
  conflict: (code: string, message: LocalizedMessage) => new AppError({ status: 409, code, message }),
  /** A conflict caused by one field's value (a name or address already taken). */
  conflictOn: (code: string, path: string, message: LocalizedMessage) =>
    new AppError({ status: 409, code, message, fieldErrors: [{ path, message }] }),
  invalid: (code: string, path: string, message: LocalizedMessage) =>
    new AppError({ status: 422, code, message, fieldErrors: [{ path, message }] }),
  /** A personnummer in an uploaded file (named) or in its name (not repeated, as it holds the number). */
  personalNumberInFile: (path: string, filename?: string) =>
    commonErrors.invalid(
      'validation.personal_identity_number',
      path,
      filename === undefined
        ? {
            sv: 'Filnamnet innehåller ett personnummer eller samordningsnummer. Byt namn på filen och ladda upp den igen; personnummer får inte lagras här.',
            en: 'The file name contains a Swedish personal identity or coordination number. Rename the file and upload it again; such numbers must not be stored here.',
          }
        : {
            sv: `Filen ”${filename}” innehåller ett personnummer eller samordningsnummer. Ta bort det ur filen och ladda upp den igen; personnummer får inte lagras här.`,
            en: `The file "${filename}" contains a Swedish personal identity or coordination number. Remove it from the file and upload it again; such numbers must not be stored here.`,
          },
    ),
};
