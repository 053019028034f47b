import { DomUtils, parseDocument } from 'htmlparser2';
import { MinutesParseError } from '../errors.ts';
import { LIST_TYPES, formatNumber, pushListItem, pushRow } from './lines.ts';
import { inspectZip } from './zip-guard.ts';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { name: string; attribs: Record<string, string> }>;

/** A text, a template, a master document or Writer/Web's HTML document: the same content.xml. */
const TEXT_MIMETYPE = /^application\/vnd\.oasis\.opendocument\.text(?:-template|-master|-web)?$/;

/**
 * Not the document's text: deleted text kept for change tracking, comments (annotations, as the DOCX reader leaves
 * them out). Footnotes and endnotes are read: their marks in place, their text after the body (`Renderer.notes`).
 */
const DROPPED = new Set([
  'text:tracked-changes',
  'office:annotation',
  'office:annotation-end',
  'office:forms',
  'text:sequence-decls',
  'table:table-column',
  'table:table-columns',
  'table:covered-table-cell',
]);

/** Deeper than any real document; a file nested deeper is refused rather than exhausting the stack. */
const MAX_DEPTH = 500;

/**
 * How a list style numbers each level: a bullet, or a number in its format ("1", "a", "A", "i", "I") between a prefix
 * and a suffix, with the numbers of the levels above it when it displays more than one ("2.1.").
 */
type LevelStyle =
  | { kind: 'bullet' }
  | { kind: 'number'; prefix: string; suffix: string; start: number; format: string; levels: number };

function listStyles(documents: ReturnType<typeof parseDocument>[]): Map<string, Map<number, LevelStyle>> {
  const styles = new Map<string, Map<number, LevelStyle>>();
  for (const style of documents.flatMap((d) => DomUtils.getElementsByTagName('text:list-style', d.children))) {
    const levels = new Map<number, LevelStyle>();
    for (const level of style.children.filter(DomUtils.isTag)) {
      const n = Number.parseInt(level.attribs['text:level'] ?? '', 10);
      const format = level.attribs['style:num-format'] ?? '';
      if (level.name === 'text:list-level-style-number' && format !== '') {
        const { 'style:num-prefix': prefix = '', 'style:num-suffix': suffix = '' } = level.attribs;
        const start = Number.parseInt(level.attribs['text:start-value'] ?? '1', 10) || 1;
        const shown = Number.parseInt(level.attribs['text:display-levels'] ?? '1', 10) || 1;
        levels.set(n, {
          kind: 'number',
          prefix,
          suffix: prefix === '' && suffix === '' ? '.' : suffix,
          start,
          format: LIST_TYPES[format] ?? 'decimal',
          levels: Math.min(Math.max(shown, 1), n),
        });
      } else levels.set(n, { kind: 'bullet' });
    }
    styles.set(style.attribs['style:name'] ?? '', levels);
  }
  return styles;
}

interface ListContext {
  style: string;
  depth: number;
  /** The numbers of the enclosing list items, formatted, outermost first: "2" above a "2.1." item. */
  numbers: string[];
}

/** Footnote and endnote marks raised, as the DOCX reader writes them ("¹", "ⁱ"); other characters as they are. */
const RAISED: Record<string, string> = {
  ...Object.fromEntries([...'0123456789'].map((d, i) => [d, '⁰¹²³⁴⁵⁶⁷⁸⁹'[i]!])),
  i: 'ⁱ',
  v: 'ᵛ',
  x: 'ˣ',
};

class Renderer {
  readonly out: string[] = [];
  private nesting = 0;

  constructor(
    private readonly styles: Map<string, Map<number, LevelStyle>>,
    private readonly list: ListContext = { style: '', depth: 0, numbers: [] },
    /** Notes met in the text, in order: their mark and body, written after the body text. */
    readonly notes: { mark: string; body: Element }[] = [],
  ) {}

  children(nodes: Node[]): void {
    for (const node of nodes) if (DomUtils.isTag(node)) this.element(node);
  }

  private element(el: Element): void {
    if (this.nesting >= MAX_DEPTH) throw new MinutesParseError('minutes.unreadable', 'document nested too deep');
    this.nesting++;
    try {
      this.render(el);
    } finally {
      this.nesting--;
    }
  }

  private render(el: Element): void {
    if (DROPPED.has(el.name)) return;
    if (el.name === 'text:p' || el.name === 'text:h') return this.paragraph(el);
    if (el.name === 'text:list') return this.listElement(el);
    if (el.name === 'table:table') return this.table(el);
    this.children(el.children);
  }

  /** One line, with Word's tabs and line breaks; text boxes anchored in the paragraph follow on lines of their own. */
  private paragraph(el: Element): void {
    const frames: Element[] = [];
    const inline = (node: Node): string => {
      if (DomUtils.isText(node)) return node.data.replace(/[ \t\n\r]+/g, ' ');
      if (!DomUtils.isTag(node) || DROPPED.has(node.name)) return '';
      switch (node.name) {
        case 'text:s':
          return ' '.repeat(Math.min(Number.parseInt(node.attribs['text:c'] ?? '1', 10) || 1, 1000));
        case 'text:tab':
          return '\t';
        case 'text:line-break':
          return '\n';
        case 'draw:frame':
          frames.push(node);
          return '';
        case 'text:note':
          return this.note(node);
        default:
          return node.children.map(inline).join('');
      }
    };
    this.out.push(el.children.map(inline).join(''));
    this.children(frames);
  }

  private note(el: Element): string {
    const citation = DomUtils.textContent(
      el.children.find((c): c is Element => DomUtils.isTag(c) && c.name === 'text:note-citation') ?? [],
    ).trim();
    const body = el.children.find((c): c is Element => DomUtils.isTag(c) && c.name === 'text:note-body');
    const mark = [...(citation || String(this.notes.length + 1))].map((c) => RAISED[c] ?? c).join('');
    if (body) this.notes.push({ mark, body });
    return mark;
  }

  /** The notes' text after the body: each note's first line starting with its mark ("¹ Enligt …"). */
  renderNotes(): void {
    for (let i = 0; i < this.notes.length; i++) {
      const { mark, body } = this.notes[i]!;
      const lines = this.sub(body.children, { style: '', depth: 0, numbers: [] });
      const first = lines.findIndex((l) => l.trim() !== '');
      if (first === -1) continue;
      lines[first] = `${mark} ${lines[first]!.trim()}`;
      this.out.push(...lines.slice(first));
    }
  }

  private sub(nodes: Node[], list = this.list): string[] {
    const inner = new Renderer(this.styles, list, this.notes);
    inner.nesting = this.nesting;
    inner.children(nodes);
    return inner.out;
  }

  private listElement(el: Element): void {
    const style = el.attribs['text:style-name'] ?? this.list.style;
    const depth = this.list.depth + 1;
    const level = this.styles.get(style)?.get(depth) ?? { kind: 'bullet' };
    let number = level.kind === 'number' ? level.start : 0;
    for (const item of el.children.filter(DomUtils.isTag)) {
      if (item.name !== 'text:list-item' && item.name !== 'text:list-header') continue;
      const start = Number.parseInt(item.attribs['text:start-value'] ?? '', 10);
      if (item.name === 'text:list-item' && Number.isFinite(start)) number = start;
      const own = level.kind === 'number' ? formatNumber(number, level.format) : '';
      const lines = this.sub(item.children, { style, depth, numbers: [...this.list.numbers, own] });
      // A list header has no marker; an item that only holds a nested list shows no number of its own either.
      if (item.name === 'text:list-header') this.out.push(...lines);
      else {
        const shown = level.kind === 'number' ? [...this.list.numbers, own].slice(-level.levels).join('.') : '';
        const marker = level.kind === 'number' ? `${level.prefix}${shown}${level.suffix}` : '•';
        pushListItem(this.out, lines, marker, depth);
        number++;
      }
    }
  }

  private table(el: Element): void {
    const rows = DomUtils.findAll((e) => e.name === 'table:table-row' && closestTable(e) === el, el.children);
    for (const row of rows) {
      const cells = row.children
        .filter((c): c is Element => DomUtils.isTag(c) && c.name === 'table:table-cell')
        .map((cell) => this.sub(cell.children, { style: '', depth: 0, numbers: [] }));
      if (cells.length > 0) pushRow(this.out, cells);
    }
  }
}

function closestTable(node: Element): Element | null {
  let parent = node.parent;
  while (parent && !(DomUtils.isTag(parent) && parent.name === 'table:table')) parent = parent.parent;
  return parent as Element | null;
}

/** The page styles' headers (the first page's first) or footers: each element once, in styles.xml's order. */
function pageParts(styles: ReturnType<typeof parseDocument>, kind: 'header' | 'footer'): Element[] {
  const order = [`style:${kind}-first`, `style:${kind}`, `style:${kind}-left`];
  return DomUtils.getElementsByTagName('style:master-page', styles.children).flatMap((master) =>
    master.children
      .filter((c): c is Element => DomUtils.isTag(c) && order.includes(c.name))
      .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name)),
  );
}

/**
 * The text of an OpenDocument text's content.xml, with the list styles of content.xml and styles.xml: the page
 * headers once at the top, the body, its footnotes and endnotes, the page footers once at the end (as the DOCX
 * reader's), a header or footer line that another already gave left out.
 */
export function odtXmlToText(content: string, styles = ''): string {
  const documents = [content, styles].map((xml) => parseDocument(xml, { xmlMode: true, decodeEntities: true }));
  const body = DomUtils.getElementsByTagName('office:text', documents[0]!.children, true, 1)[0];
  if (!body) throw new MinutesParseError('minutes.unreadable', 'content.xml has no office:text');
  const listStylesRead = listStyles(documents);
  const renderer = new Renderer(listStylesRead);
  renderer.children(body.children);
  renderer.renderNotes();
  const seen = new Set<string>();
  const furniture = (kind: 'header' | 'footer') =>
    pageParts(documents[1]!, kind).flatMap((part) => {
      const inner = new Renderer(listStylesRead);
      inner.children(part.children);
      return inner.out.filter((line) => {
        const key = line.trim();
        if (key === '' || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    });
  return [...furniture('header'), ...renderer.out, ...furniture('footer')].join('\n');
}

/**
 * Text of an OpenDocument text (.odt, LibreOffice), laid out like the DOCX reader's: one line per paragraph or heading,
 * list items as "• "/"1. " lines by their list style and nesting, tables as tab-led cell lines and a blank line after
 * each row. The zip guard (zip-guard.ts) checks the archive before any part is read.
 */
export async function odtToText(buffer: Buffer): Promise<string> {
  const zip = await inspectZip(
    buffer,
    (name) => name === 'content.xml' || name === 'styles.xml' || name === 'mimetype',
  );
  const mimetype = zip.kept.get('mimetype')?.toString('latin1').trim();
  const content = zip.kept.get('content.xml');
  if (!TEXT_MIMETYPE.test(mimetype ?? '') || !content) {
    throw new MinutesParseError(
      'minutes.unreadable',
      `an OpenDocument file that is not a text (${mimetype ?? 'no mimetype'})`,
    );
  }
  return odtXmlToText(content.toString('utf8'), zip.kept.get('styles.xml')?.toString('utf8'));
}
