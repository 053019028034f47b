import { DomUtils, parseDocument } from 'htmlparser2';
import { formatNumber, pushRow } from './lines.ts';
import { numberParagraphs, readDefinitions } from './docx-numbering.ts';
import { inspectZip } from './zip-guard.ts';

interface DocNode {
  type: string;
  value?: string;
  children?: DocNode[];
  noteType?: string;
  noteId?: string;
  body?: DocNode[];
}

interface DocRoot extends DocNode {
  notes: { resolve(reference: DocNode): DocNode | null };
}

/** The parts of a Word file the reader needs: every XML part and relationship list (not the images). */
export const DOCX_PART = /\.(?:xml|rels)$/i;

/**
 * Headers, and footers, read per file (each part is a mammoth run of its own): a long protocol's sections mostly
 * link theirs to the first section's.
 */
const MAX_HEADER_PARTS = 20;

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** Word's default endnote marks are lower-case roman numerals: i, ii, iii, iv … raised. */
const SUPERSCRIPT_ROMAN: Record<string, string> = { i: 'ⁱ', v: 'ᵛ', x: 'ˣ', l: 'ˡ', c: 'ᶜ', d: 'ᵈ', m: 'ᵐ' };

/**
 * A note's mark as Word prints it by default, raised: footnotes "¹ ² ³", endnotes "ⁱ ⁱⁱ ⁱⁱⁱ", so that a mark never
 * runs into a number or a date it follows ("2021-03-04¹" stays a date).
 */
const noteMark = (type: 'footnote' | 'endnote', n: number) =>
  type === 'endnote'
    ? [...formatNumber(n, 'lowerRoman')].map((c) => SUPERSCRIPT_ROMAN[c] ?? c).join('')
    : [...String(n)].map((d) => SUPERSCRIPT[d] ?? d).join('');

/**
 * Characters that Word shows differently from what the file holds: a soft hyphen only at a line's end (otherwise it
 * would split "Närvarande" for the parser), a non-breaking hyphen as a hyphen ("2021‑03‑04", "KS‑2021‑12").
 */
const cleanText = (text: string) => text.replace(/\u00ad/g, '').replace(/\u2011/g, '-');

class Renderer {
  readonly out: string[] = [];
  /** Footnotes and endnotes in the order of their references, each with the mark written where it is referenced. */
  readonly notes: { mark: string; note: DocNode }[] = [];
  private readonly counts = { footnote: 0, endnote: 0 };

  constructor(readonly root: DocRoot | null) {}

  private inline(node: DocNode): string {
    switch (node.type) {
      case 'text':
        return cleanText(node.value ?? '');
      case 'tab':
        return '\t';
      case 'break':
        return '\n';
      case 'noteReference':
        return this.noteReference(node);
      case 'table':
      case 'note':
      case 'comment':
        return '';
      default:
        return (node.children ?? []).map((c) => this.inline(c)).join('');
    }
  }

  private noteReference(node: DocNode): string {
    const note = this.root?.notes.resolve(node);
    if (!note) return '';
    const type = node.noteType === 'endnote' ? 'endnote' : 'footnote';
    const mark = noteMark(type, ++this.counts[type]);
    this.notes.push({ mark, note });
    return mark;
  }

  /**
   * Renders the way the reference samples were extracted from Word: one line per paragraph, and for tables one line
   * per cell starting with a tab (cell paragraphs after the first without it), a blank line after each row and
   * another after the table.
   */
  render(node: DocNode, out = this.out): void {
    if (node.type === 'paragraph') {
      out.push(this.inline(node));
    } else if (node.type === 'table') {
      for (const row of node.children ?? []) this.renderRow(row, out);
      // A second blank line ends the table: text after it is never a cell's (a cell's paragraphs stay inside the
      // cell), so a heading right below ("Lägesbild" over its lines) is not read as the last cell going on.
      out.push('');
    } else {
      for (const child of node.children ?? []) this.render(child, out);
    }
  }

  private renderRow(row: DocNode, out: string[]): void {
    pushRow(
      out,
      (row.children ?? []).map((cell) => {
        const lines: string[] = [];
        this.render(cell, lines);
        return lines;
      }),
    );
  }

  /** The notes, after the text: each a paragraph that starts with its mark ("¹ Enligt …"); a note's own notes are not followed. */
  renderNotes(): void {
    for (let i = 0; i < this.notes.length; i++) {
      const { mark, note } = this.notes[i]!;
      const lines: string[] = [];
      for (const block of note.body ?? []) this.render(block, lines);
      const first = lines.findIndex((l) => l.trim() !== '');
      if (first === -1) continue;
      lines[first] = `${mark} ${lines[first]!.trim()}`;
      this.out.push(...lines.slice(first));
    }
  }
}

const parseXml = (xml: string) => parseDocument(xml, { xmlMode: true, decodeEntities: true });

/** The name of a part's relationship list: "word/_rels/document.xml.rels" for "word/document.xml". */
function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A part's relationships: id → part name in the zip, resolved against the part's folder. */
function relationships(parts: Map<string, Buffer>, part: string): Map<string, { type: string; target: string }> {
  const dir = part.slice(0, part.lastIndexOf('/') + 1);
  const rels = parts.get(relsPath(part));
  const map = new Map<string, { type: string; target: string }>();
  if (!rels) return map;
  for (const el of DomUtils.getElementsByTagName('Relationship', parseXml(utf8(rels)).children)) {
    const target = el.attribs['Target'] ?? '';
    if (el.attribs['TargetMode'] === 'External') continue;
    map.set(el.attribs['Id'] ?? '', {
      type: (el.attribs['Type'] ?? '').replace(/^.*\//, ''),
      target: normalise(target.startsWith('/') ? target.slice(1) : dir + target),
    });
  }
  return map;
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

const utf8 = (buffer: Buffer) => new TextDecoder('utf-8').decode(buffer);

/** The main document part: the package's officeDocument relationship, as mammoth finds it. */
function mainPart(parts: Map<string, Buffer>): string {
  const main = [...relationships(parts, '').values()].find((r) => r.type === 'officeDocument')?.target;
  return main && parts.has(main) ? main : 'word/document.xml';
}

/**
 * The headers and footers of every section, in order (the first page's before the others'), each part once: their
 * references in the body's `w:sectPr`s.
 */
function headerParts(documentXml: string, rels: Map<string, { type: string; target: string }>) {
  const order = { first: 0, default: 1, even: 2 } as Record<string, number>;
  const found = { header: [] as string[], footer: [] as string[] };
  for (const sectPr of DomUtils.getElementsByTagName('w:sectPr', parseXml(documentXml).children)) {
    for (const kind of ['header', 'footer'] as const) {
      const refs = DomUtils.getElementsByTagName(`w:${kind}Reference`, sectPr.children, false).sort(
        (a, b) => (order[a.attribs['w:type'] ?? 'default'] ?? 1) - (order[b.attribs['w:type'] ?? 'default'] ?? 1),
      );
      for (const ref of refs) {
        const target = rels.get(ref.attribs['r:id'] ?? '')?.target;
        if (target && !found[kind].includes(target)) found[kind].push(target);
      }
    }
  }
  return { headers: found.header.slice(0, MAX_HEADER_PARTS), footers: found.footer.slice(0, MAX_HEADER_PARTS) };
}

/**
 * Mammoth reads a package from any object that can say whether a part exists and read it (its `openZip` takes
 * `{ file }`; mammoth is pinned at 1.13.0, so a new version must be checked before the pin moves). The parts come from
 * the zip guard, already read and checked, and two of them changed: the body with Word's list numbers written in, and
 * for a header or footer, the part itself read as the body.
 */
async function readModel(parts: Map<string, Buffer>, replaced: Map<string, string>): Promise<DocRoot | null> {
  const { default: mammoth } = await import('mammoth');
  const file = {
    exists: (name: string) => replaced.has(name) || parts.has(name),
    read: (name: string, encoding?: string) => {
      const text = replaced.get(name);
      if (text !== undefined) return Promise.resolve(encoding ? text : Buffer.from(text));
      const data = parts.get(name);
      if (!data) return Promise.reject(new Error(`${name} is missing`));
      return Promise.resolve(encoding ? utf8(data) : data);
    },
  };
  let root: DocRoot | null = null;
  await mammoth.convertToHtml({ file } as unknown as { buffer: Buffer }, {
    transformDocument: (document: DocRoot) => {
      root = document;
      return { ...document, children: [] };
    },
  });
  return root;
}

/** A header or footer part as a document body of its own, with its relationships (hyperlinks) as the body's. */
function asBody(xml: string): string | null {
  const open = /<w:(hdr|ftr)\b([^>]*)>/.exec(xml);
  if (!open) return null;
  const close = xml.lastIndexOf(`</w:${open[1]}>`);
  if (close < open.index) return null;
  return `<w:document${open[2]}><w:body>${xml.slice(open.index + open[0].length, close)}</w:body></w:document>`;
}

type ChildNode = ReturnType<typeof parseDocument>['children'][number];
type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

const elementsNamed = (name: string, nodes: ChildNode[]) => DomUtils.getElementsByTagName(name, nodes, true);

/**
 * Text boxes drawn only in DrawingML (`wps:txbx` in a `w:drawing`, with no VML copy: a `mc:AlternateContent` without
 * `mc:Fallback`, or the drawing alone), which mammoth does not read (it reads a drawing's picture and an
 * AlternateContent's fallback): each box's `w:txbxContent` is moved into a `w:pict` after its drawing, where mammoth
 * reads a VML text box's content (as lines after the paragraph that anchors it). An AlternateContent without a
 * fallback is replaced by its choice. Boxes with a VML fallback are left to it.
 */
export function drawingTextBoxes(xml: string): string {
  if (!/<w:txbxContent\b/.test(xml)) return xml;
  const parse = (text: string) =>
    parseDocument(text, { xmlMode: true, decodeEntities: false, withStartIndices: true, withEndIndices: true });
  const splice = (text: string, edits: { from: number; to: number; text: string }[]) => {
    let out = '';
    let at = 0;
    for (const edit of edits.sort((a, b) => a.from - b.from)) {
      if (edit.from < at) continue;
      out += text.slice(at, edit.from) + edit.text;
      at = edit.to;
    }
    return out + text.slice(at);
  };
  const inner = (text: string, el: Element) =>
    el.children.length === 0 ? '' : text.slice(el.children[0]!.startIndex!, el.children.at(-1)!.endIndex! + 1);
  // A choice without a fallback: its content stands in its place (outermost first; nested ones are inside it).
  const unwrapped = splice(
    xml,
    elementsNamed('mc:AlternateContent', parse(xml).children)
      .filter((el) => !el.children.some((c) => c.type === 'tag' && c.name === 'mc:Fallback'))
      .map((el) => {
        const choice = el.children.find((c): c is Element => c.type === 'tag' && c.name === 'mc:Choice');
        return { from: el.startIndex!, to: el.endIndex! + 1, text: choice ? inner(xml, choice) : '' };
      }),
  );
  const edits: { from: number; to: number; text: string }[] = [];
  for (const drawing of elementsNamed('w:drawing', parse(unwrapped).children)) {
    // A drawing in a choice that has a fallback: mammoth reads the fallback.
    if (hasAncestor(drawing, 'mc:Choice')) continue;
    const boxes = elementsNamed('w:txbxContent', drawing.children).filter(
      (box) => !hasAncestor(box, 'w:txbxContent', drawing),
    );
    if (boxes.length === 0) continue;
    for (const box of boxes) edits.push({ from: box.startIndex!, to: box.endIndex! + 1, text: '' });
    const moved = boxes.map((box) => unwrapped.slice(box.startIndex!, box.endIndex! + 1)).join('');
    edits.push({ from: drawing.endIndex! + 1, to: drawing.endIndex! + 1, text: `<w:pict>${moved}</w:pict>` });
  }
  return edits.length === 0 ? unwrapped : splice(unwrapped, edits);
}

/** Whether `node` stands inside an element named `name` (below `stop`, when given). */
function hasAncestor(node: ChildNode, name: string, stop?: Element): boolean {
  for (let p = node.parent; p && p !== stop; p = p.parent)
    if (p.type === 'tag' && (p as Element).name === name) return true;
  return false;
}

/** A field written as `w:fldSimple` (PAGE, DATE, MERGEFIELD): its result, which mammoth does not read, as plain runs. */
const unwrapSimpleFields = (xml: string) =>
  xml.replace(/<w:fldSimple\b[^>]*\/>/g, '').replace(/<\/?w:fldSimple\b[^>]*>/g, '');

async function headerLines(parts: Map<string, Buffer>, part: string, main: string, seen: Set<string>) {
  const data = parts.get(part);
  const body = data && asBody(drawingTextBoxes(unwrapSimpleFields(utf8(data))));
  if (!body) return [];
  const rels = parts.get(relsPath(part));
  const replaced = new Map([
    [main, body],
    [relsPath(main), rels ? utf8(rels) : '<Relationships/>'],
  ]);
  const renderer = new Renderer(await readModel(parts, replaced));
  if (renderer.root) renderer.render(renderer.root);
  // A line that another header or footer already gave (every page's "Kommunstyrelsen", a repeated date) once.
  return renderer.out.filter((line) => {
    const key = line.trim();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Text of a DOCX from its parts (as the zip guard read them) through mammoth's document model (no HTML is produced):
 * the headers once at the top, the body (Word's list numbers written in), the footnotes and endnotes after it with
 * their marks, the footers once at the end.
 */
export async function docxPartsToText(parts: Map<string, Buffer>): Promise<string> {
  const main = mainPart(parts);
  const documentData = parts.get(main);
  if (!documentData) throw new Error('Could not find main document part. Are you sure this is a valid .docx file?');
  const rels = relationships(parts, main);
  const partOf = (type: string, fallback: string) =>
    [...rels.values()].find((r) => r.type === type && parts.has(r.target))?.target ?? fallback;
  const read = (name: string) => {
    const data = parts.get(name);
    return data ? utf8(data) : '';
  };
  const documentXml = drawingTextBoxes(unwrapSimpleFields(utf8(documentData)));
  const defs = readDefinitions(
    read(partOf('numbering', 'word/numbering.xml')),
    read(partOf('styles', 'word/styles.xml')),
  );
  const renderer = new Renderer(await readModel(parts, new Map([[main, numberParagraphs(documentXml, defs)]])));
  if (renderer.root) renderer.render(renderer.root);
  renderer.renderNotes();
  const { headers, footers } = headerParts(documentXml, rels);
  const seen = new Set<string>();
  const top: string[] = [];
  for (const part of headers) top.push(...(await headerLines(parts, part, main, seen)));
  const bottom: string[] = [];
  for (const part of footers) bottom.push(...(await headerLines(parts, part, main, seen)));
  return [...top, ...renderer.out, ...bottom].join('\n');
}

/** Text of a DOCX file: the zip guard (zip-guard.ts) reads and checks the archive, then `docxPartsToText`. */
export async function docxToText(buffer: Buffer): Promise<string> {
  const zip = await inspectZip(buffer, (name) => DOCX_PART.test(name));
  return docxPartsToText(zip.kept);
}
