import { DomUtils, Parser, parseDocument } from 'htmlparser2';
import { formatNumber } from './lines.ts';

/**
 * Word's automatic numbering, which mammoth's model only marks as "ordered or not": the numbers and bullets Word shows
 * before a paragraph, computed from numbering.xml (ECMA-376 Part 1, 17.9) and written into document.xml as the text a
 * typist would have typed ("1. ", "2.1 ", "§ 12 ", "a) ", "• "), before mammoth reads the file.
 */

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { name: string; attribs: Record<string, string> }>;

interface Level {
  start: number;
  format: string;
  text: string;
  /** Restarts after a paragraph at a level above this one (0-based): its own level by default, never when 0. */
  restart: number | null;
  legal: boolean;
}

interface Num {
  abstractId: string;
  /** Levels redefined and start values set by the list instance (`w:lvlOverride`). */
  levels: Map<number, Level>;
  starts: Map<number, number>;
}

interface Definitions {
  abstracts: Map<string, { levels: Map<number, Level>; styleLink?: string }>;
  nums: Map<string, Num>;
  /** Paragraph styles' own numbering (`w:style/w:pPr/w:numPr`) and the style they are based on. */
  styles: Map<string, { numId?: string; ilvl?: number; basedOn?: string }>;
  /** Numbering styles (`w:type="numbering"`): the list instance a `w:numStyleLink` points to. */
  numberingStyles: Map<string, string>;
  /** Levels that name a paragraph style (`w:lvl/w:pStyle`): the list instance and level of that style. */
  levelStyles: Map<string, { numId: string; ilvl: number }>;
}

const parseXml = (xml: string) => parseDocument(xml, { xmlMode: true, decodeEntities: true });
const child = (el: Element | undefined, name: string): Element | undefined =>
  el?.children.find((c): c is Element => DomUtils.isTag(c) && c.name === name);
const val = (el: Element | undefined, name: string): string | undefined => child(el, name)?.attribs['w:val'];
const int = (text: string | undefined): number | undefined => {
  const n = Number.parseInt(text ?? '', 10);
  return Number.isFinite(n) ? n : undefined;
};

function readLevel(el: Element): Level {
  const restart = int(val(el, 'w:lvlRestart'));
  return {
    // ECMA-376 17.9.25: an omitted start is zero; Word always writes it.
    start: int(val(el, 'w:start')) ?? 0,
    format: val(el, 'w:numFmt') ?? 'decimal',
    text: val(el, 'w:lvlText') ?? '',
    restart: restart ?? null,
    legal: child(el, 'w:isLgl') !== undefined && val(el, 'w:isLgl') !== '0' && val(el, 'w:isLgl') !== 'false',
  };
}

function levels(el: Element): Map<number, Level> {
  const map = new Map<number, Level>();
  for (const lvl of DomUtils.getElementsByTagName('w:lvl', el.children, false) as Element[]) {
    map.set(int(lvl.attribs['w:ilvl']) ?? 0, readLevel(lvl));
  }
  return map;
}

export function readDefinitions(numberingXml = '', stylesXml = ''): Definitions {
  const defs: Definitions = {
    abstracts: new Map(),
    nums: new Map(),
    styles: new Map(),
    numberingStyles: new Map(),
    levelStyles: new Map(),
  };
  const numbering = parseXml(numberingXml);
  for (const el of DomUtils.getElementsByTagName('w:abstractNum', numbering.children) as Element[]) {
    defs.abstracts.set(el.attribs['w:abstractNumId'] ?? '', {
      levels: levels(el),
      styleLink: val(el, 'w:numStyleLink'),
    });
  }
  for (const el of DomUtils.getElementsByTagName('w:num', numbering.children) as Element[]) {
    const num: Num = { abstractId: val(el, 'w:abstractNumId') ?? '', levels: new Map(), starts: new Map() };
    for (const override of DomUtils.getElementsByTagName('w:lvlOverride', el.children, false) as Element[]) {
      const ilvl = int(override.attribs['w:ilvl']) ?? 0;
      const start = int(val(override, 'w:startOverride'));
      if (start !== undefined) num.starts.set(ilvl, start);
      const lvl = child(override, 'w:lvl');
      if (lvl) num.levels.set(ilvl, readLevel(lvl));
    }
    defs.nums.set(el.attribs['w:numId'] ?? '', num);
  }
  // The first list instance of each abstract definition, for levels tied to a paragraph style.
  for (const [numId, num] of defs.nums) {
    for (const lvl of DomUtils.getElementsByTagName('w:lvl', numbering.children) as Element[]) {
      const abstract = lvl.parent as Element | null;
      const style = val(lvl, 'w:pStyle');
      if (style && abstract?.attribs['w:abstractNumId'] === num.abstractId && !defs.levelStyles.has(style)) {
        defs.levelStyles.set(style, { numId, ilvl: int(lvl.attribs['w:ilvl']) ?? 0 });
      }
    }
  }
  for (const el of DomUtils.getElementsByTagName('w:style', parseXml(stylesXml).children) as Element[]) {
    const id = el.attribs['w:styleId'] ?? '';
    const numPr = child(child(el, 'w:pPr'), 'w:numPr');
    const numId = val(numPr, 'w:numId');
    if (el.attribs['w:type'] === 'numbering') {
      if (numId) defs.numberingStyles.set(id, numId);
    } else {
      defs.styles.set(id, { numId, ilvl: int(val(numPr, 'w:ilvl')), basedOn: val(el, 'w:basedOn') });
    }
  }
  return defs;
}

class Counter {
  /** Per abstract definition (Word continues a list across its instances): the current number of each level. */
  private readonly counts = new Map<string, (number | undefined)[]>();
  private readonly seen = new Set<string>();

  constructor(private readonly defs: Definitions) {}

  private resolve(numId: string): { num: Num; abstractId: string } | null {
    let num = this.defs.nums.get(numId);
    // A definition linked to a numbering style (`w:numStyleLink`) takes its levels from the style's list.
    for (let hops = 0; num && hops < 5; hops++) {
      const link = this.defs.abstracts.get(num.abstractId)?.styleLink;
      const target = link === undefined ? undefined : this.defs.numberingStyles.get(link);
      if (target === undefined) return { num, abstractId: num.abstractId };
      const linked = this.defs.nums.get(target);
      if (!linked) return null;
      num = { ...linked, levels: num.levels, starts: num.starts };
    }
    return null;
  }

  private level(num: Num, ilvl: number): Level | undefined {
    return num.levels.get(ilvl) ?? this.defs.abstracts.get(num.abstractId)?.levels.get(ilvl);
  }

  /** The label of the next paragraph of list `numId` at level `ilvl`, counting it; null when it shows none. */
  next(numId: string, ilvl: number): string | null {
    const resolved = this.resolve(numId);
    if (!resolved || ilvl < 0 || ilvl > 8) return null;
    const { num, abstractId } = resolved;
    const lvl = this.level(num, ilvl);
    if (!lvl) return null;
    const counts = this.counts.get(abstractId) ?? [];
    this.counts.set(abstractId, counts);
    if (!this.seen.has(numId)) {
      // A list instance that sets start values starts those levels again where it is first used ("Börja om på 1").
      this.seen.add(numId);
      for (const [k, start] of num.starts) counts[k] = start - 1;
    }
    counts[ilvl] = counts[ilvl] === undefined ? lvl.start : counts[ilvl]! + 1;
    for (let k = ilvl + 1; k < 9; k++) {
      const restart = this.level(num, k)?.restart ?? k;
      if (restart !== 0 && ilvl < restart) counts[k] = undefined;
    }
    if (lvl.format === 'bullet') return lvl.text.trim() === '' ? null : '•';
    const label = lvl.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const level = this.level(num, k);
      const n = counts[k] ?? level?.start ?? 0;
      return formatNumber(n, lvl.legal && k < ilvl ? 'decimal' : (level?.format ?? 'decimal'));
    });
    return label.trim() === '' ? null : label.trim();
  }
}

/**
 * Two spaces per level below the first (a point's sub-points, a bullet's sub-bullets); the first level at the margin,
 * as the same text typed reads. Measured on the corpus built with Word's numbering (scripts/score-minutes-corpus.ts
 * --render docx-lists): 0.9487 against 0.9430 with every bullet two spaces in as the web reader writes them.
 */
const INDENT = '  ';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface ParagraphState {
  /** Where the label goes: right after the paragraph's start tag. */
  at: number;
  depth: number;
  style?: string;
  numId?: string;
  ilvl?: number;
  deletedMark: boolean;
}

/**
 * document.xml with each numbered paragraph's label ("3. ", "§ 12 ", "• ") written as a run at its start, counted in
 * document order as Word counts: list instances of one definition continue each other unless one sets a start value,
 * a level restarts after a paragraph at a higher level, "%1.%2" shows the numbers of the levels above. Paragraphs in
 * `mc:Choice` (a text box's DrawingML copy, which mammoth skips for its VML fallback) and paragraphs whose mark is
 * deleted in tracked changes (mammoth joins them to the next) are not counted.
 */
export function numberParagraphs(documentXml: string, defs: Definitions): string {
  if (defs.nums.size === 0) return documentXml;
  const counter = new Counter(defs);
  const inserts: { at: number; label: string }[] = [];
  const stack: string[] = [];
  const paragraphs: ParagraphState[] = [];
  let choice = 0;
  const styleNumbering = (style: string | undefined) => {
    for (let id = style, hops = 0; id !== undefined && hops < 20; hops++) {
      const s = defs.styles.get(id);
      if (s?.numId !== undefined) return { numId: s.numId, ilvl: s.ilvl };
      id = s?.basedOn;
    }
    return style === undefined ? undefined : defs.levelStyles.get(style);
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        stack.push(name);
        if (name === 'mc:Choice') choice++;
        const paragraph = paragraphs.at(-1);
        const parent = stack.at(-2);
        if (name === 'w:p' && choice === 0) {
          paragraphs.push({ at: parser.endIndex + 1, depth: stack.length, deletedMark: false });
        } else if (paragraph && stack.length === paragraph.depth + 2 && parent === 'w:pPr' && name === 'w:pStyle') {
          paragraph.style = attribs['w:val'];
        } else if (paragraph && stack.length === paragraph.depth + 3 && parent === 'w:numPr') {
          if (name === 'w:numId') paragraph.numId = attribs['w:val'];
          if (name === 'w:ilvl') paragraph.ilvl = int(attribs['w:val']);
        } else if (paragraph && stack.length === paragraph.depth + 3 && parent === 'w:rPr' && name === 'w:del') {
          if (stack.at(-3) === 'w:pPr') paragraph.deletedMark = true;
        }
      },
      onclosetag(name) {
        if (name === 'mc:Choice') choice--;
        const paragraph = paragraphs.at(-1);
        if (name === 'w:p' && paragraph && paragraph.depth === stack.length) {
          paragraphs.pop();
          const fromStyle = styleNumbering(paragraph.style);
          const numId = paragraph.numId ?? fromStyle?.numId;
          const ilvl = paragraph.ilvl ?? fromStyle?.ilvl ?? 0;
          // A self-closing <w:p/> has no start tag to write after (and no numbering).
          const selfClosing = documentXml[paragraph.at - 2] === '/';
          if (numId !== undefined && numId !== '0' && !paragraph.deletedMark && !selfClosing) {
            const label = counter.next(numId, ilvl);
            if (label) inserts.push({ at: paragraph.at, label: INDENT.repeat(ilvl) + label });
          }
        }
        stack.pop();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(documentXml);
  if (inserts.length === 0) return documentXml;
  const parts: string[] = [];
  let from = 0;
  for (const { at, label } of inserts.sort((a, b) => a.at - b.at)) {
    parts.push(documentXml.slice(from, at), `<w:r><w:t xml:space="preserve">${escapeXml(label)} </w:t></w:r>`);
    from = at;
  }
  parts.push(documentXml.slice(from));
  return parts.join('');
}
