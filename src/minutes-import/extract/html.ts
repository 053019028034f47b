import { DomUtils, parseDocument } from 'htmlparser2';
import { MinutesParseError } from '../errors.ts';
import { decodeLegacy, decodeText } from './decode.ts';
import { LIST_TYPES, formatNumber, pushListItem, pushRow } from './lines.ts';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { name: string; attribs: Record<string, string> }>;

/** Page furniture and what a browser does not show: dropped with everything inside. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'nav',
  'header',
  'footer',
  'iframe',
  'object',
  'svg',
  'canvas',
  'select',
  'button',
]);

/** Elements that start and end a line of their own. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'aside',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'address',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'form',
  'fieldset',
  'legend',
  'details',
  'summary',
  'center',
  'caption',
  'body',
  'html',
]);

/** Deeper than any real page; a file nested deeper is refused rather than exhausting the stack. */
const MAX_DEPTH = 500;

/** Whitespace as HTML collapses it (not the no-break space). */
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

class Renderer {
  readonly out: string[] = [];
  private line = '';
  /** Nesting of lists, for the indentation of their items. */
  private listDepth = 0;

  /** Elements open around the current one. */
  private nesting = 0;

  /** Ends the current line; `keepEmpty` writes an empty one too (an empty paragraph is a blank line in Word). */
  flush(keepEmpty = false): void {
    const text = this.line.trim();
    if (text !== '' || keepEmpty) this.out.push(text);
    this.line = '';
  }

  children(node: { children: Node[] }, pre = false): void {
    for (const child of node.children) this.node(child, pre);
  }

  node(node: Node, pre: boolean): void {
    if (DomUtils.isText(node)) {
      // A run of no-break spaces is how a page (a Word export's above all) aligns columns: kept as spaces.
      this.line += (pre ? node.data : node.data.replace(COLLAPSIBLE, ' ')).replace(/\u00a0/g, ' ');
      if (pre && this.line.includes('\n')) {
        const lines = this.line.split(/\r?\n/);
        this.line = lines.pop()!;
        this.out.push(...lines.map((l) => l.trimEnd()));
      }
      return;
    }
    if (!DomUtils.isTag(node)) return;
    this.element(node, pre);
  }

  private element(el: Element, pre: boolean): void {
    if (this.nesting >= MAX_DEPTH) throw new MinutesParseError('minutes.unreadable', 'HTML nested too deep');
    this.nesting++;
    try {
      this.render(el, pre);
    } finally {
      this.nesting--;
    }
  }

  private render(el: Element, pre: boolean): void {
    const name = el.name.toLowerCase();
    if (DROPPED.has(name) || el.attribs.hidden !== undefined) return;
    // Word's "save as web page" writes a tab as a span of no-break spaces marked mso-tab-count: a tab again here.
    if (name === 'span' && /mso-tab-count/i.test(el.attribs.style ?? '')) {
      this.line += '\t';
      return;
    }
    if (name === 'br') return this.flush(this.line.trim() === '' && this.out.at(-1) !== '');
    if (name === 'hr') return this.flush();
    if (name === 'table') return this.table(el);
    if (name === 'ul' || name === 'ol' || name === 'menu') return this.list(el, name === 'ol');
    if (name === 'li') {
      // A list item outside a list (a fragment): a bullet one level in.
      this.flush();
      return pushListItem(this.out, this.sub(el.children, this.listDepth + 1), '•', this.listDepth + 1);
    }
    if (name === 'pre') {
      this.flush();
      this.children(el, true);
      return this.flush();
    }
    if (!BLOCKS.has(name) && name !== 'tr' && name !== 'td' && name !== 'th') return this.children(el, pre);
    this.flush();
    const before = this.out.length;
    this.children(el, pre);
    // An empty paragraph ("<p>&nbsp;</p>", a web editor's spacing) is a blank line, as in Word.
    this.flush(name === 'p' && this.out.length === before && this.line.trim() === '');
  }

  /** Renders `nodes` apart, for a cell or a list item that is laid out on its own lines. */
  private sub(nodes: Node[], listDepth = this.listDepth): string[] {
    const inner = new Renderer();
    inner.nesting = this.nesting;
    inner.listDepth = listDepth;
    inner.children({ children: nodes });
    inner.flush();
    return inner.out;
  }

  private list(el: Element, ordered: boolean): void {
    this.flush();
    const depth = this.listDepth + 1;
    const start = Number.parseInt(el.attribs.start ?? '', 10);
    let number = Number.isFinite(start) ? start : 1;
    // `<ol type="a">`, "A", "i", "I": letters and roman numerals as a browser draws them.
    const format = LIST_TYPES[el.attribs.type ?? '1'] ?? 'decimal';
    for (const item of el.children) {
      if (!DomUtils.isTag(item) || item.name.toLowerCase() !== 'li') {
        // Text or a stray element between items (no list item of its own).
        const lines = this.sub([item], depth);
        if (lines.length > 0) this.out.push(...lines);
        continue;
      }
      const value = Number.parseInt(item.attribs.value ?? '', 10);
      if (Number.isFinite(value)) number = value;
      const marker = ordered ? `${formatNumber(number, LIST_TYPES[item.attribs.type ?? ''] ?? format)}.` : '•';
      pushListItem(this.out, this.sub(item.children, depth), marker, depth);
      number++;
    }
  }

  private table(el: Element): void {
    this.flush();
    const rows = DomUtils.findAll((e) => e.name.toLowerCase() === 'tr' && closestTable(e) === el, el.children).map(
      (tr) =>
        tr.children
          .filter((c): c is Element => DomUtils.isTag(c) && /^t[dh]$/i.test(c.name))
          .map((cell) => this.sub(cell.children, 0)),
    );
    // A table of one column (a page laid out in a table, a framed box) is read as the paragraphs it holds.
    if (rows.every((cells) => cells.length <= 1)) {
      for (const cells of rows) this.out.push(...cells.flat());
      return;
    }
    for (const cells of rows) if (cells.length > 0) pushRow(this.out, cells);
  }
}

function closestTable(node: Element): Element | null {
  let parent = node.parent;
  while (parent && !(DomUtils.isTag(parent) && parent.name.toLowerCase() === 'table')) parent = parent.parent;
  return parent as Element | null;
}

/** The charset a page declares in its first bytes (`<meta charset>` or the http-equiv Content-Type). */
function declaredCharset(buffer: Buffer): string | null {
  const head = buffer.subarray(0, 2048).toString('latin1');
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? meta[1]!.toLowerCase() : null;
}

/** A page's text: a byte-order mark first, then the declared charset, then as a text file (UTF-8, Windows-1252). */
export function decodeHtml(buffer: Buffer): string {
  const bom = buffer[0] === 0xef || buffer[0] === 0xff || buffer[0] === 0xfe;
  const charset = bom ? null : declaredCharset(buffer);
  // A label iconv-lite does not know: the page is read as a text file.
  return (charset && !/^utf-?8$/.test(charset) ? decodeLegacy(buffer, charset) : null) ?? decodeText(buffer);
}

/**
 * A web page's text, laid out like the other extractors' (lines.ts): one line per block element (p, div, h1–h6 …), a
 * `br` a line break, list items as "• " or "1. " lines indented by their nesting, tables as tab-led cell lines with a
 * blank line after each row. Scripts, styles, navigation, page header and footer are dropped; entities are decoded.
 */
export function htmlToText(buffer: Buffer): string {
  const document = parseDocument(decodeHtml(buffer), { decodeEntities: true, lowerCaseTags: true });
  const renderer = new Renderer();
  renderer.children(document);
  renderer.flush();
  return renderer.out.join('\n');
}
