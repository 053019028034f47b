export type ItemKind = 'beslut' | 'information' | 'rapport' | 'ovrigt';

export interface Attendee {
  name: string;
  organization: string | null;
  role: string | null;
}

export interface Action {
  owner: string | null;
  task: string;
  due: string | null;
}

export interface MinutesItem {
  number: string | null;
  title: string;
  kind: ItemKind | null;
  presenters: string[];
  decisions: string[];
  actions: Action[];
  /**
   * Everything of the item's text that was not read as a decision, a presenter line or a heading,
   * paragraphs separated by a blank line (actions stay in their sentences here too). Text before the
   * first item that is not metadata or attendance lands in the first item's notes: nothing is dropped.
   */
  notes: string;
}

export interface StatusReport {
  organization: string;
  current: string | null;
  challenge: string | null;
  input: string | null;
}

/** The SCHEMA.md object; keys are declared in schema order and must be emitted in that order. */
export interface ParsedMinutes {
  title: string;
  body: string | null;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  diaryNumber: string | null;
  chair: string | null;
  secretary: string | null;
  adjuster: string | null;
  attendees: Attendee[];
  items: MinutesItem[];
  statusReports: StatusReport[];
  followUpMeetings: string[];
  /**
   * Text of the document that belongs to no item (not part of SCHEMA.md, so `toSchemaObject` leaves it out): the
   * certificate and head of a protocol cut before its first paragraph, or leftover text of minutes in which no item
   * was found. Shown and editable in the import preview; the import saves it with the meeting.
   */
  notes: string;
}

/** The fields the parser reports its confidence for (lists count as one field each); schema.ts spells them out too. */
export const CONFIDENCE_FIELDS = [
  'title',
  'date',
  'startTime',
  'endTime',
  'location',
  'diaryNumber',
  'chair',
  'secretary',
  'adjuster',
  'attendees',
  'items',
  'statusReports',
] as const;
export type ConfidenceField = (typeof CONFIDENCE_FIELDS)[number];

export interface FieldConfidence {
  /** 0 = nothing found or a wild guess, 1 = read from an explicit label or structure. */
  score: number;
  /**
   * The value was inferred rather than read from a label ("Datum:", "Ordförande:", a § chain):
   * a date from running prose, a chair from "X öppnar mötet", one container item. The preview marks it.
   */
  guessed: boolean;
}

export type ParseConfidence = Record<ConfidenceField, FieldConfidence>;

/** What `parseMinutesText` returns: the schema object, then how sure the parser is per field. */
export interface MinutesParseResult extends ParsedMinutes {
  confidence: ParseConfidence;
}

export const SCHEMA_KEYS = [
  'title',
  'body',
  'date',
  'startTime',
  'endTime',
  'location',
  'diaryNumber',
  'chair',
  'secretary',
  'adjuster',
  'attendees',
  'items',
  'statusReports',
  'followUpMeetings',
] as const satisfies readonly (keyof ParsedMinutes)[];

/** The SCHEMA.md object of a parse result (what `samverkan minutes parse` prints): the 14 keys in order. */
export function toSchemaObject(result: ParsedMinutes): ParsedMinutes {
  const out: Partial<Record<keyof ParsedMinutes, unknown>> = {};
  for (const key of SCHEMA_KEYS) out[key] = result[key];
  return out as ParsedMinutes;
}
