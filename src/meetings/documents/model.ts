// What a set of minutes says, independent of where it came from: the meeting service builds it
// from the database, and the DOCX and PDF renderers turn it into documents.

export type DocumentType = 'minnesanteckningar' | 'protokoll';
export type ItemKind = 'beslut' | 'information' | 'rapport' | 'ovrigt';
export type ChairRole = 'ordforande' | 'motesledare' | 'sammankallande';
export type AttendanceStatus = 'present' | 'absent' | 'substitute';
export type ParticipantCategory = 'ledamot' | 'ersattare' | 'tjansteperson';
export type ActionStatus = 'open' | 'in_progress' | 'done' | 'cancelled';
export type StrainLevel = 'normal' | 'strained' | 'very_strained' | 'critical';

export interface PersonRef {
  name: string;
  title: string | null;
  organization: string | null;
}

export interface MinutesItem {
  /** As printed: "§ 14" in a protokoll (the § as the meeting numbered it), "3" in minnesanteckningar. */
  number: string;
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
  followUps?: {
    owner: string;
    task: string;
    status: ActionStatus;
    comment: string | null;
    /** YYYY-MM-DD of the meeting that gave the uppdrag. */
    fromMeetingDate: string;
  }[];
}

export interface Attendee {
  name: string;
  organization: string | null;
  /** substitute: sat in for `substituteFor`. */
  status: AttendanceStatus;
  category: ParticipantCategory | null;
  substituteFor: string | null;
  /** Job title, printed after the name: "Anna Berg, socialchef". */
  title: string | null;
  /** Chaired the meeting, marked "(ordförande)" in the list. */
  isChair: boolean;
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
  /** Everyone who was there or was expected, in the forum's order. */
  attendance: Attendee[];
  items: MinutesItem[];
  attachments: { number: number; title: string }[];
  /** 1 for the first justerade version; corrections count up. */
  version: number;
  /** SHA-256 of the frozen snapshot a justerad version is printed from; null for drafts. */
  checksum: string | null;
  status: 'draft' | 'in_review' | 'approved' | 'published';
}

export type Situation = NonNullable<MinutesItem['situation']>;

/** The lägesbild of a round on its own, as the lägesbild PDF prints it. */
export interface OverviewDocument {
  forumName: string;
  /** YYYY-MM-DD */
  periodStart: string;
  periodEnd: string;
  /** ISO instant of the reporting deadline. */
  deadline: string;
  /** ISO instant: the lägesbild is live, so the paper says when it was taken. */
  printedAt: string;
  situation: Situation;
}
