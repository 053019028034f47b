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
