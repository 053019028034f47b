import { describe, expect, it } from 'vitest';
import { parseMinutesText } from './index.ts';

// Layouts of batch 23 (notes of forums where several organisations meet), invented variants: all names are invented.
const names = (text: string) => parseMinutesText(text).attendees.map((a) => a.name);

describe('layouts of batch 23 (forums of several organisations), invented variants', () => {
  it('accepts notes longer than a document head that call themselves "Mötesanteckningar" and list no participants', () => {
    const sections = ['Hygien', 'Städning', 'Utbildning', 'Vägledning', 'Enkäter', 'Terminologi', 'Webbinarier'].map(
      (topic) =>
        `${topic}\n\nArbetet med ${topic.toLowerCase()} pågår och en ny version publiceras under hösten 2026.\n`,
    );
    const parsed = parseMinutesText(`Mötesanteckningar 2026-03-12\n\n${sections.join('\n')}`);
    expect(parsed.date).toBe('2026-03-12');
  });

  it('reads the people of "Deltagare" ⏎ caption ⏎ "• Organisation – Name, Name" groups, and no caption as an item', () => {
    const parsed = parseMinutesText(
      'Möte med referensgruppen för vaccinationer 3 mars 2026\n\nDeltagare\n\nDigitalt\n\n' +
        ' • Barnläkarföreningen - Stina Vall\n • Socialstyrelsen – Olof Brink, Tove Mark (fm)\n\nI Solna\n\n' +
        ' • Läkemedelsverket – Leo Falk\n\nInledning\n\nLeo Falk välkomnade deltagarna till mötet och agendan gicks igenom.\n',
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Stina Vall', 'Olof Brink', 'Tove Mark', 'Leo Falk']);
    expect(parsed.items.map((i) => i.title)).toEqual(['Inledning']);
  });

  it('reads "Deltagare som medverkade på plats i Solna" as a participant label, not a heading', () => {
    const parsed = parseMinutesText(
      'Möte med referensgruppen 3 mars 2026\n\nDeltagare som medverkade digitalt\n\n • Barnläkarföreningen – Stina Vall\n\n' +
        'Deltagare som medverkade på plats i Solna\n\n • Läkemedelsverket – Leo Falk\n\nInledning\n\n' +
        'Leo Falk välkomnade deltagarna till mötet och agendan gicks igenom.\n',
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Stina Vall', 'Leo Falk']);
    expect(parsed.items.map((i) => i.title)).toEqual(['Inledning']);
  });

  it('reads the person after the dash in "Organisation – Name" rows, also where the organisation looks like a name', () => {
    expect(
      names(
        'Minnesanteckningar\nTid  tisdag 12 maj 2026 kl. 10:00-12:00\nNärvarande  organisationer\n' +
          'Riksförbundet FriskLuft – Stina Vall\nStiftelsen Läxstöd – Olof Brink\nForum Öst – Tove Mark\n' +
          'Föreningen för kultur – Leo Falk\n\n1. Mötets öppnande\nMötet öppnades.\n',
      ),
    ).toEqual(['Stina Vall', 'Olof Brink', 'Tove Mark', 'Leo Falk']);
    // Rows with the person first keep the person: no row's left side is an organisation.
    expect(
      names(
        'Protokoll\nNärvarande:\nStina Vall – Region Öst\nOlof Brink – Region Väst\n\n1. Öppnande\nMötet öppnades.\n',
      ),
    ).toEqual(['Stina Vall', 'Olof Brink']);
  });

  it('reads bullets under a known section heading ("Inledning") as that section\'s points, not items of their own', () => {
    const parsed = parseMinutesText(
      'Möte med referensgruppen 3 mars 2026\n\nDeltagare\n\n • Barnläkarföreningen – Stina Vall\n\nInledning\n\n' +
        ' • Mötet öppnades av enhetschef Olof Brink och deltagarna hälsades välkomna.\n • Samtliga deltagare presenterade sig.\n' +
        ' • Myndigheten informerade om att riktlinjerna för gruppen har reviderats under året.\n',
    );
    expect(parsed.items.map((i) => i.title)).toEqual(['Inledning']);
  });

  const tasks = (text: string) => parseMinutesText(text).items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]));

  it('reads "X kommer att skickas ut efter mötet" (material sent later) as a task without an owner', () => {
    expect(
      tasks(
        'Minnesanteckningar\nDatum: 2026-03-03\n\n1. Riktlinjer\nDe nya riktlinjerna kommer att skickas ut efter mötet för kännedom.\n\n2. Övrigt\nInget.\n',
      ),
    ).toEqual([[null, 'De nya riktlinjerna kommer att skickas ut efter mötet för kännedom.']]);
  });

  it('reads no task in a last sentence cut off on a word that cannot end one, but reads one wrapped over a blank line', () => {
    const head = 'Protokoll\nDatum: 2026-03-03\n\n§1\nRiktlinjer mot våld\n';
    expect(tasks(`${head}Förslaget skickas till nämnderna på remiss och svaret ska till `)).toEqual([]);
    // Inside the text the sentence goes on after a blank line (a PDF copy): it is no page copy's cut end.
    expect(tasks(`${head}Styrelsen ska den 27 mars ta ställning till en\n\nuppdragshandling för projektet.\n`)).toEqual(
      [['Styrelsen', 'Styrelsen ska den 27 mars ta ställning till en']],
    );
  });

  it('reads a lone "1. Mötets öppnande" above bullet points as the first item, and no copy of a point already read', () => {
    const parsed = parseMinutesText(
      'Minnesanteckningar förmöte – 12 maj 2026\n\nTid  tisdag 12 maj 2026 kl. 10:00-12:00\n\n  1. Mötets öppnande\n\n' +
        'Stina Vall öppnade mötet och hälsade alla välkomna.\n\n  • Agenda\n\nFörslag till agenda var utskickad innan mötet.\n\n' +
        '  • Teman\n\nDet finns förslag på två teman för hösten som mötet diskuterade.\n',
    );
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Mötets öppnande'],
      [null, 'Agenda'],
      [null, 'Teman'],
    ]);
  });
});
