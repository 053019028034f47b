import { describe, expect, it } from 'vitest';
import { buildMinutesLayout, type Block } from './blocks.ts';
import { buildValfardsradetMinutes } from './fixtures.ts';
import type { MinutesDocument } from './model.ts';

const textOf = (block: Block) => (block.type === 'paragraph' ? block.runs.map((run) => run.text).join('') : null);
const headings = (doc: MinutesDocument) =>
  buildMinutesLayout(doc)
    .blocks.filter((block) => block.type === 'heading')
    .map((block) => (block.type === 'heading' ? block.text : ''));

describe('buildMinutesLayout', () => {
  it('heads a protokoll\'s items with the § the meeting gave them, minnesanteckningar with "1."', () => {
    const notes = buildValfardsradetMinutes();
    expect(headings(notes)).toContain('1. Mötets öppnande');
    const protokoll = buildValfardsradetMinutes({
      documentType: 'protokoll',
      items: notes.items.map((item, index) => ({ ...item, number: `§ ${index + 14}` })),
    });
    expect(headings(protokoll)).toContain('§ 14 Mötets öppnande');
    expect(headings(protokoll)).toContain('§ 23 Mötets avslutande');
  });

  it('names the forum in the page header', () => {
    expect(buildMinutesLayout(buildValfardsradetMinutes()).header).toMatchObject({
      documentType: 'Minnesanteckningar',
      forumName: 'Välfärdsrådet',
    });
  });

  it('lists everyone present in one run-in paragraph when nobody is told apart by category', () => {
    const doc = buildValfardsradetMinutes();
    // A substitute sent in someone's place is an ersättare, which alone makes no categories.
    const uncategorised = doc.attendance.map((person) => ({
      ...person,
      category: person.status === 'substitute' ? ('ersattare' as const) : null,
    }));
    const blocks = buildMinutesLayout({ ...doc, attendance: uncategorised }).blocks.map(textOf);
    expect(blocks).toContain(
      'Region Dalarna: Sofia Jarl (ordförande), Crister Carlsson, Elin Axman; Avesta kommun: Susanne Berger; ' +
        'Älvdalens kommun: Anette Eriksson (ersättare för Björn Östlund); Ludvika kommun: Håkan Frank',
    );
    expect(blocks).toContain('Frånvarande: Region Dalarna: Roger Larsson; Malung-Sälens kommun: Britta Sohlin');
  });

  it('marks the chair by the role they held', () => {
    const doc = buildValfardsradetMinutes();
    const blocks = buildMinutesLayout({ ...doc, chair: { ...doc.chair!, role: 'motesledare' } }).blocks.map(textOf);
    expect(blocks.find((text) => text?.startsWith('Ledamöter:'))).toContain('Sofia Jarl (mötesledare)');
  });

  it('keeps the paragraph before the signatures with them', () => {
    const last = buildMinutesLayout(buildValfardsradetMinutes()).blocks.at(-1);
    expect(last?.type === 'keepTogether' && last.blocks.map((block) => textOf(block) ?? block.type)).toEqual([
      'Bilaga 2 Presentation kvinnofrid och jämställdhet',
      'signatures',
    ]);
  });

  it('keeps the last item\'s heading and "X beslutade" with its clause and the signatures', () => {
    const last = buildMinutesLayout({ ...buildValfardsradetMinutes(), attachments: [] }).blocks.at(-1);
    expect(last?.type === 'keepTogether' && last.blocks.map((block) => textOf(block) ?? block.type)).toEqual([
      'heading',
      'Välfärdsrådet beslutade',
      'att avsluta mötet.',
      'signatures',
    ]);
  });

  it('prints the date of the meeting an uppdrag came from once', () => {
    const { blocks } = buildMinutesLayout(buildValfardsradetMinutes());
    const followUps = blocks.find((block) => block.type === 'table' && block.caption === 'Uppföljning av uppdrag');
    expect(followUps?.type === 'table' && followUps.rows[0]?.[0]).toBe(
      'Ta fram underlag för regional överenskommelse om kvinnofrid\nFrån mötet 2021-02-18',
    );
  });

  it('splits many indicators over tables of five figures that fit a portrait page', () => {
    const doc = buildValfardsradetMinutes();
    const situationItem = doc.items.find((item) => item.situation)!;
    const situation = situationItem.situation!;
    const indicators = Array.from({ length: 7 }, (_, index) => ({
      name: `Indikator ${index + 1}`,
      unit: 'st',
      values: [1234.5, null, 0, -2],
      total: { method: 'median' as const, value: 1, reported: 3, expected: 4 },
    }));
    const items = doc.items.map((item) =>
      item === situationItem ? { ...item, situation: { ...situation, indicators } } : item,
    );
    const tables = buildMinutesLayout({ ...doc, items }).blocks.filter(
      (block) => block.type === 'table' && block.caption?.startsWith('Indikatorer'),
    );
    expect(tables.map((table) => (table.type === 'table' ? [table.caption, table.columns.length] : null))).toEqual([
      ['Indikatorer', 6],
      ['Indikatorer (forts.)', 3],
    ]);
    const first = tables[0]?.type === 'table' ? tables[0].rows : [];
    expect(first[0]).toEqual([
      'Region Dalarna',
      '1\u00a0234,5',
      '1\u00a0234,5',
      '1\u00a0234,5',
      '1\u00a0234,5',
      '1\u00a0234,5',
    ]);
    expect(first[1]?.[1]).toBe('–');
    expect(first.at(-1)?.[1]).toBe('1\nmedian, 3 av 4 har rapporterat');
  });
});
