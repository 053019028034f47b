import { AppError } from '../platform/errors.ts';

export type MinutesErrorCode =
  | 'minutes.empty'
  | 'minutes.binary'
  | 'minutes.too_large'
  | 'minutes.zip_bomb'
  | 'minutes.no_text_layer'
  | 'minutes.not_minutes'
  | 'minutes.unreadable';

export interface LocalizedMessage {
  sv: string;
  en: string;
}

const MESSAGES: Record<MinutesErrorCode, LocalizedMessage> = {
  'minutes.empty': {
    sv: 'Filen är tom eller innehåller ingen text.',
    en: 'The file is empty or contains no text.',
  },
  'minutes.binary': {
    sv: 'Filen verkar inte vara text, en webbsida (HTML), Word (DOC, DOCX), OpenDocument-text (ODT) eller PDF.',
    en: 'The file does not look like text, a web page (HTML), Word (DOC, DOCX), OpenDocument text (ODT) or PDF.',
  },
  'minutes.too_large': {
    sv: 'Filen är för stor för att importeras som minnesanteckningar.',
    en: 'The file is too large to import as minutes.',
  },
  'minutes.zip_bomb': {
    sv: 'Word- eller OpenDocument-filen packas upp till orimligt mycket data och avvisas av säkerhetsskäl.',
    en: 'The Word or OpenDocument file expands to an unreasonable amount of data and was refused for safety.',
  },
  'minutes.no_text_layer': {
    sv: 'PDF-filen saknar textlager (troligen en inskannad bild). Kör textigenkänning (OCR) först.',
    en: 'The PDF has no text layer (probably a scanned image). Run OCR on it first.',
  },
  'minutes.not_minutes': {
    sv: 'Texten ser inte ut som svenska mötesanteckningar eller protokoll.',
    en: 'The text does not look like Swedish meeting minutes.',
  },
  'minutes.unreadable': {
    sv: 'Filen kunde inte läsas; den kan vara skadad eller i ett format som inte stöds.',
    en: 'The file could not be read; it may be damaged or in an unsupported format.',
  },
};

/** The only error the minutes importer throws; `code` is stable for callers and tests. */
export class MinutesParseError extends Error {
  readonly code: MinutesErrorCode;
  readonly messages: LocalizedMessage;

  /** `messages` replaces the code's general message where the refusal can name its figures (a limit and the size). */
  constructor(code: MinutesErrorCode, detail?: string, messages: LocalizedMessage = MESSAGES[code]) {
    super(detail ? `${messages.en} (${detail})` : messages.en);
    this.name = 'MinutesParseError';
    this.code = code;
    this.messages = messages;
  }
}

const count = (n: number) => new Intl.NumberFormat('sv-SE').format(n);
const countEn = (n: number) => new Intl.NumberFormat('en-GB').format(n);

/**
 * A file over one of the limits, with the size and the limit in the same unit, so a person knows by how much and
 * what to do.
 */
export function tooLarge(size: {
  amount: number;
  limit: number;
  sv: string;
  en: string;
  atLeast?: boolean;
}): MinutesParseError {
  const [sv, en] = size.atLeast ? ['minst ', 'at least '] : ['', ''];
  return new MinutesParseError('minutes.too_large', `${en}${size.amount} ${size.en}, at most ${size.limit}`, {
    sv: `Filen är för stor för att importeras: ${sv}${count(size.amount)} ${size.sv}, högst ${count(size.limit)}. Dela upp den i mindre filer och importera dem var för sig.`,
    en: `The file is too large to import: ${en}${countEn(size.amount)} ${size.en}, at most ${countEn(size.limit)}. Split it into smaller files and import them one by one.`,
  });
}

/** The parser's own error, as the API's: a clear 4xx that names what is wrong with the file. */
export function toAppError(error: unknown): unknown {
  if (!(error instanceof MinutesParseError)) return error;
  return new AppError({
    status: error.code === 'minutes.too_large' ? 413 : 422,
    code: error.code,
    message: error.messages,
  });
}
