import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { AppError, type LocalizedMessage } from './errors.ts';

interface FileKind {
  /** What file-type reports, or 'text' for text it cannot identify. */
  detected: string;
  contentType: string;
  label: string;
  /** Names the file may have; a mismatch means the name lies about the content. */
  extensions: string[];
}

const OOXML = 'application/vnd.openxmlformats-officedocument';
const ODF = 'application/vnd.oasis.opendocument';

/** The kinds of file the platform accepts as bilagor: documents, spreadsheets, images, text. */
const ACCEPTED: FileKind[] = [
  { detected: 'pdf', contentType: 'application/pdf', label: 'PDF', extensions: ['pdf'] },
  { detected: 'docx', contentType: `${OOXML}.wordprocessingml.document`, label: 'Word', extensions: ['docx'] },
  { detected: 'xlsx', contentType: `${OOXML}.spreadsheetml.sheet`, label: 'Excel', extensions: ['xlsx'] },
  { detected: 'pptx', contentType: `${OOXML}.presentationml.presentation`, label: 'PowerPoint', extensions: ['pptx'] },
  { detected: 'odt', contentType: `${ODF}.text`, label: 'OpenDocument-text', extensions: ['odt'] },
  { detected: 'ods', contentType: `${ODF}.spreadsheet`, label: 'OpenDocument-kalkyl', extensions: ['ods'] },
  { detected: 'odp', contentType: `${ODF}.presentation`, label: 'OpenDocument-presentation', extensions: ['odp'] },
  { detected: 'png', contentType: 'image/png', label: 'PNG', extensions: ['png'] },
  { detected: 'jpg', contentType: 'image/jpeg', label: 'JPEG', extensions: ['jpg', 'jpeg'] },
  { detected: 'gif', contentType: 'image/gif', label: 'GIF', extensions: ['gif'] },
  { detected: 'webp', contentType: 'image/webp', label: 'WebP', extensions: ['webp'] },
];
const CSV: FileKind = {
  detected: 'text',
  contentType: 'text/csv',
  label: 'CSV',
  extensions: ['csv', 'tsv'],
};
const TEXT: FileKind = {
  detected: 'text',
  contentType: 'text/plain',
  label: 'text',
  extensions: ['txt', 'text', 'md', 'csv', 'tsv'],
};

const acceptedLabels = [...ACCEPTED.map((k) => k.label), 'CSV', 'text'].join(', ');

// Control characters other than tab, line feed, form feed and carriage return mark binary data.
// eslint-disable-next-line no-control-regex
const BINARY_BYTES = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/;
/** Markup a browser could render as a page or an image with scripts: HTML, SVG, XML. */
const MARKUP = /^\s*<|<\s*(script|html|svg|iframe|body)\b/i;

/** The text of a file without a recognisable format: UTF-16 with a byte-order mark, else bytes as Latin-1. */
function decodeText(data: Buffer): string | undefined {
  const bom = data.subarray(0, 2).toString('hex');
  const text =
    bom === 'fffe'
      ? data.subarray(2).toString('utf16le')
      : bom === 'feff'
        ? Buffer.from(data.subarray(2)).swap16().toString('utf16le')
        : data.toString('latin1').replace(/^\xef\xbb\xbf/, '');
  return BINARY_BYTES.test(text) ? undefined : text;
}

const MARKUP_CONTENT = { sv: 'HTML, SVG eller XML (kod som en webbläsare kan köra)', en: 'HTML, SVG or XML markup' };
const BINARY_CONTENT = { sv: 'okänd binärdata', en: 'unknown binary data' };

function extensionOf(filename: string): string {
  return path.extname(filename).slice(1).toLowerCase();
}

async function detectKind(filename: string, data: Buffer): Promise<FileKind | { refused: LocalizedMessage }> {
  // file-type takes a UTF-16 byte-order mark for the frame sync of MPEG audio.
  const hasUtf16Mark = ['fffe', 'feff'].includes(data.subarray(0, 2).toString('hex'));
  const sniffed = hasUtf16Mark ? undefined : await fileTypeFromBuffer(data);
  if (sniffed) {
    const accepted = ACCEPTED.find((k) => k.detected === sniffed.ext);
    if (accepted) return accepted;
    const name = sniffed.ext.toUpperCase();
    return { refused: ['XML', 'SVG', 'HTML'].includes(name) ? MARKUP_CONTENT : { sv: name, en: name } };
  }
  const text = decodeText(data);
  if (text === undefined) return { refused: BINARY_CONTENT };
  if (MARKUP.test(text.slice(0, 4096))) return { refused: MARKUP_CONTENT };
  return CSV.extensions.includes(extensionOf(filename)) ? CSV : TEXT;
}

/**
 * Decides what an uploaded file is from its bytes, never from the name or the type the client
 * claims, so a page or a program named .pdf is neither stored nor served as a PDF.
 */
export async function identifyUpload(filename: string, data: Buffer): Promise<{ contentType: string }> {
  const kind = await detectKind(filename, data);
  if ('refused' in kind) {
    throw new AppError({
      status: 415,
      code: 'files.kind_not_accepted',
      message: {
        sv: `Filen ${filename} tas inte emot: innehållet är ${kind.refused.sv}. Tillåtna filtyper: ${acceptedLabels}.`,
        en: `The file ${filename} is not accepted: its content is ${kind.refused.en}. Accepted kinds: ${acceptedLabels}.`,
      },
    });
  }
  const extension = extensionOf(filename);
  if (extension && !kind.extensions.includes(extension)) {
    throw new AppError({
      status: 422,
      code: 'files.name_does_not_match_content',
      message: {
        sv: `Filen ${filename} heter .${extension} men innehållet är ${kind.label}. Byt namn på filen eller spara den i rätt format.`,
        en: `The file ${filename} is named .${extension} but its content is ${kind.label}. Rename it or save it in the right format.`,
      },
    });
  }
  return { contentType: kind.contentType };
}

/** The type to serve a stored file with; anything stored before the allow-list existed is a download. */
export function servedContentType(stored: string): string {
  const base = stored.split(';')[0]!.trim().toLowerCase();
  const known = [...ACCEPTED, CSV, TEXT].some((k) => k.contentType === base);
  return known ? stored : 'application/octet-stream';
}
