// Swedish wording and number formats shared by the DOCX and PDF renderers, so both documents
// say exactly the same thing.
import * as sharedLabels from '../../platform/labels.ts';
import { instantToStockholm } from '../../platform/time.ts';
import type {
  ActionStatus,
  Attendee,
  ChairRole,
  DocumentType,
  ItemKind,
  MinutesDocument,
  PersonRef,
  StrainLevel,
} from './model.ts';

// The minutes are written in Swedish, with the same words as the web app (platform/labels.ts).
export const documentTypeLabels: Record<DocumentType, string> = sharedLabels.wordsIn(
  sharedLabels.documentTypeLabels,
  'sv',
);
export const itemKindLabels: Record<ItemKind, string> = sharedLabels.wordsIn(sharedLabels.itemKindLabels, 'sv');
export const chairRoleLabels: Record<ChairRole, string> = sharedLabels.wordsIn(sharedLabels.chairRoleLabels, 'sv');
export const strainLevelLabels: Record<StrainLevel, string> = sharedLabels.wordsIn(
  sharedLabels.strainLevelLabels,
  'sv',
);
export const actionStatusLabels: Record<ActionStatus, string> = sharedLabels.wordsIn(
  sharedLabels.actionStatusLabels,
  'sv',
);

/** A member's report as the lägesbild shows it; late and on-behalf can both be true. */
export function formatReportStatus(row: { reportStatus: 'submitted' | 'late' | 'missing'; filedOnBehalf: boolean }) {
  if (row.reportStatus === 'missing') return 'Saknas';
  if (!row.filedOnBehalf) return row.reportStatus === 'late' ? 'Sen' : 'Inlämnad';
  return row.reportStatus === 'late' ? 'Sen, inlämnad av samordnaren' : 'Inlämnad av samordnaren';
}

const numberFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

/** An indicator figure as Swedish prints it: "1 234,5"; a figure not reported is "–". */
export function formatFigure(value: number | null): string {
  return value === null ? EMPTY_CELL : numberFormat.format(value);
}

export const DRAFT_MARKER = 'UTKAST';
export const EMPTY_CELL = '–';

export function isDraft(doc: Pick<MinutesDocument, 'status'>): boolean {
  return doc.status !== 'approved' && doc.status !== 'published';
}

/** "13:00" → "13.00", the Swedish written form (Språkrådet). */
export function formatClock(time: string): string {
  return time.replace(':', '.');
}

/** "2021-03-25 kl. 13.00–15.00"; the time part shrinks to what is known. */
export function formatMeetingTime(date: string, startTime: string | null, endTime: string | null): string {
  if (!startTime) return date;
  const range = endTime ? `${formatClock(startTime)}–${formatClock(endTime)}` : formatClock(startTime);
  return `${date} kl. ${range}`;
}

/** An ISO instant as Stockholm wall-clock time: "2021-03-26 10.15". */
export function formatInstant(instant: string): string {
  const { date, time } = instantToStockholm(new Date(instant));
  return `${date} ${formatClock(time)}`;
}

/** "Sida 2 (5)" as parts, so DOCX can put page-number fields where PDF puts numbers. */
export function pageLabelParts<T>(current: T, total: T): (string | T)[] {
  return ['Sida ', current, ' (', total, ')'];
}

/** One person of a run-in list: "Sofia Jarl (ordförande)", "Anette Eriksson (ersättare för Björn Östlund)". */
export function formatAttendee(person: Attendee, chairRole: ChairRole | null): string {
  const notes = [
    person.isChair && chairRole ? chairRoleLabels[chairRole].toLocaleLowerCase('sv') : null,
    person.status === 'substitute' && person.substituteFor ? `ersättare för ${person.substituteFor}` : null,
  ].filter((note): note is string => Boolean(note));
  const name = person.title ? `${person.name}, ${person.title}` : person.name;
  return notes.length > 0 ? `${name} (${notes.join(', ')})` : name;
}

/**
 * A run-in list of people by organisation, each organisation named once in the order it first
 * appears: "Region Dalarna: Sofia Jarl (ordförande), Crister Carlsson; Avesta kommun: Susanne Berger".
 */
export function formatAttendeeList(people: Attendee[], chairRole: ChairRole | null): string {
  const byOrganization = new Map<string | null, Attendee[]>();
  for (const person of people) {
    byOrganization.set(person.organization, [...(byOrganization.get(person.organization) ?? []), person]);
  }
  return [...byOrganization]
    .map(([organization, group]) => {
      const names = group.map((person) => formatAttendee(person, chairRole)).join(', ');
      return organization ? `${organization}: ${names}` : names;
    })
    .join('; ');
}

/** "§ 14 Lägesbild" in a protokoll, "3. Lägesbild" in minnesanteckningar. */
export function formatItemHeading(item: { number: string; title: string }): string {
  return item.number.startsWith('§') ? `${item.number} ${item.title}` : `${item.number}. ${item.title}`;
}

/** "titel, organisation" under a name in the signature block. */
export function formatRoleLine(person: PersonRef): string | null {
  const parts = [person.title, person.organization].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(', ') : null;
}

/** Decisions are stored with or without their leading "att"; print them the conventional way. */
export function formatDecisionClause(clause: string): string {
  const trimmed = clause.trim();
  return /^att\s/i.test(trimmed) ? trimmed : `att ${trimmed}`;
}

export function formatDue(action: { due: string | null; dueNextMeeting: boolean }): string {
  if (action.dueNextMeeting) return 'till nästa möte';
  return action.due ?? EMPTY_CELL;
}

export function formatAttachmentRefs(numbers: number[]): string | null {
  if (numbers.length === 0) return null;
  return `${numbers.length === 1 ? 'Bilaga' : 'Bilagor'} ${numbers.join(', ')}`;
}

export type TextBlock = { type: 'paragraph'; text: string } | { type: 'bullets'; items: string[] };

const BULLET = /^\s*[-–•]\s+/;

/**
 * Notes as people type them: blank lines separate paragraphs, lines starting with "- " are
 * bullets, and other consecutive lines belong to one paragraph.
 */
export function parseText(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      current = null;
    } else if (BULLET.test(line)) {
      const item = line.replace(BULLET, '').trim();
      if (current?.type === 'bullets') current.items.push(item);
      else blocks.push((current = { type: 'bullets', items: [item] }));
    } else if (current?.type === 'paragraph') {
      current.text = `${current.text} ${line.trim()}`;
    } else {
      blocks.push((current = { type: 'paragraph', text: line.trim() }));
    }
  }
  return blocks;
}

/** Table cells have no room for real lists, so bullets become "•" lines. */
export function formatCellText(text: string | null): string {
  if (!text || text.trim() === '') return EMPTY_CELL;
  return parseText(text)
    .flatMap((block) => (block.type === 'paragraph' ? [block.text] : block.items.map((item) => `• ${item}`)))
    .join('\n');
}
