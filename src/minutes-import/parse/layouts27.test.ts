import { describe, expect, it } from 'vitest';
import { parseMinutesText } from './index.ts';

// Layouts of batch 27 (committee protocols from Word documents, association board protocols on the web), invented
// variants: all names and matters are invented.
const COMMITTEE =
  'Protokoll utskottssammanträde 2025/26:7\n\nMILJÖUTSKOTTET\n\nPROTOKOLL\n\nDATUM\n\nTisdagen den 3 mars 2026\n\n' +
  'TID\n\nKl. 9.00–9.40\n\nNÄRVARANDE\n\nSe bilaga\n\n§ 1\n\nJustering av protokoll\n\nJusterades protokoll 2025/26:6.\n\n' +
  '§ 2\n\nFråga om extra sammanträde\n\nUtskottet beslutade enhälligt att hålla ett extra sammanträde den 10 mars 2026.\n\n' +
  '§ 3\n\nInformation om strandskyddet\n\nUtskottet beslutade att tystnadsplikt enligt 7 kap. 20 § riksdagsordningen ska ' +
  'gälla för uppgifterna om den kommande propositionen.\n\nVid protokollet\n\nKarin Dahl\n';

describe('layouts of batch 27, invented variants', () => {
  it('reads "X beslutade enhälligt att …" as a decision', () => {
    const item = parseMinutesText(COMMITTEE).items.find((i) => i.number === '2')!;
    expect(item.decisions).toEqual(['att hålla ett extra sammanträde den 10 mars 2026.']);
  });

  it('does not end a decision at "kap." before a paragraph number', () => {
    const item = parseMinutesText(COMMITTEE).items.find((i) => i.number === '3')!;
    expect(item.decisions).toEqual([
      'att tystnadsplikt enligt 7 kap. 20 § riksdagsordningen ska gälla för uppgifterna om den kommande propositionen.',
    ]);
  });

  it('keeps "§ 8 b)." as a sub-paragraph of § 8 in the chain of one-sentence paragraphs', () => {
    const text =
      'Protokoll fört vid Ekby hembygdsförenings årsmöte\nDatum : 2026-03-15\nPlats : Bygdegården\n' +
      '§ 1. Ordföranden förklarade mötet öppnat.\n§ 2. Kallelsen godkändes.\n§ 3. Dagordningen fastställdes.\n' +
      '§ 4. Bokslutet redovisades.\n§ 4 b). Revisionsberättelsen upplästes.\n§ 5. Ansvarsfrihet beviljades.\n' +
      '§ 6. Inga motioner fanns.\n§ 7. Budgeten fastställdes.\n';
    const items = parseMinutesText(text).items;
    expect(items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '4 b', '5', '6', '7']);
    expect(items[4]!.title).toBe('Revisionsberättelsen upplästes.');
  });

  it('reads "Närvarande styrelseledamöter är …" and "Övriga närvarande är <title> Name" as attendees', () => {
    const text =
      'Protokoll från styrelsemöte 12 mars 2026\n\n1. Mötets öppnande\n\nOrdföranden förklarar mötet öppnat.\n\n' +
      'Närvarande styrelseledamöter är Anna Berg, Bo Ek, Cecilia Holm samt Dan Lind.\n\n' +
      'Frånvarande styrelseledamöter är Eva Strand.\n\nÖvriga närvarande är kanslichef Fia Nord.\n\n' +
      '2. Ekonomi\n\nKassören redogör för ekonomin.\n';
    const names = parseMinutesText(text).attendees.map((a) => a.name);
    expect(names).toEqual(['Anna Berg', 'Bo Ek', 'Cecilia Holm', 'Dan Lind', 'Fia Nord']);
  });

  it('reads the list under a numbered "§ 2. Närvarande ledamöter voro:" and keeps the paragraph an item', () => {
    const text =
      'Protokoll fört vid möte med föreningens styrelse 12 mars 2026\n\n§ 1. Mötets öppnande\nAnna Berg öppnade mötet\n\n' +
      '§ 2. Närvarande ledamöter voro:\nAnna Berg, Bo Ek (ej vid § 5), Cecilia Holm, Dan Lind\n\n' +
      '§ 3. Val av mötesfunktionärer\nTill mötesordförande valdes Anna Berg\n\n§ 4. Ekonomi\nKassören redogjorde.\n';
    const parsed = parseMinutesText(text);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Anna Berg', 'Bo Ek', 'Cecilia Holm', 'Dan Lind']);
    expect(parsed.items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
  });

  it('reads a Word table saved with "|" after each cell: label rows, "§ N | Title Text | |" rows, a cell running on', () => {
    const text =
      'Protokoll utskottssammanträde 2025/26:12\nRIKSDAGEN MILJÖUTSKOTTET |\nPROTOKOLL | UTSKOTTSSAMMANTRÄDE 2025/26:12 |\n' +
      'DATUM | 2026-02-17 |\nTID | 10.00–11.30 |\nNÄRVARANDE | Se bilaga 1 |\n' +
      '§ 1 | Justering av protokoll Utskottet justerade protokoll 2025/26:11. | |\n' +
      '§ 2 | Anmälningar Kanslichefen anmälde att följande skrivelser hade kommit in:\n' +
      'Kanslichefen anmälde vidare en inbjudan till ett seminarium. | |\n' +
      '§ 3 | Ajournering Utskottet beslutade att ajournera sammanträdet. | |\n' +
      '§ 4 | Utfrågning med Anna Berg Utskottet höll en utfrågning med ministern Anna Berg om skogspolitiken. | |\n';
    const parsed = parseMinutesText(text);
    expect(parsed.date).toBe('2026-02-17');
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Justering av protokoll'],
      ['2', 'Anmälningar'],
      ['3', 'Ajournering'],
      ['4', 'Utfrågning med Anna Berg'],
    ]);
    expect(parsed.items[2]!.decisions).toEqual(['att ajournera sammanträdet.']);
  });

  it('takes the meeting day from the notes\' title "Möte i <forum> 26/9 2026", not from a blog post\'s date above it', () => {
    const text =
      'lördag 17 oktober 2026\n\nMöte i Ekby föräldraförening  26/9  2026\nNärvarande: Anna Berg, Bo Ek, Cecilia Holm.\n' +
      '1. Öppnande av mötet. Ordförande öppnade mötet.\n2. Ekonomi. Föreningen har god ekonomi.\n3. Julfest. Vi planerar julfesten.\n';
    expect(parseMinutesText(text).date).toBe('2026-09-26');
  });

  it('reads a presence table saved one cell per line with blank lines between: the rows marked X, the chair by "ordf."', () => {
    const cells = [
      'Bilaga',
      'Närvaroförteckning',
      'Förteckning över ledamöter',
      'LEDAMÖTER',
      'N/',
      'U',
      'V',
      'Anna Berg (L), ordf.',
      'X',
      'Bo Ek (V), förste vice ordf.',
      'Cecilia Holm (M), andre vice ordf.',
      'X',
      'Dan Lind (S)',
      'Eva Strand (C)',
      'X',
      'Fia Nord (SD)',
      'Gustav Ek i Ekby (KD)',
      'X',
      'Hans Berg (MP)',
      'SUPPLEANTER',
      'Ida Falk (S)',
      'Jan Holm (M)',
    ];
    const text = `${COMMITTEE}\n${cells.join('\n\n')}\n`;
    const parsed = parseMinutesText(text);
    expect(parsed.attendees.map((a) => a.name)).toEqual([
      'Karin Dahl',
      'Anna Berg',
      'Cecilia Holm',
      'Eva Strand',
      'Gustav Ek i Ekby',
    ]);
    expect(parsed.chair).toBe('Anna Berg');
  });

  it('reads the officers elected as lettered points "a)Ordf. Name b) sekr. Name c) justerare & rösträknare Name och Name"', () => {
    const text =
      'Protokoll fört vid Ekby hembygdsförenings årsmöte\nDatum : 2026-03-15\nPlats : Bygdegården\nNärvarande : 31 st.\n' +
      '§ 1. Ordföranden förklarade mötet öppnat.\n' +
      '§ 2. Till årsmötesfunktionärer valdes : a)Ordf. Anna Berg b) sekr. Bo\nEk c) justerare & rösträknare Cecilia Holm och Dan Lind.\n' +
      '§ 3. Dagordningen fastställdes.\n';
    const parsed = parseMinutesText(text);
    expect([parsed.chair, parsed.secretary, parsed.adjuster]).toEqual(['Anna Berg', 'Bo Ek', 'Cecilia Holm']);
    expect(parsed.attendees.map((a) => a.name).sort()).toEqual(['Anna Berg', 'Bo Ek', 'Cecilia Holm', 'Dan Lind']);
  });

  it('takes the place from the protocol heading "… från styrelsemöte i <place> <day>" or from the line under it', () => {
    const body =
      '\nNärvarande\nAnna Berg, Ekby\nBo Ek, Åby\nCecilia Holm, Ösby\n\n1 Mötets öppnande\nOrdföranden öppnade mötet.\n';
    const inTitle = parseMinutesText(`Protokoll från styrelsemöte i Ekby hembygdsgård 2026-03-31\n${body}`);
    const under = parseMinutesText(`Protokoll från styrelsemöte\nÅby bygdegård 2026-03-31\n${body}`);
    expect([inTitle.location, inTitle.date]).toEqual(['Ekby hembygdsgård', '2026-03-31']);
    expect([under.location, under.date]).toEqual(['Åby bygdegård', '2026-03-31']);
  });
});
