import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Actor } from '../auth/service.ts';
import { findImported, findMeetingsOnDate, importMeeting, type ImportedMeeting } from '../meetings/import.ts';
import type { Db } from '../platform/db.ts';
import { commonErrors } from '../platform/errors.ts';
import { storableInput } from '../platform/schema-helpers.ts';
import { readMinutesFile, type ReadResult, type ReadTask } from './read-file.ts';
import { parsedMinutesSchema, type ParsedMinutesInput } from './schema.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.txt': 'text/plain; charset=utf-8',
};

export function sourceHash(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function contentTypeOf(filename: string, data: Buffer): string {
  if (data.subarray(0, 4).toString('latin1') === '%PDF') return CONTENT_TYPES['.pdf']!;
  if (data.subarray(0, 2).toString('latin1') === 'PK') return CONTENT_TYPES['.docx']!;
  return CONTENT_TYPES[path.extname(filename).toLowerCase()] ?? 'text/plain; charset=utf-8';
}

/** The status-report table of old minutes, kept as readable, searchable notes of its item. */
function statusTableNotes(reports: ParsedMinutesInput['statusReports']): string {
  return reports
    .map((r) =>
      [
        r.organization,
        r.current && `Nuläge: ${r.current}`,
        r.challenge && `Utmaning: ${r.challenge}`,
        r.input && `Medskick: ${r.input}`,
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n\n');
}

/** The title of the point that holds the file's text outside its points, when there is any. */
export const DOCUMENT_NOTES_TITLE = 'Text utanför punkterna';

export function toImportedMeeting(
  minutes: ParsedMinutesInput,
  source: ImportedMeeting['source'],
  forumName: string,
): ImportedMeeting {
  if (!minutes.date) {
    throw commonErrors.invalid('minutes.date_missing', 'body.minutes.date', {
      sv: 'Mötesdatum saknas. Ange datumet innan anteckningarna sparas.',
      en: 'The meeting date is missing. Give the date before saving the minutes.',
    });
  }
  const reportItemIndex = minutes.statusReports.length
    ? minutes.items.findIndex((i) => i.kind === 'rapport' || /^rapport/i.test(i.title))
    : -1;
  const items = minutes.items.map((item, index) => ({
    numberLabel: item.number,
    title: item.title,
    kind: item.kind,
    presenters: item.presenters,
    notes:
      index === reportItemIndex
        ? [item.notes, statusTableNotes(minutes.statusReports)].filter(Boolean).join('\n\n')
        : item.notes,
    decisions: item.decisions,
    actions: item.actions.map((a) => ({ ownerName: a.owner ?? 'Ej angiven', task: a.task, dueDate: a.due })),
  }));
  if (minutes.statusReports.length && reportItemIndex < 0) {
    items.push({
      numberLabel: null,
      title: 'Rapport',
      kind: 'rapport',
      presenters: [],
      notes: statusTableNotes(minutes.statusReports),
      decisions: [],
      actions: [],
    });
  }
  // The meeting keeps text outside its points in a point of its own, last, so it is shown, searched and editable with
  // the minutes (a protocol cut after its first page has no point at all).
  if (minutes.notes.trim() !== '') {
    items.push({
      numberLabel: null,
      title: DOCUMENT_NOTES_TITLE,
      kind: null,
      presenters: [],
      notes: minutes.notes,
      decisions: [],
      actions: [],
    });
  }
  return {
    title: minutes.title || `${minutes.body ?? forumName} ${minutes.date}`,
    meetingDate: minutes.date,
    startTime: minutes.startTime,
    endTime: minutes.endTime,
    location: minutes.location,
    diaryNumber: minutes.diaryNumber,
    chairName: minutes.chair,
    secretaryName: minutes.secretary,
    adjusterNames: minutes.adjuster ? [minutes.adjuster] : [],
    attendees: minutes.attendees.map((a) => ({ name: a.name, organizationName: a.organization, title: a.role })),
    items,
    source,
  };
}

/**
 * How a file is checked and parsed: in-process (the CLI), or in a worker thread (the API, read-pool.ts), so that a
 * large file does not stall other requests.
 */
export type MinutesReader = (task: ReadTask) => Promise<ReadResult | null>;

/**
 * Parses a file for the preview: what was understood, whether this file was imported before, and
 * which meetings the forum already has on the date read. What the parser read passes the same
 * validation as a save, so the preview never shows what could not be saved.
 */
export async function previewImport(options: {
  db: Db;
  forumId: string;
  filename: string;
  data: Buffer;
  read?: MinutesReader;
}) {
  const { db, forumId, filename, data, read = readMinutesFile } = options;
  const { minutes, confidence } = (await read({ filename, data, parse: true }))!;
  const hash = sourceHash(data);
  const existing = await findImported(db, forumId, hash);
  const sameDateMeetings = minutes.date ? await findMeetingsOnDate(db, forumId, minutes.date) : [];
  return {
    filename,
    sourceHash: hash,
    alreadyImportedMeetingId: existing?.id ?? null,
    sameDateMeetings: sameDateMeetings.filter((m) => m.id !== existing?.id),
    minutes,
    confidence,
  };
}

/**
 * Imports one file in one transaction. With `corrected`, the person's corrections of the preview
 * are saved instead of a fresh parse; both pass the same validation (a personnummer anywhere is
 * refused). `allowSameDate` is the person's "import anyway" for a date the forum has a meeting on.
 */
export async function importMinutesFile(options: {
  db: Db;
  actor: Actor;
  forumId: string;
  forumName: string;
  filename: string;
  data: Buffer;
  corrected?: unknown;
  allowSameDate?: boolean;
  read?: MinutesReader;
}) {
  const { db, actor, forumId, filename, data, read = readMinutesFile } = options;
  // The file itself is kept as the meeting's source attachment, so it is checked even when the
  // person's corrections are saved instead of what the parser read.
  const fromFile = await read({ filename: path.basename(filename), data, parse: options.corrected === undefined });
  const minutes = fromFile?.minutes ?? storableInput.pipe(parsedMinutesSchema).parse(options.corrected);
  const source = {
    filename: path.basename(filename),
    contentType: contentTypeOf(filename, data),
    data,
    hash: sourceHash(data),
  };
  return importMeeting({
    db,
    actor,
    forumId,
    meeting: toImportedMeeting(minutes, source, options.forumName),
    allowSameDate: options.allowSameDate,
  });
}
