import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMinutesFile } from '../parse-file.ts';
import { extractText } from './index.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const read = (name: string) => readFileSync(path.join(fixtures, name));

/** The text a fixture was made from. */
const source = (name: string) => read(name).toString('utf8').trimEnd();

// The PDFs are the builder's DOCX of the .txt beside them converted by LibreOffice (fixtures/README.md): no gap between
// paragraphs, a paragraph's leading spaces kept as an indent of its first line, lines ending anywhere near the edge.
describe('a PDF saved by an office program (LibreOffice) is read paragraph by paragraph', () => {
  it('joins wrapped list items and paragraphs, and keeps items, a colon-closed label and a paragraph apart', async () => {
    const text = await extractText(read('lo-lists.pdf'), 'lo-lists.pdf');
    // " • All planerad … Exempel" ⏎ "är: sittgympa …": the first line stands a space right of the one it wraps into.
    expect(text).toContain(
      '• All planerad gruppverksamhet på träffpunkterna skall ställas in tills vidare. Exempel är:',
    );
    // "• Max antal … personer nu." ends near the edge, and the next bullet is still an item of its own.
    expect(text).toContain('två personer nu.\n • Besök i gemensamma');
    // "… kl 10. Internt arbete:" ends near the edge over "Med anledning …", a paragraph of its own.
    expect(text).toContain('Internt arbete:\nMed anledning');
    expect(text).toBe(source('lo-lists.txt'));
  });

  it('joins no lines in a document whose lines are all broken by hand, the longest of them past most of the page', async () => {
    // "Konferensrummet …, plan 3" is the farthest right any line reaches, alone: no text column's edge, so "Närvarande"
    // (which would not have fitted after it) is not taken for the rest of that line.
    const text = await extractText(read('lo-hand-broken.pdf'), 'lo-hand-broken.pdf');
    expect(text).toContain('Östersund, plan 3\nNärvarande\n');
    expect(text).toBe(source('lo-hand-broken.txt'));
  });

  it("takes the space after each paragraph (8 pt, as Word's Normal style has) for no blank line, and an empty paragraph for one", async () => {
    // Paragraphs 19.6 pt apart against 11.7 pt between a paragraph's lines: before, every paragraph was followed by a
    // blank line, which the parser reads as the end of a block (0.841 through such PDFs against 0.950 as text).
    const text = await extractText(read('lo-spaced.pdf'), 'lo-spaced.pdf');
    expect(text).toContain('2026-01-20\nNärvarande: Lena Ek');
    expect(text).toContain('nya tider.\n\n3. Nästa möte');
    expect(text).toBe(source('lo-spaced.txt'));
  });

  it('takes an empty paragraph between every two paragraphs (8 pt after each) for one blank line, not two', async () => {
    // A text copy with a blank line between all its paragraphs, saved with 8 pt after each paragraph: no step of one
    // paragraph is on the page, only of two (the paragraph's and the empty one's, 3.3 lines). Before, each came out as
    // two blank lines, which ended the participant list after its first name (c22 0.373 against 1.000 as text).
    const text = await extractText(read('lo-spaced-blank.pdf'), 'lo-spaced-blank.pdf');
    expect(text).toContain('Beslutande:\n\nKarin Holm (S) ordförande\n\nLars Berg (M)\n');
    expect(text).toBe(source('lo-spaced-blank.txt'));
  });

  it("keeps the paragraphs of a table's cells: a kommun protocol's label column and its § numbers in the margin", async () => {
    // lo-kommun.pdf (LibreOffice, from lo-kommun.fodt): "Beslutande" beside a cell of one name a line, "Justeringens
    // plats och" ⏎ "tid" wrapped in the label column, each § number in the margin beside its heading and text. Each
    // cell was one line before, its lines joined by spaces: the § headings ran into their text ("Val av justerare
    // Kommunstyrelsens beslut Per Holm …"), so 1 of 5 items had its title.
    const file = read('lo-kommun.pdf');
    const text = await extractText(file, 'lo-kommun.pdf');
    expect(text).toContain(
      '\tBeslutande\n\tLedamöter\nAnna Lind (S), ordförande\nPer Holm (M), vice ordförande\nEva Sund (C)\n',
    );
    expect(text).toContain('\tJusteringens plats och tid\n\tKommunkansliet, fredagen den 15 mars 2024\n');
    // A § of short lines is a table of its own: its cell's lines stop well before the page's text edge.
    expect(text).toContain('\t§ 13\n\tGodkännande av dagordning\nKommunstyrelsens beslut\nDagordningen godkänns.\n');
    // A paragraph wrapped in a cell is one line.
    expect(text).toContain(
      '\nEkonomichef Erik Falk redovisar utfallet för januari och februari. Socialnämnden och barn- och utbildningsnämnden visar underskott mot budget,',
    );
    const parsed = await parseMinutesFile(file, 'lo-kommun.pdf');
    expect(parsed.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '12 Val av justerare',
      '13 Godkännande av dagordning',
      '14 Ekonomisk uppföljning februari 2024',
      '15 Samverkan med Region Norrfjäll om trygg hemgång',
      '16 Delegationsbeslut och meddelanden',
    ]);
  });

  it('reads a centred header row over a table of left-aligned cells as the header (region notes, participants)', async () => {
    // lo-region.pdf (LibreOffice, from lo-region.html): "Namn | Organisation | Funktion" centred over the participants.
    // Before, the header was a line of its own above a table without one, and 1 of 5 participants was read.
    const file = read('lo-region.pdf');
    const text = await extractText(file, 'lo-region.pdf');
    expect(text).toContain(
      'Deltagare\n\tNamn\n\tOrganisation\n\tFunktion\n\n\tHelena Strand\n\tRegion Norrfjäll\n\tHälso- och sjukvårdsdirektör, ordförande\n\n',
    );
    const parsed = await parseMinutesFile(file, 'lo-region.pdf');
    expect(parsed.attendees.map((a) => `${a.name}, ${a.organization}`)).toEqual([
      'Helena Strand, Region Norrfjäll',
      'Mikael Öhman, Fjällby kommun',
      'Linnea Karlsson, Älvsta kommun',
      'Tomas Berglund, Region Norrfjäll',
      'Ingrid Sjöberg, Norrfjälls kommunförbund',
    ]);
    expect(parsed.chair).toBe('Helena Strand');
  });

  it('reads a justified line stretched by wide spaces as words of its paragraph, not columns', async () => {
    // lo-justified.pdf (LibreOffice, from lo-justified.fodt): a justified paragraph whose first line is stretched before
    // a long word ("Johan    Lindqvist    berättade    om …"), each word drawn on its own. Before, each gap was a tab and
    // the line a row of columns: the paragraph broke after it and its presenter was lost.
    const text = await extractText(read('lo-justified.pdf'), 'lo-justified.pdf');
    expect(text).toContain(
      '\nJohan Lindqvist berättade om mobila teamet. Hälsoekonomiska konsekvensbedömningsunderlag samverkansöverenskommelseuppföljning visar att teamet fungerar. Han berättade om',
    );
    // The running header's two parts, set apart by a tab stop, are still two columns.
    expect(text).toContain('Region Norrfjäll och kommunerna i Norrfjäll\tSamverkansgruppen för äldre med stora behov');
  });
});
