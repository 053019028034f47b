// The one walk over a MinutesDocument: it decides what the minutes say and in which order, as
// neutral blocks. The DOCX and PDF renderers only decide how each kind of block looks.
import {
  actionStatusLabels,
  chairRoleLabels,
  DRAFT_MARKER,
  EMPTY_CELL,
  documentTypeLabels,
  formatAttachmentRefs,
  formatAttendeeList,
  formatCellText,
  formatDecisionClause,
  formatDue,
  formatFigure,
  formatInstant,
  formatItemHeading,
  formatMeetingTime,
  formatRoleLine,
  isDraft,
  itemKindLabels,
  formatReportStatus,
  parseText,
  strainLevelLabels,
} from './format.ts';
import type {
  Attendee,
  MinutesDocument,
  MinutesItem,
  OverviewDocument,
  ParticipantCategory,
  PersonRef,
  Situation,
} from './model.ts';

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
  | { type: 'table'; caption: string | null; columns: TableColumn[]; rows: string[][] }
  /** Laid out two by two, as signatures are on paper. */
  | { type: 'signatures'; rows: [SignatureCell, SignatureCell | null][] }
  /** Printed on one page, moved to the next one as a whole when it does not fit. */
  | { type: 'keepTogether'; blocks: Block[] };

export interface PageHeader {
  documentType: string;
  /** Named on every page, since a title need not say whose minutes these are. */
  forumName: string;
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
  const body: Block[] = [
    ...(isDraft(doc) ? [{ type: 'draftMarker', text: `${DRAFT_MARKER} – ej justerat` } satisfies Block] : []),
    { type: 'title', text: doc.title },
    ...meetingFacts(doc),
    ...attendanceSection(doc),
    ...doc.items.flatMap((item) => itemBlocks(item, doc.forumName)),
    ...attachmentsSection(doc),
  ];
  const cells = signatureCells(doc);
  // A meeting with no chair, secretary or adjusters has nobody to sign, and an empty table breaks pdfmake.
  const blocks = cells.length === 0 ? body : withSignatures(body, { type: 'signatures', rows: pairUp(cells) });
  return { header: buildHeader(doc), title: doc.title, blocks };
}

/**
 * The signatures attest the text above them, so they never stand alone on a page: the last
 * paragraph goes with them, and with it the heading or "X beslutade" that leads into it.
 */
function withSignatures(body: Block[], signatures: Block): Block[] {
  let start = body.length - 1;
  if (body[start]?.type !== 'paragraph') return [...body, signatures];
  while (start > 0 && leadsIntoNext(body[start - 1]!)) start--;
  const kept = body
    .slice(start)
    .map((block): Block => (block.type === 'paragraph' ? { ...block, keepWithNext: true } : block));
  return [...body.slice(0, start), { type: 'keepTogether', blocks: [...kept, signatures] }];
}

function leadsIntoNext(block: Block): boolean {
  return (
    block.type === 'heading' || block.type === 'label' || (block.type === 'paragraph' && Boolean(block.keepWithNext))
  );
}

function buildHeader(doc: MinutesDocument): PageHeader {
  const lines = [`Datum ${doc.date}`];
  if (doc.diaryNumber) lines.push(`Dnr ${doc.diaryNumber}`);
  return {
    documentType: documentTypeLabels[doc.documentType],
    forumName: doc.forumName,
    isDraft: isDraft(doc),
    lines,
  };
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

const categoryGroups: [ParticipantCategory, string][] = [
  ['ledamot', 'Ledamöter'],
  ['ersattare', 'Ersättare'],
  ['tjansteperson', 'Tjänstepersoner'],
];

/**
 * Närvarande as the genre writes it: one run-in paragraph per group ("Ledamöter: Region Dalarna:
 * A (ordförande), B; Avesta kommun: C"), each organisation named once, so that 80 people take a
 * third of a page instead of three pages. Where the secretary has told ledamöter, ersättare and
 * tjänstepersoner apart they are listed apart; the rest are "Övriga".
 */
function attendanceSection(doc: MinutesDocument): Block[] {
  const present = doc.attendance.filter((person) => person.status !== 'absent');
  const absent = doc.attendance.filter((person) => person.status === 'absent');
  if (present.length === 0 && absent.length === 0) return [];
  const chairRole = doc.chair?.role ?? null;
  const runIn = (label: string | null, people: Attendee[]): Block[] => {
    if (people.length === 0) return [];
    const names = formatAttendeeList(people, chairRole);
    return [{ type: 'paragraph', runs: [...(label ? [{ text: `${label}: `, bold: true }] : []), { text: names }] }];
  };
  const groupOf = (person: Attendee) => person.category ?? (person.status === 'substitute' ? 'ersattare' : null);
  // A substitute alone does not make a list by category: the others would all be "Övriga".
  const isCategorised = present.some((person) => person.category !== null && person.status !== 'substitute');
  const presentBlocks = isCategorised
    ? [
        ...categoryGroups.flatMap(([category, label]) =>
          runIn(
            label,
            present.filter((person) => groupOf(person) === category),
          ),
        ),
        ...runIn(
          'Övriga',
          present.filter((person) => groupOf(person) === null),
        ),
      ]
    : runIn(null, present);
  return [{ type: 'heading', text: 'Närvarande' }, ...presentBlocks, ...runIn('Frånvarande', absent)];
}

function itemBlocks(item: MinutesItem, forumName: string): Block[] {
  return [
    { type: 'heading', text: formatItemHeading(item) },
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

/** The lägesbild PDF: the same tables as in the minutes, headed by the round and when it was printed. */
export function buildOverviewLayout(doc: OverviewDocument): MinutesLayout {
  const { situation } = doc;
  const reported = situation.rows.filter((row) => row.reportStatus !== 'missing').length;
  const title = `Lägesbild ${situation.roundTitle}`;
  return {
    title,
    header: {
      documentType: 'Lägesbild',
      forumName: doc.forumName,
      isDraft: false,
      lines: [`Period ${doc.periodStart}–${doc.periodEnd}`, `Utskriven ${formatInstant(doc.printedAt)}`],
    },
    blocks: [
      { type: 'title', text: title },
      fact('Sista dag för rapport', formatInstant(doc.deadline)),
      fact('Rapporterat', `${reported} av ${situation.rows.length}`),
      ...situationBlocks({ situation }),
    ],
  };
}

function situationBlocks(item: Pick<MinutesItem, 'situation'>): Block[] {
  if (!item.situation) return [];
  const { summary } = item.situation;
  return [
    ...situationTables(item.situation),
    ...(summary ? [{ type: 'label', text: 'Summering' } satisfies Block, ...textBlocks(summary)] : []),
  ];
}

/**
 * The lägesbild as the page shows it: each member's reporting status and strain in words, their
 * texts, and the indicator figures. Shared by the minutes and the lägesbild PDF.
 */
export function situationTables(situation: Situation): Block[] {
  return [
    {
      type: 'table',
      caption: `Lägesbild: ${situation.roundTitle}`,
      columns: [
        { header: 'Verksamhet', weight: 3 },
        { header: 'Rapport', weight: 2.8 },
        { header: 'Läge', weight: 2.6 },
        { header: 'Nuläge', weight: 4 },
        { header: 'Utmaning', weight: 4 },
        { header: 'Medskick', weight: 4 },
      ],
      rows: situation.rows.map((row) => [
        row.organization,
        formatReportStatus(row),
        row.strainLevel ? strainLevelLabels[row.strainLevel] : EMPTY_CELL,
        formatCellText(row.current),
        formatCellText(row.challenges),
        formatCellText(row.input),
      ]),
    },
    ...indicatorTables(situation),
  ];
}

/** Indicator columns per table: more would squeeze the figures on a portrait A4 page. */
const INDICATORS_PER_TABLE = 5;

/** One row per member and a closing total; many indicators are split over several tables of the same rows. */
function indicatorTables(situation: Situation): Block[] {
  const chunks: Situation['indicators'][] = [];
  for (let start = 0; start < situation.indicators.length; start += INDICATORS_PER_TABLE) {
    chunks.push(situation.indicators.slice(start, start + INDICATORS_PER_TABLE));
  }
  return chunks.map((indicators, index): Block => ({
    type: 'table',
    caption: index === 0 ? 'Indikatorer' : 'Indikatorer (forts.)',
    columns: [
      { header: 'Verksamhet', weight: 3 },
      ...indicators.map((indicator) => ({ header: `${indicator.name} (${indicator.unit})`, weight: 2 })),
    ],
    rows: [
      ...situation.rows.map((row, rowIndex) => [
        row.organization,
        ...indicators.map((indicator) => formatFigure(indicator.values[rowIndex] ?? null)),
      ]),
      [
        'Totalt',
        ...indicators.map(
          ({ total }) =>
            `${formatFigure(total.value)}\n${total.method === 'sum' ? 'summa' : 'median'}, ${total.reported} av ${total.expected} har rapporterat`,
        ),
      ],
    ],
  }));
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
        `${followUp.task}\nFrån mötet ${followUp.fromMeetingDate}`,
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
