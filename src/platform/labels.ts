// The words for the platform's fixed values (statuses, kinds, levels), in both languages. This is
// the single source: the web app's locale files, the minutes documents (DOCX, PDF), the mail and
// the audit log all take their words from here, so a status reads the same everywhere.
// Browser-safe: no server-only imports.

export type Locale = 'sv' | 'en';
export interface Labels {
  sv: string;
  en: string;
}

export const strainLevelLabels = {
  normal: { sv: 'Normalläge', en: 'Normal' },
  strained: { sv: 'Ansträngt', en: 'Strained' },
  very_strained: { sv: 'Mycket ansträngt', en: 'Very strained' },
  critical: { sv: 'Kritiskt', en: 'Critical' },
} as const satisfies Record<string, Labels>;

export const actionStatusLabels = {
  open: { sv: 'Öppet', en: 'Open' },
  in_progress: { sv: 'Pågår', en: 'In progress' },
  done: { sv: 'Klart', en: 'Done' },
  cancelled: { sv: 'Struket', en: 'Cancelled' },
} as const satisfies Record<string, Labels>;

/** Where a message in the outbox stands. */
export const mailStatusLabels = {
  queued: { sv: 'Väntar i utkorgen', en: 'Waiting in the outbox' },
  sending: { sv: 'Skickas nu', en: 'Being sent' },
  sent: { sv: 'Skickad', en: 'Sent' },
  failed: { sv: 'Kunde inte skickas', en: 'Could not be sent' },
  held: { sv: 'Inte skickad (ingen e-postserver)', en: 'Not sent (no mail server)' },
  opted_out: {
    sv: 'Inte skickad: mottagaren har stängt av den här sortens e-post',
    en: 'Not sent: the recipient has turned this kind of mail off',
  },
} as const satisfies Record<string, Labels>;

export const roundStatusLabels = {
  open: { sv: 'Öppen', en: 'Open' },
  closed: { sv: 'Stängd', en: 'Closed' },
} as const satisfies Record<string, Labels>;

export const meetingStatusLabels = {
  planned: { sv: 'Planerat', en: 'Planned' },
  held: { sv: 'Hållet, anteckningar pågår', en: 'Held, minutes in progress' },
  in_review: { sv: 'Under justering', en: 'Out for approval' },
  approved: { sv: 'Justerat', en: 'Approved' },
  published: { sv: 'Publicerat', en: 'Published' },
  imported: { sv: 'Importerat från äldre anteckningar', en: 'Imported from earlier minutes' },
  cancelled: { sv: 'Inställt', en: 'Cancelled' },
} as const satisfies Record<string, Labels>;

export const itemKindLabels = {
  beslut: { sv: 'Beslutsärende', en: 'For decision' },
  information: { sv: 'Informationsärende', en: 'Information' },
  rapport: { sv: 'Rapport', en: 'Report' },
  ovrigt: { sv: 'Övrigt', en: 'Other' },
} as const satisfies Record<string, Labels>;

export const documentTypeLabels = {
  minnesanteckningar: { sv: 'Minnesanteckningar', en: 'Minutes' },
  protokoll: { sv: 'Protokoll', en: 'Formal minutes (protokoll)' },
} as const satisfies Record<string, Labels>;

export const chairRoleLabels = {
  ordforande: { sv: 'Ordförande', en: 'Chair' },
  motesledare: { sv: 'Mötesledare', en: 'Meeting leader' },
  sammankallande: { sv: 'Sammankallande', en: 'Convener' },
} as const satisfies Record<string, Labels>;

export const attendanceStatusLabels = {
  invited: { sv: 'Kallad', en: 'Invited' },
  present: { sv: 'Närvarande', en: 'Present' },
  absent: { sv: 'Frånvarande', en: 'Absent' },
  substitute: { sv: 'Ersättare', en: 'Substitute' },
} as const satisfies Record<string, Labels>;

export const organizationKindLabels = {
  region: { sv: 'Region', en: 'Region' },
  kommun: { sv: 'Kommun', en: 'Municipality' },
  sjukhus: { sv: 'Sjukhus', en: 'Hospital' },
  primarvard: { sv: 'Primärvård', en: 'Primary care' },
  privat_vardgivare: { sv: 'Privat vårdgivare', en: 'Private care provider' },
  myndighet: { sv: 'Myndighet', en: 'Government agency' },
  annan: { sv: 'Annan', en: 'Other' },
} as const satisfies Record<string, Labels>;

export const roleLabels = {
  coordinator: { sv: 'Samordnare', en: 'Coordinator' },
  reporter: { sv: 'Rapportör', en: 'Reporter' },
  reader: { sv: 'Läsare', en: 'Reader' },
  admin: { sv: 'Administratör', en: 'Administrator' },
} as const satisfies Record<string, Labels>;

export const indicatorKindLabels = {
  integer: { sv: 'Heltal', en: 'Whole number' },
  decimal: { sv: 'Decimaltal', en: 'Decimal number' },
  percent: { sv: 'Procent', en: 'Percentage' },
  days: { sv: 'Dagar', en: 'Days' },
  capacity: { sv: 'Antal mot kapacitet', en: 'Count against capacity' },
} as const satisfies Record<string, Labels>;

export const higherIsLabels = {
  worse: { sv: 'Högre värde är sämre', en: 'Higher is worse' },
  better: { sv: 'Högre värde är bättre', en: 'Higher is better' },
} as const satisfies Record<string, Labels>;

export const languageLabels = {
  sv: { sv: 'Svenska', en: 'Swedish' },
  en: { sv: 'Engelska', en: 'English' },
} as const satisfies Record<string, Labels>;

/** ISO weekdays, 1 = Monday. */
export const weekdayLabels = {
  '1': { sv: 'måndag', en: 'Monday' },
  '2': { sv: 'tisdag', en: 'Tuesday' },
  '3': { sv: 'onsdag', en: 'Wednesday' },
  '4': { sv: 'torsdag', en: 'Thursday' },
  '5': { sv: 'fredag', en: 'Friday' },
  '6': { sv: 'lördag', en: 'Saturday' },
  '7': { sv: 'söndag', en: 'Sunday' },
} as const satisfies Record<string, Labels>;

export const yesNoLabels = {
  true: { sv: 'Ja', en: 'Yes' },
  false: { sv: 'Nej', en: 'No' },
} as const satisfies Record<string, Labels>;

/**
 * Units people type for indicators, in English. A unit not listed here is shown as typed; a
 * coordinator who writes an English unit gets it back unchanged.
 */
export const unitLabels = {
  st: { sv: 'st', en: 'pcs' },
  dagar: { sv: 'dagar', en: 'days' },
  dag: { sv: 'dag', en: 'day' },
  timmar: { sv: 'timmar', en: 'hours' },
  veckor: { sv: 'veckor', en: 'weeks' },
  platser: { sv: 'platser', en: 'places' },
  personer: { sv: 'personer', en: 'people' },
  patienter: { sv: 'patienter', en: 'patients' },
  '%': { sv: '%', en: '%' },
} as const satisfies Record<string, Labels>;

/** The word for a value in a table, or the value itself when the table does not know it. */
export function labelOf(table: Record<string, Labels>, value: string, locale: Locale): string {
  return Object.hasOwn(table, value) ? table[value]![locale] : value;
}

/** An indicator's unit as written in the language: "st" is "pcs" in English. */
export function unitLabel(unit: string, locale: Locale): string {
  return labelOf(unitLabels, unit.trim(), locale);
}

/**
 * A round title in the language. Titles are stored as typed; the default "v. 5 2021" (see
 * weekTitle in time.ts) reads "Week 5 2021" in English, and any other title is kept as written.
 */
export function roundTitleLabel(title: string, locale: Locale): string {
  const week = /^v\. (\d{1,2}) (\d{4})$/.exec(title);
  if (!week || locale === 'sv') return title;
  return `Week ${week[1]} ${week[2]}`;
}

/** A whole table in one language: { open: 'Öppet', … }. */
export function wordsIn<Table extends Record<string, Labels>>(
  table: Table,
  locale: Locale,
): Record<keyof Table, string> {
  return Object.fromEntries(Object.entries(table).map(([key, labels]) => [key, labels[locale]])) as Record<
    keyof Table,
    string
  >;
}
