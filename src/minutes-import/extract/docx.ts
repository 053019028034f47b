import { pushRow } from './lines.ts';

interface DocNode {
  type: string;
  value?: string;
  children?: DocNode[];
}

function inlineText(node: DocNode): string {
  switch (node.type) {
    case 'text':
      return node.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return '\n';
    case 'table':
    case 'note':
    case 'comment':
      return '';
    default:
      return (node.children ?? []).map(inlineText).join('');
  }
}

/**
 * Renders the way the reference samples were extracted from Word: one line per paragraph, and for
 * tables one line per cell starting with a tab (cell paragraphs after the first without it), a
 * blank line after each row and another after the table.
 */
function render(node: DocNode, out: string[]): void {
  if (node.type === 'paragraph') {
    out.push(inlineText(node));
  } else if (node.type === 'table') {
    for (const row of node.children ?? []) renderRow(row, out);
    // A second blank line ends the table: text after it is never a cell's (a cell's paragraphs stay inside the
    // cell), so a heading right below ("Lägesbild" over its lines) is not read as the last cell going on.
    out.push('');
  } else {
    for (const child of node.children ?? []) render(child, out);
  }
}

function renderRow(row: DocNode, out: string[]): void {
  pushRow(
    out,
    (row.children ?? []).map((cell) => {
      const lines: string[] = [];
      render(cell, lines);
      return lines;
    }),
  );
}

/** Text of a DOCX through mammoth's document model (no HTML is produced). */
export async function docxToText(buffer: Buffer): Promise<string> {
  // Loaded by the first import of a Word file, not at start.
  const { default: mammoth } = await import('mammoth');
  let root: DocNode | null = null;
  await mammoth.convertToHtml(
    { buffer },
    {
      transformDocument: (document: DocNode) => {
        root = document;
        return { ...document, children: [] };
      },
    },
  );
  const out: string[] = [];
  if (root) render(root, out);
  return out.join('\n');
}
