// The one walk over a MinutesDocument: it decides what the minutes say and in which order, as
// neutral blocks. The DOCX and PDF renderers only decide how each kind of block looks.
import {
  actionStatusLabels,
  chairRoleLabels,
  DRAFT_MARKER,
  EMPTY_CELL,
  documentTypeLabels,
  formatAttachmentRefs,
  formatAttendee,
  formatCellText,
  formatDecisionClause,
  formatDue,
  formatInstant,
  formatMeetingTime,
  formatRoleLine,
  isDraft,
  itemKindLabels,
  parseText,
  strainLevelLabels,
} from './format.ts';
import type { AttendanceStatus, MinutesDocument, MinutesItem, PersonRef } from './model.ts';

export interface Run {
  text: string;
  bold?: boolean;
}

export interface TableColumn {
  header: string;
  /** Relative width; renderers scale the weights to the page. */
  weight: number;
}

export interface SignatureCell {
  label: string;
  name: string;
  /** Smaller lines under the name: title and organisation, digital approval. */
  details: string[];
}

export type Block =
  | { type: 'draftMarker'; text: string }
  | { type: 'title'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'label'; text: string }
  | { type: 'paragraph'; runs: Run[]; indent?: boolean; keepWithNext?: boolean }
  | { type: 'bullets'; items: string[] }
  /** A bold line followed by plain lines without spacing, e.g. an organisation and its people. */
  | { type: 'group'; title: string; lines: string[] }
  | { type: 'table'; caption: string | null; columns: TableColumn[]; rows: string[][] }
  /** Laid out two by two, as signatures are on paper. */
  | { type: 'signatures'; rows: [SignatureCell, SignatureCell | null][] };

export interface PageHeader {
  documentType: string;
  isDraft: boolean;
  /** Right-hand lines above the page number: "Datum …", "Dnr …". */
  lines: string[];
}

export interface MinutesLayout {
  header: PageHeader;
  blocks: Block[];
  /** For document properties. */
  title: string;
}

export function buildMinutesLayout(doc: MinutesDocument): MinutesLayout {
  return {
    header: buildHeader(doc),
    title: doc.title,
    blocks: [
      ...(isDraft(doc) ? [{ type: 'draftMarker', text: `${DRAFT_MARKER} – ej justerat` } satisfies Block] : []),
      { type: 'title', text: doc.title },
      ...meetingFacts(doc),
      ...attendanceSection(doc, 'Närvarande', (status) => status !== 'absent'),
      ...attendanceSection(doc, 'Frånvarande', (status) => status === 'absent'),
      ...doc.items.flatMap((item) => itemBlocks(item, doc.forumName)),
      ...attachmentsSection(doc),
      ...signatureSection(doc),
    ],
  };
}

/** A meeting with no chair, secretary or adjusters has nobody to sign, and an empty table breaks pdfmake. */
function signatureSection(doc: MinutesDocument): Block[] {
  const cells = signatureCells(doc);
  return cells.length === 0 ? [] : [{ type: 'signatures', rows: pairUp(cells) }];
}

function buildHeader(doc: MinutesDocument): PageHeader {
  const lines = [`Datum ${doc.date}`];
  if (doc.diaryNumber) lines.push(`Dnr ${doc.diaryNumber}`);
  return { documentType: documentTypeLabels[doc.documentType], isDraft: isDraft(doc), lines };
}

function fact(label: string, value: string): Block {
  return { type: 'paragraph', runs: [{ text: `${label}: `, bold: true }, { text: value }] };
}

function meetingFacts(doc: MinutesDocument): Block[] {
  const facts = [fact('Tid', formatMeetingTime(doc.date, doc.startTime, doc.endTime))];
  if (doc.location) facts.push(fact('Plats', doc.location));
  if (doc.version > 1 || doc.checksum) {
    facts.push(fact('Version', doc.version > 1 ? `${doc.version} (rättad efter justering)` : String(doc.version)));
  }
  // The checksum of the frozen snapshot lets a reader tell that two copies are the same justerad version.
  if (doc.checksum) facts.push(fact('Kontrollsumma (SHA-256)', doc.checksum));
  return facts;
}

function attendanceSection(
  doc: MinutesDocument,
  heading: string,
  includes: (status: AttendanceStatus) => boolean,
): Block[] {
  const groups: Block[] = doc.attendance
    .map((group) => ({
      type: 'group' as const,
      title: group.organization,
      lines: group.people.filter((p) => includes(p.status)).map(formatAttendee),
    }))
    .filter((group) => group.lines.length > 0);
  return groups.length > 0 ? [{ type: 'heading', text: heading }, ...groups] : [];
}

function itemBlocks(item: MinutesItem, forumName: string): Block[] {
  return [
    { type: 'heading', text: `${item.number}. ${item.title}` },
    ...itemFacts(item),
    ...textBlocks(item.notes),
    ...situationBlocks(item),
    ...followUpBlocks(item),
    ...decisionBlocks(item, forumName),
    ...actionBlocks(item),
  ];
}

function itemFacts(item: MinutesItem): Block[] {
  const facts: Block[] = [];
  const label = [item.kind ? itemKindLabels[item.kind] : null, formatAttachmentRefs(item.attachmentNumbers)]
    .filter(Boolean)
    .join(' · ');
  if (label) facts.push({ type: 'label', text: label });
  if (item.presenters.length > 0) facts.push(fact('Föredragande', item.presenters.join(', ')));
  return facts;
}

function textBlocks(text: string | null): Block[] {
  if (!text) return [];
  return parseText(text).map((block): Block =>
    block.type === 'bullets' ? block : { type: 'paragraph', runs: [{ text: block.text }] },
  );
}

function decisionBlocks(item: MinutesItem, forumName: string): Block[] {
  if (item.decisions.length === 0) return [];
  return [
    { type: 'paragraph', runs: [{ text: `${forumName} beslutade` }], keepWithNext: true },
    ...item.decisions.map((clause): Block => ({
      type: 'paragraph',
      runs: [{ text: formatDecisionClause(clause) }],
      indent: true,
    })),
  ];
}

function actionBlocks(item: MinutesItem): Block[] {
  if (item.actions.length === 0) return [];
  return [
    {
      type: 'table',
      caption: null,
      columns: [
        { header: 'Uppdrag', weight: 6 },
        { header: 'Ansvarig', weight: 3 },
        { header: 'Klart senast', weight: 2 },
      ],
      rows: item.actions.map((action) => [action.task, action.owner, formatDue(action)]),
    },
  ];
}

function situationBlocks(item: MinutesItem): Block[] {
  if (!item.situation) return [];
  const { roundTitle, rows, summary } = item.situation;
  return [
    {
      type: 'table',
      caption: `Lägesbild: ${roundTitle}`,
      columns: [
        { header: 'Verksamhet', weight: 3 },
        { header: 'Läge', weight: 2 },
        { header: 'Nuläge', weight: 4 },
        { header: 'Utmaning', weight: 4 },
        { header: 'Medskick', weight: 4 },
      ],
      rows: rows.map((row) => [
        row.organization,
        row.strainLevel ? strainLevelLabels[row.strainLevel] : EMPTY_CELL,
        formatCellText(row.current),
        formatCellText(row.challenges),
        formatCellText(row.input),
      ]),
    },
    ...(summary ? [{ type: 'label', text: 'Summering' } satisfies Block, ...textBlocks(summary)] : []),
  ];
}

function followUpBlocks(item: MinutesItem): Block[] {
  if (!item.followUps || item.followUps.length === 0) return [];
  return [
    {
      type: 'table',
      caption: 'Uppföljning av uppdrag',
      columns: [
        { header: 'Uppdrag', weight: 5 },
        { header: 'Ansvarig', weight: 3 },
        { header: 'Status', weight: 2 },
        { header: 'Kommentar', weight: 5 },
      ],
      rows: item.followUps.map((followUp) => [
        `${followUp.task}\nFrån mötet ${followUp.fromMeeting}`,
        followUp.owner,
        actionStatusLabels[followUp.status],
        formatCellText(followUp.comment),
      ]),
    },
  ];
}

function attachmentsSection(doc: MinutesDocument): Block[] {
  if (doc.attachments.length === 0) return [];
  const sorted = [...doc.attachments].sort((a, b) => a.number - b.number);
  return [
    { type: 'heading', text: 'Bilagor' },
    ...sorted.map((a): Block => ({
      type: 'paragraph',
      runs: [{ text: `Bilaga ${a.number}`, bold: true }, { text: ` ${a.title}` }],
    })),
  ];
}

function signatureCells(doc: MinutesDocument): SignatureCell[] {
  const cells: SignatureCell[] = [];
  if (doc.secretary) cells.push(signatureCell('Vid anteckningarna', doc.secretary));
  if (doc.chair) cells.push(signatureCell(chairRoleLabels[doc.chair.role], doc.chair));
  for (const adjuster of doc.adjusters) {
    const approval = adjuster.approvedAt ? [`Justerat digitalt ${formatInstant(adjuster.approvedAt)}`] : [];
    const cell = signatureCell('Justerare', adjuster);
    cells.push({ ...cell, details: [...cell.details, ...approval] });
  }
  return cells;
}

function signatureCell(label: string, person: PersonRef): SignatureCell {
  const role = formatRoleLine(person);
  return { label, name: person.name, details: role ? [role] : [] };
}

function pairUp<T>(values: T[]): [T, T | null][] {
  const pairs: [T, T | null][] = [];
  for (let index = 0; index < values.length; index += 2) {
    const first = values[index];
    if (first !== undefined) pairs.push([first, values[index + 1] ?? null]);
  }
  return pairs;
}
