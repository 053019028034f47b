// What a set of minutes says, independent of where it came from: the meeting service builds it
// from the database, and the DOCX and PDF renderers turn it into documents.

export type DocumentType = 'minnesanteckningar' | 'protokoll';
export type ItemKind = 'beslut' | 'information' | 'rapport' | 'ovrigt';
export type ChairRole = 'ordforande' | 'motesledare' | 'sammankallande';
export type AttendanceStatus = 'present' | 'absent' | 'substitute';
export type ActionStatus = 'open' | 'in_progress' | 'done' | 'cancelled';
export type StrainLevel = 'normal' | 'strained' | 'very_strained' | 'critical';

export interface PersonRef {
  name: string;
  title: string | null;
  organization: string | null;
}

export interface MinutesItem {
  /** 1-based, as printed ("3."). */
  number: number;
  title: string;
  kind: ItemKind | null;
  presenters: string[];
  /** Paragraphs separated by blank lines; lines starting with "- " are bullets. */
  notes: string;
  /** Each an "att …" clause, printed under "<forum> beslutade". */
  decisions: string[];
  actions: { owner: string; task: string; due: string | null; dueNextMeeting: boolean }[];
  /** Numbers of the bilagor this item refers to. */
  attachmentNumbers: number[];
  /** The round's table, on the "Lägesbild" item. */
  situation?: {
    roundTitle: string;
    rows: {
      organization: string;
      /** late = filed after the deadline; missing = not filed when the version was frozen. */
      reportStatus: 'submitted' | 'late' | 'missing';
      /** Filed by the coordinator on the organisation's behalf. */
      filedOnBehalf: boolean;
      strainLevel: StrainLevel | null;
      current: string | null;
      challenges: string | null;
      input: string | null;
    }[];
    summary: string | null;
    /** The round's indicator figures, one value per row of `rows` (null = not reported). */
    indicators: {
      name: string;
      unit: string;
      values: (number | null)[];
      total: { method: 'sum' | 'median'; value: number | null; reported: number; expected: number };
    }[];
  };
  /** Earlier uppdrag followed up, on the "Uppföljning av uppdrag" item. */
  followUps?: { owner: string; task: string; status: ActionStatus; comment: string | null; fromMeeting: string }[];
}

export interface MinutesDocument {
  documentType: DocumentType;
  forumName: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  diaryNumber: string | null;
  chair: (PersonRef & { role: ChairRole }) | null;
  secretary: PersonRef | null;
  adjusters: (PersonRef & { approvedAt: string | null })[];
  /** Grouped by organisation, in the forum's order. */
  attendance: {
    organization: string;
    people: { name: string; title: string | null; status: AttendanceStatus; substituteFor: string | null }[];
  }[];
  items: MinutesItem[];
  attachments: { number: number; title: string }[];
  /** 1 for the first justerade version; corrections count up. */
  version: number;
  /** SHA-256 of the frozen snapshot a justerad version is printed from; null for drafts. */
  checksum: string | null;
  status: 'draft' | 'in_review' | 'approved' | 'published';
}
