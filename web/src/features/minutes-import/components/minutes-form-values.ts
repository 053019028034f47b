import type { z } from 'zod';
import type { ParsedMinutes } from '../api/import-minutes.ts';

let nextKey = 0;
const key = () => `k${++nextKey}`;

export interface FormAction {
  key: string;
  owner: string;
  task: string;
  due: string;
}

export interface FormItem {
  key: string;
  number: string;
  title: string;
  kind: string;
  /** Comma-separated names, as typed. */
  presenters: string;
  /** One decision per line, as typed. */
  decisions: string;
  actions: FormAction[];
  /** The item's text that the parser did not read as a decision or heading, as written. */
  notes: string;
}

export interface FormAttendee {
  key: string;
  name: string;
  organization: string;
  role: string;
}

export interface MinutesFormValues {
  meta: Record<
    | 'title'
    | 'body'
    | 'date'
    | 'startTime'
    | 'endTime'
    | 'location'
    | 'diaryNumber'
    | 'chair'
    | 'secretary'
    | 'adjuster',
    string
  >;
  attendees: FormAttendee[];
  items: FormItem[];
  /** Text of the file outside every item (a protocol cut after its first page), as written. */
  notes: string;
}

export const newAttendee = (): FormAttendee => ({ key: key(), name: '', organization: '', role: '' });
export const newAction = (): FormAction => ({ key: key(), owner: '', task: '', due: '' });
export const newItem = (): FormItem => ({
  key: key(),
  number: '',
  title: '',
  kind: '',
  presenters: '',
  decisions: '',
  actions: [],
  notes: '',
});

/** The parsed minutes as form text: empty strings for what was not found. */
export function toFormValues(minutes: ParsedMinutes): MinutesFormValues {
  return {
    meta: {
      title: minutes.title,
      body: minutes.body ?? '',
      date: minutes.date ?? '',
      startTime: minutes.startTime ?? '',
      endTime: minutes.endTime ?? '',
      location: minutes.location ?? '',
      diaryNumber: minutes.diaryNumber ?? '',
      chair: minutes.chair ?? '',
      secretary: minutes.secretary ?? '',
      adjuster: minutes.adjuster ?? '',
    },
    attendees: minutes.attendees.map((a) => ({
      key: key(),
      name: a.name,
      organization: a.organization ?? '',
      role: a.role ?? '',
    })),
    items: minutes.items.map((item) => ({
      key: key(),
      number: item.number ?? '',
      title: item.title,
      kind: item.kind ?? '',
      presenters: item.presenters.join(', '),
      decisions: item.decisions.join('\n'),
      actions: item.actions.map((a) => ({ key: key(), owner: a.owner ?? '', task: a.task, due: a.due ?? '' })),
      notes: item.notes,
    })),
    notes: minutes.notes,
  };
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);
const lines = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);

/** The corrected minutes to save; what the form does not show (status reports, follow-up dates) is kept as parsed. */
export function toParsedMinutes(values: MinutesFormValues, original: ParsedMinutes): ParsedMinutes {
  const { meta } = values;
  return {
    title: meta.title.trim(),
    body: orNull(meta.body),
    date: orNull(meta.date),
    startTime: orNull(meta.startTime),
    endTime: orNull(meta.endTime),
    location: orNull(meta.location),
    diaryNumber: orNull(meta.diaryNumber),
    chair: orNull(meta.chair),
    secretary: orNull(meta.secretary),
    adjuster: orNull(meta.adjuster),
    attendees: values.attendees.map((a) => ({
      name: a.name.trim(),
      organization: orNull(a.organization),
      role: orNull(a.role),
    })),
    items: values.items.map((item) => ({
      number: orNull(item.number),
      title: item.title.trim(),
      kind: (orNull(item.kind) as ParsedMinutes['items'][number]['kind']) ?? null,
      presenters: lines(item.presenters, /,/),
      decisions: lines(item.decisions, /\n/),
      actions: item.actions.map((a) => ({ owner: orNull(a.owner), task: a.task.trim(), due: orNull(a.due) })),
      notes: item.notes.trim(),
    })),
    statusReports: original.statusReports,
    followUpMeetings: original.followUpMeetings,
    notes: values.notes.trim(),
  };
}

export type PathErrors = Partial<Record<string, string>>;

/** "body.minutes.items.0.title" and "items.0.title" both → "items.0.title". */
export function formPath(path: string): string {
  return path.replace(/^body\./, '').replace(/^minutes\./, '');
}

/** Errors by their full path ("items.0.decisions.1" is shown on item 1's decisions field, "items.0.decisions"). */
export function errorsByPath(
  issues: readonly { path: readonly PropertyKey[] | string; message: string }[],
): PathErrors {
  const errors: PathErrors = {};
  for (const issue of issues) {
    const path = formPath(typeof issue.path === 'string' ? issue.path : issue.path.map(String).join('.'));
    // Decisions and presenters are one field each in the form; an error on one entry marks the field.
    const field = path.replace(/^(items\.\d+\.(?:decisions|presenters))\.\d+$/, '$1');
    errors[field] ??= issue.message;
  }
  return errors;
}

export type ZodIssues = z.core.$ZodIssue[];
