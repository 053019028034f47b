import { describe, expect, it } from 'vitest';
import { parseMinutesText } from './index.ts';
import { matchLabel } from './labels.ts';
import { buildDocx, buildPdf, plainLayout } from '../extract/builders.test-support.ts';
import { parseMinutesFile } from '../parse-file.ts';

// Synthetic minutes in layouts the reference samples do not cover; all names are invented.
const PARAGRAPH_PROTOCOL = `Sammanträdesprotokoll
Omsorgsnämnden

Plats och tid: Stadshuset, sal 3, kl. 13.00–15.30 den 4 mars 2022
Beslutande: Karin Lund (S), ordförande, Per Holm (M), Eva Strand (C)
Övriga deltagare: Lena Ek, sekreterare, Jonas Berg, förvaltningschef
Utses att justera: Per Holm

§ 12 Val av justerare
Omsorgsnämnden beslutar
att utse Per Holm att justera protokollet.

§ 13 Budgetuppföljning februari
Förvaltningschefen redovisar utfallet för februari.
Omsorgsnämnden beslutar
att godkänna redovisningen,
att uppdra åt förvaltningen att återkomma med en åtgärdsplan.
Förvaltningen återkommer med en åtgärdsplan till nästa möte den 8 april.

§ 14 Övriga frågor
Inga övriga frågor anmäldes.
`;

const FLATTENED = `Minnesanteckningar
Samverkansgruppen för äldreomsorg
Datum: 2022-02-10
Tid: 09:00-10:00
Plats: Teams
Dnr: KS 2022/115

Deltagare
Verksamhet	Namn
Kommun A	Maja Lind
Kommun B	Olle Björk

Rapport
Verksamhet	Nuläge	Utmaning	Medskick
Kommun A	Stabilt läge.	Bemanning.	-
Kommun B	Ansträngt.	-	Behöver stöd.

Summering:
Gruppen tar frågan vidare till nästa möte.

Ordförande	Sekreterare
Maja Lind	Olle Björk
`;

const HEADED = `Minnesanteckningar från Länsgruppen 3 maj 2022

Närvarande: Sara Nord, Tove Ås, Erik Sand

Lägesbild
Smittläget är stabilt i länet och inga nya utbrott rapporteras från kommunerna.

Vaccinationer (Tove Ås, Regionen)
Tove redogör för planen inför hösten. Regionen ska ta fram en ny tidplan. Erik återkommer med siffror.

Nästa möte
Gruppen träffas igen på nästa möte den 7 juni.
`;

describe('minutes layouts beyond the reference samples', () => {
  it('a "§ N" protocol with place-and-time header and a signature-free role list', () => {
    const m = parseMinutesText(PARAGRAPH_PROTOCOL);
    expect(m).toMatchObject({
      date: '2022-03-04',
      startTime: '13:00',
      endTime: '15:30',
      location: 'Stadshuset, sal 3',
      chair: 'Karin Lund',
      secretary: 'Lena Ek',
      adjuster: 'Per Holm',
    });
    expect(m.items.map((i) => [i.number, i.title, i.kind])).toEqual([
      ['12', 'Val av justerare', null],
      ['13', 'Budgetuppföljning februari', null],
      ['14', 'Övriga frågor', 'ovrigt'],
    ]);
    expect(m.items[1]!.decisions).toEqual([
      'att godkänna redovisningen,',
      'att uppdra åt förvaltningen att återkomma med en åtgärdsplan.',
    ]);
    expect(m.items[1]!.actions).toEqual([
      {
        owner: 'Förvaltningen',
        task: 'Förvaltningen återkommer med en åtgärdsplan till nästa möte den 8 april.',
        due: '2022-04-08',
      },
    ]);
    expect(m.attendees.map((a) => a.name)).toEqual(
      expect.arrayContaining(['Karin Lund', 'Per Holm', 'Eva Strand', 'Lena Ek', 'Jonas Berg']),
    );
    expect(m.followUpMeetings).toEqual(['2022-04-08']);
  });

  it('tables flattened to tab-separated lines, with the signature block beside each other', () => {
    const m = parseMinutesText(FLATTENED);
    expect(m).toMatchObject({
      date: '2022-02-10',
      startTime: '09:00',
      endTime: '10:00',
      location: 'Teams',
      diaryNumber: 'KS 2022/115',
      chair: 'Maja Lind',
      secretary: 'Olle Björk',
    });
    expect(m.items.map((i) => i.title)).toEqual(['Rapport', 'Summering']);
    expect(m.statusReports).toEqual([
      { organization: 'Kommun A', current: 'Stabilt läge.', challenge: 'Bemanning.', input: null },
      { organization: 'Kommun B', current: 'Ansträngt.', challenge: null, input: 'Behöver stöd.' },
    ]);
    expect(m.attendees.map((a) => [a.name, a.organization])).toEqual([
      ['Maja Lind', 'Kommun A'],
      ['Olle Björk', 'Kommun B'],
    ]);
    expect(m.items[1]!.actions).toHaveLength(1);
  });

  it('unnumbered headings with "(presenter, organisation)"', () => {
    const m = parseMinutesText(HEADED);
    expect(m.date).toBe('2022-05-03');
    expect(m.items.map((i) => i.title)).toEqual(['Lägesbild', 'Vaccinationer', 'Nästa möte']);
    expect(m.items[1]!.presenters).toEqual(['Tove Ås']);
    expect(m.items[1]!.actions.map((a) => a.owner)).toEqual(['Regionen', 'Erik']);
    expect(m.attendees.map((a) => a.name)).toEqual(['Sara Nord', 'Tove Ås', 'Erik Sand']);
    expect(m.followUpMeetings).toEqual(['2022-06-07']);
  });
});

// Batch-5 layouts of the real corpus, rewritten with invented names: each rule is structural.
const NETWORK_NOTES = `Minnesanteckningar från nätverksmötet den 3 maj 2023

Närvarande
Anna Lind, Kommun A
Bo Ek, Kommun B Cecilia Holm, Region C
Dan Berg, Kommun D

Från förbundet närvarade Eva Strand (fram till kl. 14.30), Fredrik Nyman och Gun Sjö

1. Inledning

Ulla Björk, vice ordförande, öppnade mötet. Ulla Björk är därför mötesordförande vid detta möte.

2. Rapport om arbetet

Rapporten ska bygga på kommunernas svar från våren. Dan Berg deltar i länets arbetsgrupp 12/6.

Nätverkets konklusion:
- En gemensam rapport tas fram varje höst.
- Rapporten arbetas fram av nätverket vid
höstmötet.
o Med en inledande del
som sammanfattar läget
- Ingen ny enkät skickas ut.
Nästa steg diskuterades inte.
`;

const SHARED_SECRETARY = `Protokoll styrelsemöte 2023-05-03

Plats och tid: Förbundshuset, Storgatan 1 kl Närvarande
Ordförande för mötet: Karin Lund
Sekreterare: Lena Ek/Maja Lind

§1 Mötets öppnande
Kl. 16:15 genomförde regeringen en presskonferens om nya restriktioner som berör kommunens verksamheter, skolor och idrottshallar under helgen.
§2 Dagordningen fastställs
`;

describe('batch-5 layouts (national forum notes, shared roles, conclusion bullets)', () => {
  it('reads rows run together on one line, attendance in prose and the chair named in prose', () => {
    const parsed = parseMinutesText(NETWORK_NOTES);
    expect(parsed.attendees.map((a) => a.name)).toEqual(
      expect.arrayContaining(['Bo Ek', 'Cecilia Holm', 'Eva Strand', 'Fredrik Nyman', 'Gun Sjö']),
    );
    expect(parsed.chair).toBe('Ulla Björk');
  });

  it('reads bullets under a conclusion heading as decisions, without their sub-bullets', () => {
    const item = parseMinutesText(NETWORK_NOTES).items.find((i) => i.number === '2')!;
    expect(item.decisions).toEqual([
      'En gemensam rapport tas fram varje höst.',
      'Rapporten arbetas fram av nätverket vid höstmötet.',
      'Ingen ny enkät skickas ut.',
    ]);
  });

  it('takes a dated present-tense deed of a named person as a task, and a rule about a document as none', () => {
    const actions = parseMinutesText(NETWORK_NOTES).items.flatMap((i) => i.actions);
    expect(actions).toEqual([
      { owner: 'Dan Berg', task: 'Dan Berg deltar i länets arbetsgrupp 12/6.', due: '2023-06-12' },
    ]);
  });

  it('reads "Ordförande för mötet", a role shared by two, a place before a bare "kl" and no time from prose', () => {
    const parsed = parseMinutesText(SHARED_SECRETARY);
    expect(parsed.chair).toBe('Karin Lund');
    expect(parsed.secretary).toBe('Lena Ek');
    expect(parsed.attendees.map((a) => a.name)).toEqual(expect.arrayContaining(['Lena Ek', 'Maja Lind']));
    expect(parsed.location).toBe('Förbundshuset, Storgatan 1');
    expect(parsed.startTime).toBeNull();
  });

  it('splits a PDF column of names run together on one line and reads a comma-qualified list label', () => {
    const parsed = parseMinutesText(`Protokoll

Plats och tid: Stadshuset 2023-05-03 kl. 09.00-12.00

Beslutande: Ersättare:

Karin Lund, ordförande

Per Holm Eva Strand Olle Björk

Närvarande, ej tjg ers:

Gun Sjö

§ 1 Mötets öppnande

Ordföranden öppnade mötet och hälsade alla välkomna.
`);
    expect(parsed.attendees.map((a) => a.name)).toEqual([
      'Karin Lund',
      'Per Holm',
      'Eva Strand',
      'Olle Björk',
      'Gun Sjö',
    ]);
  });
  it('reads a compact "yyyymmdd" heading date and a running list wrapped in the middle of a name', () => {
    const parsed = parseMinutesText(`SAMVERKAN BARN OCH UNGA
MINNESANTECKNINGAR 20220314
Närvarande:
Karin Lund, Per Holm, Eva Strand, Olle Björk, Lena
Ek, Maja Lind, Jonas Berg
Lägesrapport från kommunerna
Kommunerna rapporterar ett ansträngt läge i hemtjänsten, men ingen brist på skyddsutrustning.
`);
    expect(parsed.date).toBe('2022-03-14');
    expect(parsed.attendees.map((a) => a.name)).toEqual([
      'Karin Lund',
      'Per Holm',
      'Eva Strand',
      'Olle Björk',
      'Lena Ek',
      'Maja Lind',
      'Jonas Berg',
    ]);
  });

  it('takes the year of a labelled day and month from the head and does not read a post as the secretary', () => {
    const parsed = parseMinutesText(`Minnesanteckningar NGU 2022-04

Minnesanteckningar
Nätverksgruppen för unga (NGU)
Tid: 12 april kl. 13.00-15.00
Plats: Rådhuset, Storstad
Närvarande:
Anna Berg, enhetschef socialtjänsten
Bo Ek, kommunalrådssekreterare stadskontoret
Cecilia Holm, verksamhetschef barnpsykiatrin
1. Välkommen
2. Läget i skolorna
Skolorna rapporterar hög frånvaro.
`);
    expect(parsed.date).toBe('2022-04-12');
    expect(parsed.startTime).toBe('13:00');
    expect(parsed.secretary).toBeNull();
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Anna Berg', 'Bo Ek', 'Cecilia Holm']);
  });

  it('reads PDF list rows with blank lines between them, "Name, Kommun" rows run together and "Övriga:"', () => {
    const parsed = parseMinutesText(`Styrgruppen för vård och omsorg

Tid: 3 februari 2022 kl. 09:00-11:00 Plats: Förbundshuset

Närvarande: Karin Lund, Åby, ordf.

Per Holm, Storstad, vice ordf. Eva K Strand, Lillby

Olle Björk, Åby Gun Sjö, Storstad

Förhinder: Lena Ek, Lillby

Övriga: Maja Lind, förbundet

Jonas Berg, förbundet

1. Mötets öppnande

2. Lägesbild
Kommunerna rapporterar ett stabilt läge.
`);
    expect(parsed.chair).toBe('Karin Lund');
    expect(parsed.attendees.map((a) => a.name)).toEqual([
      'Karin Lund',
      'Per Holm',
      'Eva K Strand',
      'Olle Björk',
      'Gun Sjö',
      'Maja Lind',
      'Jonas Berg',
    ]);
  });

  it('reads bulleted "Organisation: Name och Name" rows of a participant list', () => {
    const parsed = parseMinutesText(`Närvarande

 • Kommunförbundet: Anna Lisa Berg
 • Regionen: Per Holm och Lena Maria Ek
 • Länsstyrelsen: Karin Lund (ordf.), Bo Ek och Olle Björk.

Inledning

Karin Lund hälsade alla välkomna till mötet.
`);
    expect(parsed.chair).toBe('Karin Lund');
    expect(parsed.attendees.map((a) => a.name)).toEqual([
      'Anna Lisa Berg',
      'Per Holm',
      'Lena Maria Ek',
      'Karin Lund',
      'Bo Ek',
      'Olle Björk',
    ]);
  });

  it('reads a task after a fronted phrase ("Enligt tidplanen ska X …") and not a reference back or a plan line', () => {
    const parsed = parseMinutesText(`Minnesanteckningar 2022-03-01

Närvarande: Anna Berg, Bo Ek

1. Tidplan
Enligt tidplanen ska KSL:s styrelsen den 4 maj ta ställning till förslaget. Till hösten ska Anna Berg vara tillbaka.
Anna Berg och Bo Ek återkopplar till de diskussioner som gruppen tidigare haft i frågan.
Inriktning för grundskolan torsdag 5 maj.

2. Nästa steg
Till nästa möte ska Bo Ek ta fram ett förslag.
`);
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]))).toEqual([
      ['KSL:s styrelsen', 'Enligt tidplanen ska KSL:s styrelsen den 4 maj ta ställning till förslaget.'],
      ['Bo Ek', 'Till nästa möte ska Bo Ek ta fram ett förslag.'],
    ]);
  });
});

describe('general fallbacks for unseen minutes (issue 14)', () => {
  it('ends a Word status table at the next numbered item instead of reading the rest as a cell', () => {
    const parsed = parseMinutesText(`Minnesanteckningar
Omsorgsrådet

Datum: 2024-02-06

1. Laget runt
	Verksamhet
	Nuläge
	Utmaning
	Medskick

	Kommun A
	Lugnt.
	-
	-

2. Gemensam rutin för hemgång
Rådet gick igenom utkastet till rutin och lämnade synpunkter på ansvarsfördelningen.

3. Övriga frågor
Inga övriga frågor.
`);
    expect(parsed.statusReports).toEqual([
      { organization: 'Kommun A', current: 'Lugnt.', challenge: null, input: null },
    ]);
    expect(parsed.items.map((i) => i.title)).toEqual(['Laget runt', 'Gemensam rutin för hemgång', 'Övriga frågor']);
  });

  it('reads "(ordf)" and "(sekr)" without a dot on the organisation entry of a run-in list', () => {
    const parsed = parseMinutesText(`Minnesanteckningar
Närvarande: Tove Ås, Kommun A (ordf), Bo Sand, Kommun B, tjg ers, Ylva Ek, Region C (sekr)

1. Mötets öppnande
Ordföranden öppnade mötet och hälsade alla välkomna till dagens möte.

2. Information om vaccinationerna
Läget i länet gicks igenom och frågor besvarades av regionens representant.
`);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Tove Ås', 'Bo Sand', 'Ylva Ek']);
    expect(parsed.chair).toBe('Tove Ås');
    expect(parsed.secretary).toBe('Ylva Ek');
  });

  it('reads a tab label column, a "yy mm dd" date and an adjuster elected "att justera"', () => {
    const parsed = parseMinutesText(`Minnesanteckningar
Samverkansgruppen

Datum\t24 01 16
Plats\tStorsalen, Vårdhuset
Närvarande: Åsa Lind, Per Holm, Karin Berg

1. Mötets öppnande
Åsa Lind hälsade välkommen. Per Holm valdes att justera anteckningarna.

2. Information om rutinen
Gruppen gick igenom den nya rutinen för samordnad planering i hemmet.
`);
    expect(parsed.date).toBe('2024-01-16');
    expect(parsed.location).toBe('Storsalen, Vårdhuset');
    expect(parsed.adjuster).toBe('Per Holm');
  });

  it('reads "2024.03.05" and "5/3 2024" dates in a label, and the online tool named in a heading sentence', () => {
    const dated = (date: string) =>
      parseMinutesText(
        `Protokoll\nDatum: ${date}\n\nNärvarande: Åsa Lind, Per Holm\n\nMötet gick igenom läget i kommunen och det var lugnt.\n`,
      ).date;
    expect(dated('2024.03.05')).toBe('2024-03-05');
    expect(dated('5/3 2024')).toBe('2024-03-05');
    const online = parseMinutesText(`Anteckningar från nätverksmöte
Mötet hölls tisdagen den 5 mars 2024 kl. 13–14 via Zoom.
Närvarande: Åsa Lind, Per Holm

Nätverket gick igenom läget i kommunerna och det var lugnt överallt.
`);
    expect(online.location).toBe('Zoom');
    expect(online.date).toBe('2024-03-05');
  });

  it('takes unnumbered bullet headings of a web page as the items, ending the run-in list above them', () => {
    const parsed = parseMinutesText(`Meny
Sök
Anteckningar från länsnätverket för äldreomsorg
Mötet hölls den 7 maj 2024.
Deltagare: Åsa Lind (ordförande), Kommun A, Per Holm, Kommun B.
• Föregående anteckningar
Anteckningarna lades till handlingarna.
• Laget runt
Kommun A: Lugnt läge. Kommun B: Många nya ärenden i hemtjänsten.
• Övrigt
Inga övriga frågor.
Dela sidan
`);
    expect(parsed.items.map((i) => i.title)).toEqual(['Föregående anteckningar', 'Laget runt', 'Övrigt']);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Åsa Lind', 'Per Holm']);
    expect(parsed.chair).toBe('Åsa Lind');
  });

  it('reads "ansvarar för att", a question that "återkommer", a present-tense deed "på nästa möte", and an action after a decision on the same line', () => {
    const parsed = parseMinutesText(`Minnesanteckningar
Närvarande: Åsa Lind, Per Holm, Karin Berg

1. Hemgångsrutinen
Gruppen beslutade att ge arbetsgruppen i uppdrag att revidera rutinen. Karin Berg ansvarar för att kalla arbetsgruppen.

2. Övriga frågor
Per Holm redovisar enkätsvaren på nästa möte. Frågan om gemensam utbildning återkommer på nästa möte.
`);
    expect(parsed.items[0]!.decisions).toEqual(['att ge arbetsgruppen i uppdrag att revidera rutinen.']);
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]))).toEqual([
      ['Karin Berg', 'Karin Berg ansvarar för att kalla arbetsgruppen.'],
      ['Per Holm', 'Per Holm redovisar enkätsvaren på nästa möte.'],
      [null, 'Frågan om gemensam utbildning återkommer på nästa möte.'],
    ]);
  });

  it('reads "Punkt N – Titel" items, the chair from "Mötet leddes av", the secretary from "Anteckningar:", and ends the list at prose', () => {
    const parsed = parseMinutesText(`Anteckningar från länsforum 2024-02-12
Närvarande från kommunerna: Åsa Lind (Kommun A), Bo Sand (Kommun B)
Närvarande från regionen: Karin Berg, Per Holm
Mötet leddes av Åsa Lind. Anteckningar: Per Holm.
Punkt 1 – Inledning
Åsa Lind hälsade välkommen.
Punkt 2 – Vårdplatsläget
Karin Berg beskrev läget på sjukhusen och i kommunerna.
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Inledning'],
      ['2', 'Vårdplatsläget'],
    ]);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Åsa Lind', 'Bo Sand', 'Karin Berg', 'Per Holm']);
    expect([parsed.chair, parsed.secretary]).toEqual(['Åsa Lind', 'Per Holm']);
  });

  it('reads a role in another cell of a participant table, a name at the end of an entry, and skips "Icke deltagande"', () => {
    const parsed = parseMinutesText(`Protokoll
Samverkansrådet

Ledamöter\tOrganisation
Åsa Lind\tKommun A, ordförande
Bo Sand\tKommun B

Övriga deltagare: Kommun C genom Karin Berg (sekreterare), Förbundschef Per Holm
Icke deltagande: Olle Björk

§ 1 Mötets öppnande
Ordföranden öppnade mötet och hälsade alla välkomna.
`);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Åsa Lind', 'Bo Sand', 'Karin Berg', 'Per Holm']);
    expect([parsed.chair, parsed.secretary]).toEqual(['Åsa Lind', 'Karin Berg']);
  });

  it('takes an "Uppdrag:" line as a task, and the online tool beside the unlabelled time as the place', () => {
    const parsed = parseMinutesText(`Anteckningar avstämning hemtjänst
2024-03-05 kl 14.00-15.00, Zoom

Deltagare: Åsa Lind, Bo Sand

Lägesbild
Läget är stabilt i båda kommunerna men sjukfrånvaron har ökat något.
Uppdrag: Bo Sand tar fram en sammanställning av sjukfrånvaron.
`);
    expect(parsed.location).toBe('Zoom');
    expect(parsed.items.flatMap((i) => i.actions)).toEqual([
      { owner: 'Bo Sand', task: 'Bo Sand tar fram en sammanställning av sjukfrånvaron.', due: null },
    ]);
  });

  it('reads short headings between wrapped PDF lines without blank lines, and not a letter-spaced page header', () => {
    const parsed = parseMinutesText(`NÄTVERKET FÖR ÄLDREOMSORG
S I D AN 1 AV 3
MINNESANTECKNINGAR 20220905
Närvarande:
Karin Lund, Per Holm, Eva Strand, Olle Björk
Utskrivning från sjukhus
Kommunerna beskriver att de flesta patienter nu skrivs ut inom tre dagar, men att
informationen från slutenvården ibland kommer sent. Gruppen vill följa frågan.
Bemanning i hemtjänsten inför hösten
Flera kommuner saknar sjuksköterskor under helgerna och hyr in personal från bemanningsföretag
i väntan på nyanställningar. Regionen bidrar inte med personal.
`);
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Utskrivning från sjukhus',
      'Bemanning i hemtjänsten inför hösten',
    ]);
  });

  it('reads a Word header table of label cells, an agenda table and an attendance table with an "X" column', () => {
    const cells = (...rows: string[][]) => rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n');
    const parsed = parseMinutesText(`Minnesanteckningar

${cells(['Möte', 'Länsgruppen för äldreomsorg'], ['Datum', '2024-04-09'], ['Plats', 'Teams'], ['Ordförande', 'Åsa Lind'])}

Deltagare
${cells(['Namn', 'Organisation', 'Närvaro'], ['Åsa Lind', 'Kommun A', 'X'], ['Bo Sand', 'Kommun B', ''], ['Karin Berg', 'Region C', 'X'])}


${cells(['Nr', 'Ärende', 'Anteckningar'], ['1', 'Läget i kommunerna', 'Karin Berg redogjorde för läget.'], ['2', 'Gemensam rutin', 'Gruppen beslutade att anta rutinen.'], ['3', 'Övriga frågor', 'Inga övriga frågor.'])}
`);
    expect([parsed.title, parsed.date, parsed.location, parsed.chair]).toEqual([
      'Länsgruppen för äldreomsorg',
      '2024-04-09',
      'Teams',
      'Åsa Lind',
    ]);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Åsa Lind', 'Karin Berg']);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Läget i kommunerna'],
      ['2', 'Gemensam rutin'],
      ['3', 'Övriga frågor'],
    ]);
    expect(parsed.items[1]!.decisions).toEqual(['att anta rutinen.']);
  });

  it('breaks minutes that came out as one long line at their numbered points, labels and headings', () => {
    const parsed = parseMinutesText(
      'Minnesanteckningar Länsgruppen för äldreomsorg 2024-05-14 Närvarande: Åsa Lind (ordf), Kommun A, Bo Sand, ' +
        'Kommun B, Karin Berg (sekr), Region C 1. Inledning Åsa Lind öppnade mötet och hälsade alla välkomna. ' +
        '2. Läget i kommunerna Bo Sand rapporterade att läget är stabilt i båda kommunerna. 3. Gemensam rutin ' +
        'Gruppen beslutade att anta rutinen. Karin Berg skickar ut rutinen till kommunerna. 4. Övriga frågor Inga övriga frågor.',
    );
    expect([parsed.date, parsed.chair, parsed.secretary]).toEqual(['2024-05-14', 'Åsa Lind', 'Karin Berg']);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Åsa Lind', 'Bo Sand', 'Karin Berg']);
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Inledning',
      'Läget i kommunerna',
      'Gemensam rutin',
      'Övriga frågor',
    ]);
    expect(parsed.items[2]!.decisions).toEqual(['att anta rutinen.']);
    expect(parsed.items[2]!.actions.map((a) => a.owner)).toEqual(['Karin Berg']);
  });

  it('reads "Beslut: Att …", a Word table of tasks with owner and date, an "Ansvarig:" sentence, and the place after the time', () => {
    const parsed = parseMinutesText(`MINNESANTECKNINGAR
Länsgruppen för äldreomsorg
Onsdag 8 maj 2024, kl 9–11, Vårdhuset

Närvarande: Åsa Lind, Bo Sand, Karin Berg

LÄGESBILD
Läget är stabilt i kommunerna och på sjukhuset. Gruppen följer utvecklingen.
Beslut: Att rutinen skickas på remiss till kommunerna.
Kalla till en workshop om rutinen. Ansvarig: Bo Sand.

ÅTGÄRDER
\tÅtgärd
\tAnsvarig
\tKlart

\tSammanställa remissvaren
\tKarin Berg
\t2024-06-01
`);
    expect(parsed.location).toBe('Vårdhuset');
    expect(parsed.items.flatMap((i) => i.decisions)).toEqual(['Att rutinen skickas på remiss till kommunerna.']);
    expect(parsed.items.flatMap((i) => i.actions)).toEqual([
      { owner: 'Bo Sand', task: 'Kalla till en workshop om rutinen.', due: null },
      { owner: 'Karin Berg', task: 'Sammanställa remissvaren.', due: '2024-06-01' },
    ]);
  });

  it('reads a spaced-out signature row under "Justeras" as two people', () => {
    const parsed = parseMinutesText(`Protokoll
Närvarande: Åsa Lind, Bo Sand

§ 1 Mötets öppnande
Ordföranden öppnade mötet och hälsade alla välkomna.

Justeras
Åsa Lind     Bo Sand
`);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Åsa Lind', 'Bo Sand']);
    expect(parsed.adjuster).toBe('Åsa Lind');
  });

  it('keeps unnumbered headings as the items when a numbered list of sentences stands inside one of them', () => {
    const parsed = parseMinutesText(`Minnesanteckningar från länsgruppen
Datum: 2024-09-10
Deltagare: Åsa Lind, Bo Sand, Karin Berg

Lägesbild
Sjukhuset har haft hög beläggning under sommaren men kommunerna har tagit emot patienterna i tid.

Ny överenskommelse om hemsjukvård
Bo Sand redogjorde för förslaget. Det innehåller tre förändringar.
1. Provtagningen i hemmet flyttas till kommunerna.
2. Läkarmedverkan regleras i en bilaga.
3. Uppföljning sker en gång per år.

Övriga frågor
Anmälan till utbildningen sker senast den 1 oktober. Inga fler frågor togs upp.
`);
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Lägesbild',
      'Ny överenskommelse om hemsjukvård',
      'Övriga frågor',
    ]);
    expect(parsed.items.flatMap((i) => i.actions)).toEqual([]);
  });

  it('reads a long web heading over a sub-heading as two items, but a group heading over a title as none', () => {
    const parsed = parseMinutesText(`Närvarande

 • Regionen: Anna Berg (ordf.), Per Holm
 • Kommunerna: Lena Ek

Inledning

Anna Berg hälsade alla välkomna och gick igenom dagordningen för mötet.

Regionens pågående arbete med vaccinationer i länets kommuner

Planering inför hösten

Regionen beskrev planeringen av höstens vaccinationer på de särskilda boendena.

Ärenden till styrgruppen

Ny rutin för utskrivning från sjukhus

Gruppen diskuterade förslaget till ny rutin och lämnade synpunkter till arbetsgruppen.
`);
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Inledning',
      'Regionens pågående arbete med vaccinationer i länets kommuner',
      'Planering inför hösten',
      'Ny rutin för utskrivning från sjukhus',
    ]);
  });

  it('reads "N §" paragraphs, a "4/5-23" date and the place after "kl. 14.00–16.00 i"', () => {
    const parsed = parseMinutesText(`Protokoll fört vid sammanträde med länsrådet
2022-03-16 kl. 14.00–16.00 i Regionhuset, Visby

Beslutande: Åsa Lind, ordförande, Bo Sand

1 §
Mötets öppnande
Ordföranden hälsade välkommen och förklarade sammanträdet öppnat.

2 §
Läget i länet
Bo Sand redovisade läget i kommunerna och på sjukhuset.
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Läget i länet'],
    ]);
    expect(parsed.location).toBe('Regionhuset, Visby');
    const dated = parseMinutesText(
      'Minnesanteckningar\nDatum: 4/5-23\n\nNärvarande: Åsa Lind, Bo Sand\n\nGruppen gick igenom läget i kommunerna.\n',
    );
    expect(dated.date).toBe('2023-05-04');
  });

  it('reads an announced step in the passive future as a task without owner, but not an announced state', () => {
    const parsed = parseMinutesText(`Närvarande

Anna Berg, Per Holm, Lena Ek

1. Information från regionen

Regionen informerade om att kommunernas kontaktpersoner kommer att tillfrågas om en gemensam utbildningsdag. Regionen informerade om att läget kommer att vara oförändrat under våren.
`);
    const actions = parsed.items.flatMap((i) => i.actions);
    expect(actions.map((a) => a.owner)).toEqual([null]);
    expect(actions[0]!.task).toContain('tillfrågas');
  });

  it('takes a dated proposal or report in the meeting ("X föreslår att … den 31 maj") as no task', () => {
    const parsed = parseMinutesText(`Minnesanteckningar
Datum: 2024-04-02
Närvarande: Åsa Lind, Bo Sand

1. Bemanning
Verksamhetschefen föreslår att förstärkningen behålls till och med den 31 maj.
Bo Sand rapporterar läget inför den 15 april.
`);
    expect(parsed.items.flatMap((i) => i.actions)).toEqual([]);
  });
});

describe('layouts of corpus batches 7 and 8 (issue 14)', () => {
  it('reads one "§ N" paragraph with dash-bulleted att-clauses, its chair from "ställer proposition" and no items from its list of documents', () => {
    const parsed = parseMinutesText(`Sammanträdesprotokoll
Socialutskottet 2023-09-12

§ 41

Avtal om gemensam krisberedskap (SU 2023.77)

Beslut

Utskottet beslutar att föreslå att:

Kommunfullmäktige beslutar

- att kommunen ska ingå avtalet om gemensam krisberedskap.

- att avtalet ska följas upp efter två år.

Yrkanden

Maja Lind (S) yrkar att utskottet beslutar i enlighet med förslaget.

Beslutsgång

Ordförande Maja Lind (S) ställer proposition på sitt eget yrkande och finner att utskottet beslutar i enlighet därmed.

Beslutsunderlag

1. Avtal om gemensam krisberedskap

2. Bilaga, kostnadsfördelning

3. Tjänsteskrivelse
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['41', 'Avtal om gemensam krisberedskap (SU 2023.77)'],
    ]);
    expect(parsed.items[0]!.decisions).toEqual([
      'att kommunen ska ingå avtalet om gemensam krisberedskap.',
      'att avtalet ska följas upp efter två år.',
    ]);
    expect(parsed.chair).toBe('Maja Lind');
  });

  it('reads a sending after a fronted phrase as a task, and neither an appeal period nor a remiss line as one', () => {
    const parsed = parseMinutesText(`Minnesanteckningar
Datum: 2024-04-02
Närvarande: Åsa Lind, Bo Sand

1. Referensgruppen
Myndigheten informerade om arbetet. Under våren kommer inbjudningar att gå ut till kommunerna om att utse kontaktpersoner.

2. Remisser
Remiss från kommunstyrelsen, dnr 12-34/2024, för yttrande senast 2024-05-20
Handläggare: Bo Sand

3. Överklagande
Överklagandetiden utgår den 30/4 2024.
`);
    const actions = parsed.items.flatMap((i) => i.actions);
    expect(actions.map((a) => [a.owner, a.task.slice(0, 40)])).toEqual([
      [null, 'Under våren kommer inbjudningar att gå u'],
    ]);
  });

  it('reads a space-padded two-column Beslutande list, a signature row run into one line and contents without leaders', () => {
    const parsed = parseMinutesText(`Regionstyrelsens protokoll
Sammanträdet den 12 mars 2024

          Beslutande
Åsa Lind (s), ordförande            Bo Sand (s)
Karin Berg (m)                      Per Holm (c)
Olle Björk (v)                      Eva Strand (mp)

          Sekreterare
          Maja Ek

Justerat den 14/3 2024          Justerat den 15/3 2024Åsa Lind, ordförande          Karin Berg, justerare

REGIONSTYRELSEN DEN 12 MARS 2024
Val av justerare 3
Fastställande av dagordning 3
Regiondirektörens rapport 4
Delårsrapport för januari till februari 7
Yttrande över remiss om vårdens
digitalisering 9
`);
    expect(parsed.attendees.map((a) => a.name)).toEqual(
      expect.arrayContaining(['Åsa Lind', 'Bo Sand', 'Karin Berg', 'Per Holm', 'Olle Björk', 'Eva Strand', 'Maja Ek']),
    );
    expect(parsed.attendees).toHaveLength(7);
    expect([parsed.chair, parsed.secretary, parsed.adjuster]).toEqual(['Åsa Lind', 'Maja Ek', 'Karin Berg']);
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Val av justerare',
      'Fastställande av dagordning',
      'Regiondirektörens rapport',
      'Delårsrapport för januari till februari',
      'Yttrande över remiss om vårdens digitalisering',
    ]);
  });

  it('reads "Name (party) role" entries run together under nested labels, "Förhindrade", a qualified "Övriga" and "Sammanträdesplats"', () => {
    const parsed = parseMinutesText(`Sammanträdesplats Regionsalen, Regionhuset Växjö

Närvarande

Ledamöter Åsa Lind (S) ordförande

Bo Sand (M) 1:e vice ordförande Karin Berg (C) 2:e vice ordförande Per Holm (S)

Olle Björk (S) tjänstgörande ersättare Eva-Lena Strand (V)

Ersättare Maja Ek (KD)

Förhindrade Jonas Berg (S)

Lisa Nord (M)

Övriga (under hela eller delar av sammanträdet)

Tove Ås, regiondirektör Erik Sand, ekonomidirektör

(2)

Sara Lund, nämndsekreterare

§ 1 Val av justerare
Till justerare utsågs Karin Berg.
`);
    expect(parsed.attendees.map((a) => a.name)).toEqual([
      'Åsa Lind',
      'Bo Sand',
      'Karin Berg',
      'Per Holm',
      'Olle Björk',
      'Eva-Lena Strand',
      'Maja Ek',
      'Tove Ås',
      'Erik Sand',
      'Sara Lund',
    ]);
    expect(parsed.chair).toBe('Åsa Lind');
    expect(parsed.location).toBe('Regionsalen, Regionhuset Växjö');
  });

  it('reads run-in lists under organisation abbreviations, "A."/"B." before "01." headings and the meeting\'s own start time', () => {
    const parsed = parseMinutesText(`Sammanträde 2024-02-06

Klockan
13:00

Nämndens sammanträde börjar kl. 15.00

Deltagare
ÄN
Greta Moberg (S) ordförande, Nils Dahl (M) vice ordförande, och Ulla Falk (C)

FÖRV
Rune Åkesson förvaltningsdirektör, Stig Ferm och Ingrid Kask avdelningschefer

PRO
Berit Alm, Hans Wik, och Lars O Nord

A. Inledning
Greta Moberg hälsar välkommen till dagens möte.

B. Fastställande av dagordning
Dagordningen fastställs.

01. Trygghet i hemtjänsten
Förvaltningen: Det finns krav på kontinuitet i bemanningen.

02. Måltider på äldreboenden
Förvaltningen: Riktlinjerna följs upp under året.
`);
    expect(parsed.attendees.map((a) => a.name)).toEqual([
      'Greta Moberg',
      'Nils Dahl',
      'Ulla Falk',
      'Rune Åkesson',
      'Stig Ferm',
      'Ingrid Kask',
      'Berit Alm',
      'Hans Wik',
      'Lars O Nord',
    ]);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['A', 'Inledning'],
      ['B', 'Fastställande av dagordning'],
      ['01', 'Trygghet i hemtjänsten'],
      ['02', 'Måltider på äldreboenden'],
    ]);
    expect(parsed.startTime).toBe('15:00');
  });
});

describe('nothing of a decision line is lost', () => {
  it('keeps "X beslutar" of a one-line decision in the notes, who decided being part of the record', () => {
    const parsed = parseMinutesText(`Minnesanteckningar Länets brukarråd 2023-04-12

1. Ny arbetsordning
Ordföranden presenterade förslaget till ny arbetsordning.
- Beslut Brukarrådet beslutar att förslaget, med ovan ändring, lämnas till nämnden för beslut.
`);
    expect(parsed.items[0]!.decisions).toEqual(['att förslaget, med ovan ändring, lämnas till nämnden för beslut.']);
    const notes = parsed.items[0]!.notes!.split('\n');
    expect(notes).toContain('- Beslut Brukarrådet beslutar');
    expect(notes.filter((line) => line.includes('förslaget, med ovan ändring'))).toEqual([]);
  });

  it('reads an attendance table flattened to one cell per line, "Post Name" rows, "Särskilt inbjudna:" and a signature with a party', () => {
    const parsed = parseMinutesText(`Protokoll
Socialnämnden
Sammanträdesdatum 2024-03-20

Underskrifter
_________________________
Gunnel Vik (KD), ordförande

Beslutande

 Ordinarie ledamöter
 Närvaro
 Tjg
 Ej tjg
 Rolf Sten (KD)
 ordförande
 X
 Mona Ahl (C)
 vice ordförande
 X
 Leif Tall (S)
 X
 Ersättare
 Närvaro
 Siv Bark (M)
 X
 Emil Gran (S)
 -
 -

Övriga närvarande
Förvaltningschef Lena Moss
Nämndsekreterare Pia Ljung
Verksamhetschef Arne Lind

Särskilt inbjudna:
Kent Ros
Lisa Falk

§ 1 Val av justerare
Mona Ahl utses att justera protokollet.
`);
    expect(parsed.attendees.map((a) => a.name).sort()).toEqual(
      [
        'Gunnel Vik',
        'Rolf Sten',
        'Mona Ahl',
        'Leif Tall',
        'Siv Bark',
        'Lena Moss',
        'Pia Ljung',
        'Arne Lind',
        'Kent Ros',
        'Lisa Falk',
      ].sort(),
    );
    expect([parsed.chair, parsed.secretary]).toEqual(['Gunnel Vik', 'Pia Ljung']);
  });

  it('takes the bullets of a web protocol that shows only the first "§ N" heading as items titled by their first sentence', () => {
    const parsed = parseMinutesText(`• § 31

  Sammanträdet öppnas, val av justerare, godkännande av dagordning

 • Förvaltningschef Ola Sten föredrar ärendet och redogör för remissens bakgrund och tidplan. Förslaget innebär en ny ordning för tillsynen.

  Bilagor

 • Kvalitetsstrateg Lina Berg föredrar ärendet. Uppföljningen av hemtjänsten visar att kontinuiteten har ökat under året.
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['31', 'Sammanträdet öppnas, val av justerare, godkännande av dagordning'],
      [null, 'Förvaltningschef Ola Sten föredrar ärendet och redogör för remissens bakgrund och tidplan.'],
      [null, 'Kvalitetsstrateg Lina Berg föredrar ärendet.'],
    ]);
  });

  it('reads "tog beslut att" in a news text as a decision and a photo credit as no heading', () => {
    const parsed = parseMinutesText(`Ny styrelse för förbundet

Foto: Bild av en fotograf från en bildbank

Vid förbundets första styrelsemöte för året deltog flera nya ledamöter från kommunerna och regionen.

Beslut

Styrelsen tog som årets första beslut att utse en ny ordförande och vice ordförande. Ny ordförande blev Åsa Lind från regionen.

Därefter fattades beslut om årets internkontroll och delegationsordning.
`);
    expect(parsed.items.map((i) => i.title)).not.toContain('Foto: Bild av en fotograf från en bildbank');
    expect(parsed.items.flatMap((i) => i.decisions)).toEqual(['att utse en ny ordförande och vice ordförande.']);
  });
});

describe('layouts of corpus batches 9 and 10 (issue 14)', () => {
  it('reads no person from a participant list of organisations ("Svensk Förening för …", "…sektionen")', () => {
    const parsed = parseMinutesText(`Minnesanteckningar samverkansgruppen för smittskydd 2022-05-03

Närvarande

Länsstyrelsen i Norrbotten, Svensk Förening för Hälsoskydd, Barnsektionen Svensk Förening för Hälsoskydd, Riksföreningen för skolsköterskor

Mötet öppnades

Ordföranden hälsade alla välkomna.
`);
    expect(parsed.attendees).toEqual([]);
  });

  it('pairs § titles printed in a left column above the paragraphs with "§1", "§2" … in order', () => {
    const parsed = parseMinutesText(`PROTOKOLL
Kommunala pensionärsrådet
2019-03-14
Närvarande
Ledamöter
Berit Sandell
Olof Markström
2/3
2019-03-14
Mötets öppnande
Val av justerare
Information om
Trygghetsboende
§1
Ordföranden Berit Sandell hälsar alla välkomna och förklarar
mötet öppnat.
§2
Olof Markström utses att justera dagens protokoll.
§3
Förvaltningen informerar om planerna för trygghetsboende.
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Val av justerare'],
      ['3', 'Information om Trygghetsboende'],
    ]);
  });

  it('reads the leader of a group ("Den leddes av <job title> Name") and participants in a prose sentence ("deltog")', () => {
    const parsed = parseMinutesText(`Rapport från samverkansgruppen för äldreomsorg 2021-04-08

Gruppen har träffats varje vecka under våren. Den leddes av biträdande socialdirektör Mona Engström och samordnades av kansliet. Från vår förening deltog Tage Lundmark och Siv Öhman.

Läget i kommunerna är stabilt och skyddsutrustningen räcker.
`);
    expect(parsed.chair).toBe('Mona Engström');
    expect(parsed.attendees.map((a) => a.name).sort()).toEqual(['Mona Engström', 'Siv Öhman', 'Tage Lundmark']);
  });

  it('takes the online tool from the paragraph that opens a report in prose ("Vi använde Microsoft Teams")', () => {
    const parsed = parseMinutesText(`Rapport från brukarrådet

Rådet kunde inte träffas i stadshuset i våras, så vi använde Microsoft Teams och alla kunde delta hemifrån vid två tillfällen.

Ordföranden redogjorde för budgetläget.
`);
    expect(parsed.location).toBe('Teams');
  });

  const actionsOf = (body: string) =>
    parseMinutesText(`Minnesanteckningar nätverket för vårdhygien 2022-03-10

1. Aktuellt
${body}
`).items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]));

  it('takes an acronym with lower-case letters ("SoS och FoU återkommer") as the owner of a task', () => {
    expect(actionsOf('SoS och FoU återkommer i frågan om skyddsutrustning.')).toEqual([
      ['SoS och FoU', 'SoS och FoU återkommer i frågan om skyddsutrustning.'],
    ]);
  });

  it('reads a passive circulation or resumption ("kommer att cirkuleras", "ska återupptas") as a task without owner', () => {
    expect(
      actionsOf('Mallen kommer att cirkuleras i nätverket när den är klar. Arbetet med ordlistan ska återupptas.'),
    ).toEqual([
      [null, 'Mallen kommer att cirkuleras i nätverket när den är klar.'],
      [null, 'Arbetet med ordlistan ska återupptas.'],
    ]);
  });

  it('does not take a forecast ("X kommer att avvecklas", "kommer att ingå i") as the task of its subject', () => {
    expect(
      actionsOf(
        'Sjuksköterskesektionen kommer att avvecklas vid årsskiftet. Hygienfrågor kommer att ingå i den nya handboken.',
      ),
    ).toEqual([]);
  });

  it('gives a delegated task to the delegate ("delegerar till ordföranden att bevaka frågan")', () => {
    expect(actionsOf('Nätverket diskuterar bemanningen och delegerar till ordföranden att bevaka den frågan.')).toEqual(
      [['ordföranden', 'Nätverket diskuterar bemanningen och delegerar till ordföranden att bevaka den frågan.']],
    );
  });

  it('accepts a lägesbild page of a crisis organisation (the product genre) and still refuses other Swedish prose', () => {
    const parsed = parseMinutesText(`Covid-19: Kommunens lägesbild 12 maj 2021

Läget i kommunen

Varje vecka skattar förvaltningarna hur krisen påverkar verksamheten. Krisledningen har tidigare bestämt att hemarbete gäller till den 1 september 2021.
`);
    expect(parsed.date).toBe('2021-05-12');
    expect(() =>
      parseMinutesText(
        'Läget i trädgården är bra. Vi sådde morötter och krasse i helgen, och det har redan börjat gro.',
      ),
    ).toThrow(expect.objectContaining({ code: 'minutes.not_minutes' }));
  });

  it('reads a heading ending in "m.m." over a sub-heading as an item, and a page button as none', () => {
    const parsed = parseMinutesText(`Möte i referensgruppen för smittskydd 4 mars 2024

Lyssna

Inledning

Enhetschefen hälsade alla välkomna och gick igenom dagordningen för mötet.

Myndighetens pågående arbete med vaccinationer m.m.

Nya rekommendationer

Myndigheten redogjorde för arbetet med nya rekommendationer inför hösten.
`);
    const titles = parsed.items.map((i) => i.title);
    expect(titles).toContain('Myndighetens pågående arbete med vaccinationer m.m.');
    expect(titles).not.toContain('Lyssna');
    expect(titles).toHaveLength(3);
  });

  it('names the vice chair who opens the meeting as its chair, and an adjuster "utses att förutom ordföranden justera"', () => {
    const parsed = parseMinutesText(`PROTOKOLL
Kommunala rådet för funktionshinderfrågor
2018-10-04
Närvarande
Ledamöter
Hanna Wester
Leo Strand
Tilda Berg
§1
Vice ordförande Hanna Wester hälsar ledamöterna välkomna och
förklarar mötet öppnat.
§2
Leo Strand utses att förutom ordföranden justera dagens protokoll.
`);
    expect(parsed.chair).toBe('Hanna Wester');
    expect(parsed.adjuster).toBe('Leo Strand');
    const labelled = parseMinutesText(`Protokoll kommunala rådet 2018-10-04
Ordförande: Tilda Berg
Närvarande: Tilda Berg, Hanna Wester, Leo Strand

§ 1 Mötets öppnande
Vice ordförande Hanna Wester hälsar alla välkomna.
`);
    expect(labelled.chair).toBe('Tilda Berg');
  });

  it('takes the premises named in a head sentence about the meeting as the place', () => {
    const parsed = parseMinutesText(`Referensgruppens möte 11 april 2024

Mötet genomfördes med deltagare på länk och på plats i Myndighetens lokaler i Solna.

Närvarande: Åsa Lind, Bo Sand

1. Inledning
Åsa Lind hälsade välkommen.
`);
    expect(parsed.location).toBe('Myndighetens lokaler i Solna');
  });

  it('reads the meeting date from a report in prose ("hade sitt senaste sammanträde 17 mars 2022")', () => {
    const parsed = parseMinutesText(`Rapport från länets brukarråd

Brukarrådet hade sitt senaste sammanträde 9 februari 2023. Där beslutades att förslaget till ny arbetsordning lämnas till nämnden.

Heder åt alla som deltog.
`);
    expect(parsed.date).toBe('2023-02-09');
  });
});

describe('common protocol layouts, invented variants (issue 14, robustness)', () => {
  it('takes the title, not the diary number, of "§ 12 Dnr KS 2020/123" paragraphs (title beside, below or before it)', () => {
    const parsed = parseMinutesText(`Protokoll
Bygg- och miljönämnden
Datum: 2022-05-04
Närvarande: Anna Berg (S), Per Holm (M)

§ 30 Dnr BMN 2022/90

Val av justerare
Nämnden utser Per Holm.

§ 31
Dnr BMN 2022/88
Anmälan av delegationsbeslut
Inga.

§ 32 Detaljplan för kv. Eken Dnr BMN 2021/12
Nämnden beslutar
att anta detaljplanen.

§ 33 Dnr VON 2021/45 Ekonomisk uppföljning
Förvaltningen redovisar utfallet.
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['30', 'Val av justerare'],
      ['31', 'Anmälan av delegationsbeslut'],
      ['32', 'Detaljplan för kv. Eken'],
      ['33', 'Ekonomisk uppföljning'],
    ]);
  });

  it('does not end a sentence at "kl.", "ca." or "kv." before a number or a name', () => {
    const parsed = parseMinutesText(`Minnesanteckningar arbetsgruppen 2022-05-04
Närvarande: Anna Berg, Per Holm

1. Kv. Eken och ca. 40 nya lägenheter diskuterades
Per Holm återkommer med en tidplan till mötet kl. 13 den 1 juni.

2. Övriga frågor
Inga.
`);
    expect(parsed.items[0]!.title).toBe('Kv. Eken och ca. 40 nya lägenheter diskuterades');
    expect(parsed.items[0]!.actions.map((a) => a.task)).toEqual([
      'Per Holm återkommer med en tidplan till mötet kl. 13 den 1 juni.',
    ]);
  });

  it('drops the members without a mark in a "Ledamot | Parti | Närvarande" table, with tabs or runs of spaces', () => {
    const table = (sep: string) => `PROTOKOLL
Kommunstyrelsens arbetsutskott
2021-03-03

Närvarande ledamöter
Ledamot${sep}Parti${sep}Närvarande
Karl Svensson${sep}S${sep}X
Ingrid Holm${sep}M${sep}X
Bertil Ström${sep}C
Lena Dahl${sep}SD${sep}X

Övriga närvarande
Hanna Lundgren, kommundirektör

§ 21 Val av justerare
Ingrid Holm utses.
`;
    for (const sep of ['\t', '      ']) {
      const names = parseMinutesText(table(sep)).attendees.map((a) => a.name);
      expect(names, JSON.stringify(sep)).toEqual(['Karl Svensson', 'Ingrid Holm', 'Lena Dahl', 'Hanna Lundgren']);
    }
  });

  it('reads "KS § 1" paragraphs (the body\'s abbreviation before the sign) as the items, with their Dnr beside', () => {
    const parsed = parseMinutesText(`Kommunstyrelsen
PROTOKOLL
Sammanträdesdatum 2021-03-03
Beslutande: Anna Karlsson (S), ordförande, Per Olsson (M)

KS § 1
Val av justerare
Per Olsson utses att justera protokollet.

KS § 2      Dnr KS 2021/55
Motion om fler
cykelvägar
Kommunfullmäktige beslutar
att avslå motionen.

KS § 3
Övriga frågor
Inga övriga frågor.
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Motion om fler cykelvägar'],
      ['3', 'Övriga frågor'],
    ]);
    expect(parsed.diaryNumber).toBeNull();
  });

  it('takes a short title over a one-line sentence as a heading, but not a line of several sentences', () => {
    const parsed = parseMinutesText(`Minnesanteckningar från möte med Funktionshinderrådet 2021-03-03

Närvarande: Eva Lind (ordförande), Bo Sten, Kim Ås

Mötets öppnande
Ordföranden hälsade alla välkomna och öppnade mötet.

Föregående minnesanteckningar
Minnesanteckningarna lades till handlingarna.

Information om färdtjänst
Bo Sten informerade om den nya upphandlingen av färdtjänst och om hur den påverkar resenärerna.

Fixartjänsten hjälper äldre över 75 år med enklare arbeten i hemmet. Kostar inget. Ring 010101
Bo Sten informerade också om att tjänsten finns kvar under hela nästa år för alla som behöver den.

Övriga frågor
Inga övriga frågor.
`);
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Mötets öppnande',
      'Föregående minnesanteckningar',
      'Information om färdtjänst',
      'Övriga frågor',
    ]);
  });

  it('titles the one item by a single heading that stands over all the text', () => {
    const parsed = parseMinutesText(`Medlemsmöte 12 oktober 2021

Årsplanering och budget för 2022

Ordföranden hälsade 23 medlemmar välkomna.

Planen och budgeten för 2022 godkändes av mötet utan ändringar.

Resan till Göteborg blir av i maj och anmälan görs till kassören senast i mars.
`);
    expect(parsed.items.map((i) => i.title)).toEqual(['Årsplanering och budget för 2022']);
  });

  it('takes the place from a head sentence saying where the meeting was held', () => {
    const parsed = parseMinutesText(`Minnesanteckningar från Funktionshinderrådet

Mötet hölls onsdagen den 3 mars 2021 klockan 13.00–15.00 i Stadshusets sammanträdesrum Linden.

Närvarande: Eva Lind (ordförande), Bo Sten, Kim Ås

Mötets öppnande
Ordföranden hälsade alla välkomna och öppnade mötet.

Övriga frågor
Inga övriga frågor.
`);
    expect([parsed.date, parsed.startTime, parsed.endTime, parsed.location]).toEqual([
      '2021-03-03',
      '13:00',
      '15:00',
      'Stadshusets sammanträdesrum Linden',
    ]);
    expect(parsed.confidence.location.guessed).toBe(true);
  });

  it('reads a pdftotext head whose label column came out before its values, and keeps a distribution list out of tasks', () => {
    const parsed = parseMinutesText(`SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum
2021-03-03
Barn- och utbildningsnämnden
Plats och tid
Beslutande
Övriga närvarande
Utses att justera
Justeringens plats och tid
Underskrifter
Kommunhuset, sammanträdesrum Ekan, kl. 13.00–16.15
Se bifogad närvarolista
Se bifogad närvarolista
Per Olsson
Kommunhuset 2021-03-08 kl. 10.00
BUN § 12
Val av justerare
Barn- och utbildningsnämnden utser Per Olsson att justera protokollet.
BUN § 13
Skolpeng 2022
Beslut
Barn- och utbildningsnämnden beslutar
att fastställa skolpengen för 2022 enligt bilaga.
Beslutsunderlag
Tjänsteskrivelse 2021-02-15
Beslutet skickas till
Ekonomiavdelningen
`);
    expect([parsed.date, parsed.startTime, parsed.endTime, parsed.location]).toEqual([
      '2021-03-03',
      '13:00',
      '16:15',
      'Kommunhuset, sammanträdesrum Ekan',
    ]);
    expect(parsed.items.map((i) => i.title)).toEqual(['Val av justerare', 'Skolpeng 2022']);
    expect(parsed.items[1]!.decisions).toEqual(['att fastställa skolpengen för 2022 enligt bilaga.']);
    expect(parsed.items.flatMap((i) => i.actions)).toEqual([]);
  });
  it('takes "Bakgrund" as a section of headed notes and "nästa avstämning" as a follow-up meeting', () => {
    const parsed = parseMinutesText(`Anteckningar från avstämningsmöte om vaccinationer

Datum: 12 januari 2021
Deltagare från regionen: Anna Berg, smittskyddsläkare, Per Holm, vaccinationssamordnare
Anteckningar: Sara Nord

Bakgrund
Regionen har fått besked om leveranser av vaccin för vecka 3 och 4.

Diskussion
Kommunerna framförde att planeringen försvåras av osäkra leveranser.

Beslut
Mötet beslutade att nästa avstämning hålls den 19 januari.
`);
    expect(parsed.items.map((i) => i.title)).toEqual(['Bakgrund', 'Diskussion', 'Beslut']);
    expect(parsed.followUpMeetings).toEqual(['2021-01-19']);
  });
  it("finds a paragraph's title across a page break (running header with the date, footer) and after a cut preposition", () => {
    const parsed = parseMinutesText(`SOCIALNÄMNDEN                    PROTOKOLL                 Sida 1 av 2
                                 2021-03-03

Beslutande: Anna Berg (S), ordförande, Per Holm (M), Kim Ås (C)

§ 13
Budgetuppföljning februari
Förvaltningen redovisar budgetuppföljningen för februari och prognosen för helåret.

§ 14

Justerandes signatur                                      Utdragsbestyrkande

SOCIALNÄMNDEN                    PROTOKOLL                 Sida 2 av 2
                                 2021-03-03

Ansökan om bidrag från
Brottsofferjouren
Socialnämnden beslutar
att bevilja bidrag med 20 000 kronor.
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['13', 'Budgetuppföljning februari'],
      ['14', 'Ansökan om bidrag från Brottsofferjouren'],
    ]);
  });
  it('reads decisions "för egen del" and att-clauses numbered "1." / "2."', () => {
    const parsed = parseMinutesText(`Protokoll
Kommunstyrelsen 2021-03-03
Närvarande: Anna Berg, Per Holm

§ 1 Årsredovisning 2020
Kommunstyrelsen beslutar, för egen del, att godkänna årsredovisningen.

§ 2 Internkontrollplan
Kommunstyrelsens beslut
Kommunstyrelsen beslutar
1. att anta internkontrollplanen,
2. att uppdra åt kommundirektören att följa upp planen.
`);
    expect(parsed.items.map((i) => i.decisions)).toEqual([
      ['att godkänna årsredovisningen.'],
      ['att anta internkontrollplanen,', 'att uppdra åt kommundirektören att följa upp planen.'],
    ]);
  });
  it('reads spaced signature columns over dotted leaders, and "Antecknat av" / "Justerat av" labels', () => {
    const body = `Protokoll
Socialnämnden 2021-03-03
Närvarande: Anna Berg, Per Holm, Kim Ås, Sara Ek

§ 1 Rapport om läget
Information lämnades.

§ 2 Övriga frågor
Inga.

`;
    const spaced = parseMinutesText(`${body}Ordförande                 Justerare

…………………………               …………………………
Anna Berg                  Per Holm

Sekreterare
…………………………
Sara Ek
`);
    expect([spaced.chair, spaced.secretary, spaced.adjuster]).toEqual(['Anna Berg', 'Sara Ek', 'Per Holm']);
    const byWho = parseMinutesText(`${body}Antecknat av\nSara Ek\nJusterat av\nPer Holm\n`);
    expect([byWho.secretary, byWho.adjuster]).toEqual(['Sara Ek', 'Per Holm']);
  });
  it('reads a typed agenda without a space after the number ("1.Mötets öppnande")', () => {
    const parsed = parseMinutesText(`Minnesanteckningar styrgruppen 2021-03-03
Närvarande: Anna Berg, Per Holm

1.Mötets öppnande
Anna Berg öppnade mötet och hälsade alla välkomna.

2.Ekonomisk rapport
Per Holm redovisade utfallet för årets första två månader.

3.Övriga frågor
Inga övriga frågor togs upp.
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Ekonomisk rapport'],
      ['3', 'Övriga frågor'],
    ]);
  });
  it('reads paragraph numbers at the right of the title, "§ 10/2021", "Ärende 10" and "10." over their titles', () => {
    const forms: ((n: number, t: string) => string)[] = [
      (n, t) => `${t}                          § ${n}`,
      (n, t) => `§ ${n}/2021 ${t}`,
      (n, t) => `Ärende ${n}\n${t}`,
      (n, t) => `${n}.\n${t}`,
    ];
    const titles = ['Val av justerare', 'Ekonomisk rapport', 'Ny förskola i Norrby'];
    for (const form of forms) {
      const body = titles
        .map((t, k) => `${form(k + 10, t)}\nText om punkten som diskuterades ingående av nämnden idag.\n`)
        .join('\n');
      const parsed = parseMinutesText(`Protokoll socialnämnden 2021-03-03\nNärvarande: Anna Berg, Per Holm\n\n${body}`);
      expect(
        parsed.items.map((i) => [i.number, i.title]),
        form(1, 'X'),
      ).toEqual(titles.map((t, k) => [String(k + 10), t]));
    }
  });
  it('gives the task to the one "ger X i uppdrag att" names, not to a decision "att ge X i uppdrag"', () => {
    const parsed = parseMinutesText(`Minnesanteckningar styrgruppen 2021-03-03
Närvarande: Anna Berg, Per Holm

1. Läget i kommunerna
Gruppen ger Anna Berg i uppdrag att kontakta kommunerna om lokalerna.

2. Budget
Styrgruppen beslutade
att ge förvaltningen i uppdrag att ta fram en budget.
`);
    expect(parsed.items.map((i) => i.actions.map((a) => a.owner))).toEqual([['Anna Berg'], []]);
  });
  it('reads the meeting date before a revision date on the same head line', () => {
    const parsed = parseMinutesText(`Minnesanteckningar 2021-03-03, reviderade 2021-03-10
Närvarande: Anna Berg, Per Holm

1. Inledning
Anna hälsade välkommen och öppnade mötet.

2. Övriga frågor
Inga frågor togs upp idag.
`);
    expect(parsed.date).toBe('2021-03-03');
  });
});

describe('layouts of corpus batch 11 (Markdown minutes, association protocols), invented variants', () => {
  it('reads Markdown minutes: "#" headings as sections, "## Närvarande" over a bullet list, outline topics as items', () => {
    const parsed = parseMinutesText(`# Styrelsemöte Kodklubben

## 2 mars 2023

## Kallade

- Anna Berg
- Per Holm
- Eva Strand

## Närvarande

- Anna Berg
- Per Holm

## Mötets öppnande 18:05

- Lokalfrågan
  - Salen är bokad till våren.
  - Per kollar priset med föreningen.

- Hemsidan
  - Ny design är klar.

## Övrigt

## Mötet avslutas 19:10
`);
    expect(parsed.date).toBe('2023-03-02');
    expect([parsed.startTime, parsed.endTime]).toEqual(['18:05', '19:10']);
    // "Kallade" lists who was called, not who came.
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Anna Berg', 'Per Holm']);
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Mötets öppnande 18:05',
      'Lokalfrågan',
      'Hemsidan',
      'Övrigt',
      'Mötet avslutas 19:10',
    ]);
  });

  it('does not take an outline entry that is a sentence ("- Anna gick igenom förslaget:") for a topic', () => {
    const parsed = parseMinutesText(`# Anteckningar arbetsgruppen

## Närvarande

* Anna Berg
* Per Holm

## Genomgång

- Anna gick igenom förslaget:
  - Tidplanen håller.
  - Budgeten räcker.

## Nästa möte

* 2023-04-12
`);
    expect(parsed.items.map((i) => i.title)).toEqual(['Genomgång', 'Nästa möte']);
    expect(parsed.followUpMeetings).toEqual(['2023-04-12']);
  });

  it('reads elections in prose: a second role without its verb, "samme", a middle initial, "protokollsjusterare"', () => {
    const parsed = parseMinutesText(`Protokoll från årsmötet i Bokcirkeln 2023-03-20

1. Ordföranden Lars Ek öppnade mötet.
2. Till mötesordförande valdes samme Lars och till sekreterare Eva K Lund.
3. Karin Ek valdes att jämte mötesordföranden justera protokollet.
4. Verksamhetsberättelsen godkändes och det är med glädje som vi ser att den har lagts till handlingarna.
`);
    expect([parsed.chair, parsed.secretary, parsed.adjuster]).toEqual(['Lars Ek', 'Eva K Lund', 'Karin Ek']);
    const other = parseMinutesText(`Protokoll från årsmötet i Bokcirkeln 2024-03-18

1. Till mötesordförande valdes Lars Ek.
2. Till protokollsjusterare valdes Anna B Berg och Per Holm.
3. Verksamhetsberättelsen godkändes och det är med glädje som vi ser att den har lagts till handlingarna.
4. Bo J Nilsson och Per Holm väljs till rösträknare.
`);
    expect(other.adjuster).toBe('Anna B Berg');
    // Vote counters are no meeting roles; both elected adjusters attend.
    expect(other.attendees.map((a) => a.name).sort()).toEqual(['Anna B Berg', 'Lars Ek', 'Per Holm']);
  });

  it('reads "Beslöts att A och att B samt att C" as three decisions without a named decider', () => {
    const parsed = parseMinutesText(`Protokoll från årsmötet i Bokcirkeln 2023-03-20

1. Mötet öppnades och det konstaterades att mötet var i laga ordning utlyst.
2. Beslöts att styrelsen har fem ledamöter och att Anna Berg och Per Holm omväljs samt att Eva Lund är suppleant.
3. Mötet avslutades.
`);
    expect(parsed.items[1]!.decisions).toEqual([
      'att styrelsen har fem ledamöter',
      'att Anna Berg och Per Holm omväljs',
      'att Eva Lund är suppleant.',
    ]);
  });

  it('takes the place after the time, under a dated title, or from a meeting link, and the end from the closing', () => {
    const annual = parseMinutesText(`Årsmötesprotokoll 2019

Årsmöte 12.3.2019, kl.17.30, Föreningshuset, sal 2.

1. Ordföranden öppnade mötet och det konstaterades att mötet var i laga ordning utlyst.
2. Mötet avslutades kl. 18.45.
`);
    expect([annual.startTime, annual.endTime, annual.location]).toEqual(['17:30', '18:45', 'Föreningshuset, sal 2']);
    const notes = parseMinutesText(`Minnesanteckningar från nätverkets höstträff den 4 oktober 2019
på Folkets hus, Borlänge

1. Anna Berg hälsade alla välkomna och det blev en runda med nyheter från kommunerna.
`);
    expect(notes.location).toBe('Folkets hus, Borlänge');
    const online = parseMinutesText(`# Mötesanteckningar 2021-04-23

https://example.zoom.us/my/arbetsgruppen

## Närvarande

* Anna Berg
* Per Holm

## Anteckningar

- Vi gick igenom förslaget och det är bra att det finns en plan för arbetet med profilen.
`);
    expect(online.location).toBe('Zoom');
  });

  it('reads tasks in list entries: one entry a sentence, "Ska …" without subject, a role with its holder, a body', () => {
    const parsed = parseMinutesText(`# Styrelsemöte Kodklubben

## Närvarande

- Anna Berg
- Per Holm

## Mötets öppnande 18:05

- Lokalfrågan
  - Ordförande (Anna) skickar mail till skolan
  - Per bokar salen
  - 16 november preliminärt.
  - Ska kolla priset med föreningen.

## Övrigt

- Årsmötet diskuteras, och styrelsen kommer jobba för ett välbesökt möte.
`);
    expect(parsed.items.flatMap((i) => i.actions).map((a) => [a.owner, a.task])).toEqual([
      ['Ordförande (Anna)', 'Ordförande (Anna) skickar mail till skolan'],
      ['Per', 'Per bokar salen'],
      [null, 'Ska kolla priset med föreningen.'],
      ['styrelsen', 'Årsmötet diskuteras, och styrelsen kommer jobba för ett välbesökt möte.'],
    ]);
  });

  it('reads a summary of whole-sentence bullets as one item each, and a bulleted agenda under an "Agenda" title', () => {
    const summary = parseMinutesText(`Styrelsemöte 5 mars 2019

Närvarande: Anna Berg, Per Holm, Eva Lund

Sammanfattning av styrelsemöte 5 mars 2019:

  • Styrelsen antar en ny rutin för hur sammanfattningar skrivs.
  • Budgeten inför årsmötet gås igenom och justeras på två punkter.
  • Årsmötet planeras och styrelsen kommer att bjuda in alla föreningar.
`);
    expect(summary.items.map((i) => i.title)).toEqual([
      'Styrelsen antar en ny rutin för hur sammanfattningar skrivs.',
      'Budgeten inför årsmötet gås igenom och justeras på två punkter.',
      'Årsmötet planeras och styrelsen kommer att bjuda in alla föreningar.',
    ]);
    const agenda = parseMinutesText(`# Agenda och anteckningar 2021-05-21

* Genomgång av förra mötet
* Ny version av profilen
* Tester
* Övriga frågor

## Närvarande

* Anna Berg
* Per Holm

## Anteckningar

- Per hävdar att enligt standarden så ska tokens levereras på ett annat sätt än idag.

## Nästa möte

* 2021-06-18
`);
    expect(agenda.items.map((i) => i.title)).toEqual([
      'Genomgång av förra mötet',
      'Ny version av profilen',
      'Tester',
      'Övriga frågor',
      'Nästa möte',
    ]);
    // A claim reported in the notes ("Per hävdar att … ska …") is no task.
    expect(agenda.items.flatMap((i) => i.actions)).toEqual([]);
  });

  it('counts a role holder named by a first name alone as an attendee, unless the list names that person in full', () => {
    const elected = parseMinutesText(`Protokoll från årsmötet i Bokcirkeln 2023-03-20

1. Till mötesordförande valdes Ann-Marie och till sekreterare Bo Ek.
2. Verksamhetsberättelsen godkändes och det är med glädje som vi ser att den har lagts till handlingarna.
`);
    expect(elected.attendees.map((a) => a.name).sort()).toEqual(['Ann-Marie', 'Bo Ek']);
    const listed = parseMinutesText(`Protokoll från årsmötet i Bokcirkeln 2023-03-20
Närvarande: Ann-Marie Lund, Bo Ek

1. Till mötesordförande valdes Ann-Marie.
2. Verksamhetsberättelsen godkändes och det är med glädje som vi ser att den har lagts till handlingarna.
`);
    expect(listed.attendees.map((a) => a.name)).toEqual(['Ann-Marie Lund', 'Bo Ek']);
  });

  it('reads "Tjänstemän:" lists, drops the member a substitute stands in for, and an approximate end time', () => {
    const parsed = parseMinutesText(`Protokoll
Socialnämnden
Tid: Onsdag 2021-03-03 kl. 13.00–ca 15.30

Beslutande        Anna Berg (S), ordförande
                  Per Holm (M)
                  Kim Ås (C) tjg ers för Ulla Berg (V)
Tjänstemän: Sara Ek, nämndsekreterare; Lars Lind, förvaltningschef

§ 1 Val av justerare
Per Holm utses att justera.

§ 2 Övriga frågor
Inga.
`);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Anna Berg', 'Per Holm', 'Kim Ås', 'Sara Ek', 'Lars Lind']);
    expect([parsed.secretary, parsed.startTime, parsed.endTime]).toEqual(['Sara Ek', '13:00', '15:30']);
  });

  it("names the body's chair in apposition, and not the writer who signs a news post with a title elsewhere", () => {
    const report = parseMinutesText(`Rapport från Kommunala tillgänglighetsrådet

Rådet sammanträdde den 4 maj 2022 via Teams.

Inför mötet hade föreningen skickat ett brev till ordföranden för KTR, Lena Holm, där vi frågar om färdtjänsten.

Svaret kommer att redovisas på nästa möte i september och föreningen följer frågan noga.
`);
    expect(report.chair).toBe('Lena Holm');
    const post = parseMinutesText(`Länets seniorråd – rapport

Seniorrådet hade sitt senaste sammanträde 9 februari 2023. Där beslutades att förslaget till ny arbetsordning lämnas till nämnden.

Tack till alla politiker som lyssnade på oss.

Eva Nordin
Ordförande
Seniorföreningen Norr
`);
    expect(post.chair).toBeNull();
    expect(post.attendees).toEqual([]);
    const protocol = parseMinutesText(`Protokoll styrelsen 2023-02-09
Närvarande: Eva Nordin, Bo Ek

§ 1 Mötets öppnande
Mötet öppnades.

§ 2 Mötets avslutande
Mötet avslutades.

Eva Nordin
Ordförande
`);
    expect(protocol.chair).toBe('Eva Nordin');
  });

  it("takes the one numbered point quoted in a news post as its item, not the post's lead", () => {
    const parsed = parseMinutesText(`Seniorrådet – rättelse

Läs gärna punkt 4 nedan!

Seniorrådet hade sitt senaste sammanträde 9 februari 2023. Enligt punkt 4 har rådet beslutat om en ny arbetsordning.

4. Arbetsordning för länets seniorråd

Diskussion kring förslaget till arbetsordning med målet att komma överens om en text att skicka till nämnden.

Tack till alla som deltog.
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([['4', 'Arbetsordning för länets seniorråd']]);
  });

  it('reads a web meeting page whose first bullet is a bare number over its title and the others unheaded paragraphs', () => {
    const parsed = parseMinutesText(`Hoppa över navigering
 •   1

  Val av justerare

 • 1. Anna Berg (C) frågar om väntetiderna på vårdcentralerna har förändrats under året?

 • Nuvarande avtal för hörhjälpmedel löper ut och en ny upphandling behöver påbörjas under hösten.

  Avtalet omfattar hela regionen.

 • Regionen har genomfört en upphandling av ramavtal för rullstolar och tillbehör till dessa.
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Val av justerare'],
      ['1', 'Anna Berg (C) frågar om väntetiderna på vårdcentralerna har förändrats under året?'],
      [null, 'Nuvarande avtal för hörhjälpmedel löper ut och en ny upphandling behöver påbörjas under hösten.'],
      [null, 'Regionen har genomfört en upphandling av ramavtal för rullstolar och tillbehör till dessa.'],
    ]);
  });

  it('takes a topic heading that holds a date after a preposition as a heading, not a dated header line', () => {
    const parsed = parseMinutesText(`Minnesanteckningar från länsgruppen

Uppdaterat 2020-08-31

Nya besöksrutiner från och med 2020-09-02

Besök på boendena tillåts åter med hänsyn till avstånd och hygien i alla kommuner i länet.

Fortsatta möten

Gruppen har sitt sista möte i den nuvarande formen den 2 september och sammankallas sedan vid behov.
`);
    expect(parsed.items.map((i) => i.title)).toEqual(['Nya besöksrutiner från och med 2020-09-02', 'Fortsatta möten']);
  });
});

describe('unseen kommun, region and vårdsamverkan minutes, invented variants (issue 14, robustness)', () => {
  it('reads every top-level bullet of a web page that shows "§ N" on some points only as an item', () => {
    const parsed = parseMinutesText(`Vårdsamverkan Norra länet – Styrgrupp

Minnesanteckningar från mötet torsdagen den 12 november 2020 via Teams.

Deltagare: Karin Olsson ordf, Lars Persson Norrby kommun, Maria Nilsson tjg ers, Sofia Lind sekr

• § 1 Föregående minnesanteckningar
Minnesanteckningarna gicks igenom och lades till handlingarna.

• Covid-19 läget
Smittspridningen ökar i länet. Regionen ska ta fram en gemensam kommunikationsplan till nästa möte.

• Vaccinationer
Kommunerna rapporterade om planeringen. Lars Persson återkommer om antal vaccinatörer.

• Region Norr
• Norrby kommun

• § 4 Övrigt
Inget övrigt.
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Föregående minnesanteckningar'],
      [null, 'Covid-19 läget'],
      [null, 'Vaccinationer'],
      ['4', 'Övrigt'],
    ]);
    expect(parsed.items[2]!.actions).toEqual([
      { owner: 'Lars Persson', task: 'Lars Persson återkommer om antal vaccinatörer.', due: null },
    ]);
    expect([parsed.date, parsed.location, parsed.chair, parsed.secretary]).toEqual([
      '2020-11-12',
      'Teams',
      'Karin Olsson',
      'Sofia Lind',
    ]);
  });
  it('reads a pdftotext kommun protocol: label column, "X (S) för Y (S)" substitutes, page furniture, "beslutar att" over bullets', () => {
    const parsed = parseMinutesText(`                                        SAMMANTRÄDESPROTOKOLL          1 (4)
                                        Sammanträdesdatum
Kommunstyrelsen                         2021-03-03

Plats och tid         Kommunhuset, Sessionssalen, kl. 13.00–16.15

Beslutande            Anna Lindqvist (S), ordförande
                      Per Svensson (M)
                      Karin Ek (C)
                      Tjänstgörande ersättare
                      Jonas Berg (S) för Lisa Holm (S)

Övriga deltagande     Maria Sjö, kommundirektör
                      Erik Nyström, sekreterare

Utses att justera     Per Svensson

Justeringens          Kommunhuset, 2021-03-08
plats och tid

Underskrifter         Sekreterare    ..........................    Paragrafer  §§ 12–14
                                      Erik Nyström
                      Ordförande     ..........................
                                      Anna Lindqvist
                      Justerare      ..........................
                                      Per Svensson

                                   ANSLAG/BEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Organ                 Kommunstyrelsen
Sammanträdesdatum     2021-03-03
Datum då anslaget     2021-03-09          Datum då anslaget     2021-03-31
sätts upp                                 tas ned
Förvaringsplats       Kommunkansliet
för protokollet

Justerandes signatur                   Utdragsbestyrkande

Kommunstyrelsen                 SAMMANTRÄDESPROTOKOLL         Sida 2 av 4
                                2021-03-03

§ 12 Dnr KS 2021/45
Val av justerare

Beslut
Kommunstyrelsen beslutar
att utse Per Svensson att justera protokollet.

Justerandes signatur                   Utdragsbestyrkande

Kommunstyrelsen                 SAMMANTRÄDESPROTOKOLL         Sida 3 av 4
                                2021-03-03

§ 13 Dnr KS 2020/123
Budgetuppföljning januari 2021 för
kommunstyrelsens verksamheter

Beslut
Kommunstyrelsen beslutar att
- godkänna budgetuppföljningen,
- uppdra åt kommundirektören att återkomma med en åtgärdsplan till
  sammanträdet i maj.

Ärendebeskrivning
Ekonomiavdelningen har sammanställt utfallet för januari. Prognosen
visar ett underskott på 4 miljoner kronor.

Beslutsunderlag
Tjänsteskrivelse 2021-02-15

Beslutet skickas till
Ekonomiavdelningen

Justerandes signatur                   Utdragsbestyrkande

Kommunstyrelsen                 SAMMANTRÄDESPROTOKOLL         Sida 4 av 4
                                2021-03-03

§ 14 Dnr KS 2021/60
Motion om fler laddstolpar

Förslag till beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta att bifalla motionen.

Beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta att bifalla motionen.

Ärendebeskrivning
Lars Ek (V) har lämnat en motion om fler laddstolpar.

Justerandes signatur                   Utdragsbestyrkande
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['12', 'Val av justerare'],
      ['13', 'Budgetuppföljning januari 2021 för kommunstyrelsens verksamheter'],
      ['14', 'Motion om fler laddstolpar'],
    ]);
    expect(parsed.items[1]!.decisions).toEqual([
      'godkänna budgetuppföljningen,',
      'uppdra åt kommundirektören att återkomma med en åtgärdsplan till sammanträdet i maj.',
    ]);
    expect(parsed.attendees.map((a) => a.name)).not.toContain('Lisa Holm');
    expect(parsed.attendees.map((a) => a.name)).toEqual(
      expect.arrayContaining(['Anna Lindqvist', 'Per Svensson', 'Karin Ek', 'Jonas Berg', 'Maria Sjö', 'Erik Nyström']),
    );
    expect([parsed.date, parsed.startTime, parsed.endTime, parsed.location]).toEqual([
      '2021-03-03',
      '13:00',
      '16:15',
      'Kommunhuset, Sessionssalen',
    ]);
    expect([parsed.chair, parsed.secretary, parsed.adjuster]).toEqual([
      'Anna Lindqvist',
      'Erik Nyström',
      'Per Svensson',
    ]);
  });
  it('reads to-dos with a capitalised verb, an imperative with its owner after it, and "ombeds" before the ones asked', () => {
    const parsed = parseMinutesText(`Styrelsemöte Föreningen Bokcirkeln

Datum: 2022-10-04

1. Höstfesten
- Lokalen är bokad.
- Maja Ordnar Fika.
- Skicka inbjudan till medlemmarna, Olle.
- Kontakta kommunerna: Storvik och Nyby.

2. Revision
Eftersom revisorn var sjuk ombeds Stina Holm och Per-Åke Lind granska räkenskaperna i efterhand.
`);
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]))).toEqual([
      ['Maja', 'Maja Ordnar Fika.'],
      ['Olle', 'Skicka inbjudan till medlemmarna, Olle.'],
      [
        'Stina Holm och Per-Åke Lind',
        'Eftersom revisorn var sjuk ombeds Stina Holm och Per-Åke Lind granska räkenskaperna i efterhand.',
      ],
    ]);
  });

  it('reads a § protocol that came out as one line without breaks at its paragraphs', () => {
    const parsed = parseMinutesText(
      `Protokoll Kommunstyrelsen 2021-03-03 Plats och tid: Kommunhuset kl. 13.00-15.00 Närvarande: Anna Berg (S), ordförande, Bo Ek (M), Carl Dahl (C) Sekreterare: Eva Sund § 12 Mötets öppnande Ordföranden öppnade mötet och hälsade alla välkomna. § 13 Val av justerare Kommunstyrelsen beslutar att utse Bo Ek att justera protokollet. § 14 Budgetuppföljning Ekonomichefen redovisade utfallet. Förvaltningen återkommer med en åtgärdsplan till nästa sammanträde. § 16 Övriga frågor Inga övriga frågor.`,
    );
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['12', 'Mötets öppnande'],
      ['13', 'Val av justerare'],
      ['14', 'Budgetuppföljning'],
      ['16', 'Övriga frågor'],
    ]);
    expect(parsed.items[2]!.actions.map((a) => a.owner)).toEqual(['Förvaltningen']);
    expect([parsed.date, parsed.chair, parsed.secretary, parsed.adjuster]).toEqual([
      '2021-03-03',
      'Anna Berg',
      'Eva Sund',
      'Bo Ek',
    ]);
  });

  it('gives a preview of a document cut after its head, and keeps a one-paragraph text once, with a short decision', () => {
    const head = parseMinutesText('Protokoll\nKommunstyrelsen\n2021-03-03\n');
    expect([head.title, head.date]).toEqual(['Kommunstyrelsen', '2021-03-03']);
    expect(parseMinutesText('Minnesanteckningar Samverkansgruppen 2021-03-03').date).toBe('2021-03-03');
    const sentence =
      'Protokoll från sammanträdet med kommunstyrelsen. Nämnden beslutar att godkänna redovisningen. Anna Berg återkommer om detta. ';
    for (const times of [1, 400]) {
      const text = sentence.repeat(times).trim();
      const [item, ...rest] = parseMinutesText(text).items;
      expect(rest).toEqual([]);
      expect(item!.notes).toBe(text);
      expect(item!.decisions[0]).toBe('att godkänna redovisningen.');
      expect(item!.actions[0]).toEqual({ owner: 'Anna Berg', task: 'Anna Berg återkommer om detta.', due: null });
    }
  });
  it('reads Markdown pipe tables (status and "Åtgärd | Ansvarig | Klart"), a tab-separated task table and "Plats X" without a colon', () => {
    const markdown = parseMinutesText(`MINNESANTECKNINGAR
Samverkansforum vård och omsorg

Datum 2021-03-03
Tid 13.00-15.00
Plats Kommunhuset, rum Ekhagen

Närvarande
Anna Berg, Region Söderland (ordförande)
Bo Ek, Storviks kommun

1. Läget i verksamheterna
| Verksamhet | Nuläge | Utmaning | Medskick |
|---|---|---|---|
| Storvik | Stabilt | Rekrytering | - |
| Nyby | Ansträngt | Vikarier | Stöd från regionen |

2. Åtgärdslista
| Åtgärd | Ansvarig | Klart |
|---|---|---|
| Ta fram gemensam rutin för utskrivning | Bo Ek | 2021-04-01 |
`);
    expect(markdown.location).toBe('Kommunhuset, rum Ekhagen');
    expect(markdown.statusReports).toEqual([
      { organization: 'Storvik', current: 'Stabilt', challenge: 'Rekrytering', input: null },
      { organization: 'Nyby', current: 'Ansträngt', challenge: 'Vikarier', input: 'Stöd från regionen' },
    ]);
    expect(markdown.items.flatMap((i) => i.actions)).toEqual([
      { owner: 'Bo Ek', task: 'Ta fram gemensam rutin för utskrivning.', due: '2021-04-01' },
    ]);
    const tabbed = parseMinutesText(`Minnesanteckningar
Samverkansforum vård och omsorg
Datum: 2021-03-03

Närvarande: Anna Berg, Bo Ek, Carl Dahl

1. Uppföljning av föregående mötes uppdrag
Åtgärd\tAnsvarig\tKlart
Bjuda in primärvården till nästa möte\tAnna Berg\t2021-03-31
Uppdatera kontaktlistan\tCarl Dahl\tKlart

2. Övriga frågor
Inga.
`);
    expect(tabbed.items.map((i) => i.title)).toEqual(['Uppföljning av föregående mötes uppdrag', 'Övriga frågor']);
    expect(tabbed.items[0]!.actions).toEqual([
      { owner: 'Anna Berg', task: 'Bjuda in primärvården till nästa möte.', due: '2021-03-31' },
    ]);
    expect(tabbed.items[0]!.notes).toContain('Uppdatera kontaktlistan Carl Dahl Klart');
  });
  it('reads a vårdsamverkan run-in list with "ordf", "tjg ers för" and "sekr", a date in prose with a weekday and dash headings', () => {
    const parsed = parseMinutesText(`Minnesanteckningar, Vårdsamverkan Fyrbodal – Delregional styrgrupp

Mötet hölls måndagen den 8 februari 2021 kl. 9.00–11.00 via Teams.

Närvarande: Lena Holm, Uddevalla kommun, ordf, Per Sjö, Trollhättans stad, Anna Lund, NU-sjukvården, tjg ers för Olle Berg, Maria Ek, Vänersborgs kommun, Kim Åström, Västra Götalandsregionen, sekr

- Föregående minnesanteckningar
Godkändes och lades till handlingarna.

- Aktuellt läge covid-19
Anna Lund redogjorde för läget på sjukhusen. Beläggningen är hög men stabil. Kommunerna rapporterade om vaccinationerna på SÄBO.

- Samverkan kring utskrivning
Per Sjö informerade om den nya rutinen. Styrgruppen beslutade att rutinen ska gälla från 1 mars. Maria Ek tar fram en kommunikationsplan till nästa möte.

- Nästa möte
8 mars 2021 kl. 9.00.
`);
    expect([parsed.date, parsed.startTime, parsed.endTime, parsed.location]).toEqual([
      '2021-02-08',
      '09:00',
      '11:00',
      'Teams',
    ]);
    expect([parsed.chair, parsed.secretary]).toEqual(['Lena Holm', 'Kim Åström']);
    expect(parsed.attendees.map((a) => a.name)).toEqual([
      'Lena Holm',
      'Per Sjö',
      'Anna Lund',
      'Maria Ek',
      'Kim Åström',
    ]);
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Föregående minnesanteckningar',
      'Aktuellt läge covid-19',
      'Samverkan kring utskrivning',
      'Nästa möte',
    ]);
    expect(parsed.items[2]!.decisions).toEqual(['att rutinen ska gälla från 1 mars.']);
    expect(parsed.items[2]!.actions.map((a) => a.owner)).toEqual(['Maria Ek']);
  });

  it('reads a protocol with two participant columns, "§ N" over its Dnr and a title wrapped in two, "Förslag till beslut" before "Beslut"', () => {
    const parsed = parseMinutesText(`                                                                     PROTOKOLL
Socialnämnden                                                        2021-05-18

Plats och tid          Sammanträdesrummet Tranan, kl. 08.30–12.00

Ledamöter                                  Ersättare
Karin Ström (S), ordförande                Jonas Ek (S)
Lars Nord (M), vice ordförande             Eva Björk (M)
Sara Lind (C)                              Ali Hassan (L)

Övriga                                     Maja Öberg, socialchef
                                           Per Lindgren, nämndsekreterare

Justerare                                  Lars Nord

Paragrafer                                 §§ 45–47

§ 45
Dnr SN 2021/88
Val av justerare
Socialnämnden beslutar att utse Lars Nord att justera protokollet.

§ 46
Dnr SN 2021/71
Yttrande över remiss om ny
regional överenskommelse om samverkan
Förslag till beslut
Socialnämnden föreslås besluta att anta yttrandet.
Beslut
Socialnämnden beslutar att anta yttrandet som sitt eget.
Ärendebeskrivning
Regionen har skickat överenskommelsen på remiss till kommunerna.

§ 47
Dnr SN 2021/02
Meddelanden
Socialnämnden beslutar att lägga meddelandena till handlingarna.

Justerandes sign                     Utdragsbestyrkande
`);
    expect(parsed.items.map((i) => [i.number, i.title, i.decisions])).toEqual([
      ['45', 'Val av justerare', ['att utse Lars Nord att justera protokollet.']],
      ['46', 'Yttrande över remiss om ny regional överenskommelse om samverkan', ['att anta yttrandet som sitt eget.']],
      ['47', 'Meddelanden', ['att lägga meddelandena till handlingarna.']],
    ]);
    expect([parsed.date, parsed.chair, parsed.secretary, parsed.adjuster, parsed.diaryNumber]).toEqual([
      '2021-05-18',
      'Karin Ström',
      'Per Lindgren',
      'Lars Nord',
      null,
    ]);
    expect(parsed.attendees.map((a) => a.name).sort()).toEqual(
      [
        'Ali Hassan',
        'Eva Björk',
        'Jonas Ek',
        'Karin Ström',
        'Lars Nord',
        'Maja Öberg',
        'Per Lindgren',
        'Sara Lind',
      ].sort(),
    );
  });
  it('reads participants grouped by organisation ("Region X: A (ordförande), B"), and the adjuster signing beside the chair', () => {
    const parsed = parseMinutesText(`Protokoll fört vid sammanträde med Krisledningsnämnden den 3 mars 2021

Tid: kl. 10.00–11.30
Plats: Regionhuset, sal A, samt via Skype

Deltagare:
Region Söderland: Anna Berg (ordförande), Bo Ek, Carl Dahl
Storviks kommun: Dina Falk
Länsstyrelsen: Erik Gran (sekreterare)

Frånvarande: Fia Holm

§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 2 Lägesbild
Smittskyddsläkaren redogjorde för smittläget i länet. Antalet inlagda har minskat.
Beslut: Krisledningsnämnden beslutar att lägga informationen till handlingarna.

§ 3 Beslut om förlängd stabsläge
Krisledningsnämnden beslutar
att förlänga stabsläget till och med den 31 mars 2021,
att uppdra åt regiondirektören att återrapportera vid nästa sammanträde.

§ 4 Nästa sammanträde
Nästa sammanträde äger rum den 17 mars 2021 kl. 10.00.

Vid protokollet

Erik Gran

Justeras

Anna Berg                    Bo Ek
`);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Anna Berg', 'Bo Ek', 'Carl Dahl', 'Dina Falk', 'Erik Gran']);
    expect([parsed.chair, parsed.secretary, parsed.adjuster]).toEqual(['Anna Berg', 'Erik Gran', 'Bo Ek']);
    expect([parsed.date, parsed.startTime, parsed.endTime]).toEqual(['2021-03-03', '10:00', '11:30']);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Lägesbild'],
      ['3', 'Beslut om förlängd stabsläge'],
      ['4', 'Nästa sammanträde'],
    ]);
    expect(parsed.items[2]!.decisions).toHaveLength(2);
    expect(parsed.followUpMeetings).toEqual(['2021-03-17']);
  });
  it('keeps the page number printed beside the title out of it, and reads a page header repeated with the date', () => {
    const parsed = parseMinutesText(`MINNESANTECKNINGAR                                   Sida 1(2)
Regional samverkansgrupp för äldre                   2022-09-14

Datum: onsdag 14 september 2022, kl. 13.15–15.45
Plats: Teams

Deltagare:
Anna Berg, Region Söderland, ordförande
Bo Ek, Storviks kommun
Carl Dahl, Nyby kommun
Eva Sund, Region Söderland, sekreterare

1 Inledning
Ordföranden hälsade välkommen och dagordningen godkändes.

2 Rapporter från huvudmännen
2.1 Storviks kommun
Bo Ek rapporterade att bemanningen är ansträngd inför hösten.
2.2 Nyby kommun
Carl Dahl berättade om den nya hemtjänstorganisationen.

MINNESANTECKNINGAR                                   Sida 2(2)
Regional samverkansgrupp för äldre                   2022-09-14

3 Gemensam handlingsplan
Gruppen diskuterade förslaget. Eva Sund skickar ut ett reviderat förslag senast den 30 september.

4 Nästa möte
Nästa möte hålls den 12 oktober 2022.
`);
    expect(parsed.title).toBe('MINNESANTECKNINGAR');
    expect([parsed.date, parsed.startTime, parsed.endTime, parsed.location]).toEqual([
      '2022-09-14',
      '13:15',
      '15:45',
      'Teams',
    ]);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Inledning'],
      ['2', 'Rapporter från huvudmännen'],
      ['3', 'Gemensam handlingsplan'],
      ['4', 'Nästa möte'],
    ]);
    expect(parsed.items[2]!.actions).toEqual([
      {
        owner: 'Eva Sund',
        task: 'Eva Sund skickar ut ett reviderat förslag senast den 30 september.',
        due: '2022-09-30',
      },
    ]);
    expect(parseMinutesText('SAMMANTRÄDESPROTOKOLL    1 (4)\nKommunstyrelsen\n2021-03-03\n').title).toBe(
      'SAMMANTRÄDESPROTOKOLL',
    );
  });
  it('cuts a numeric date out of a "Tid och plats" value, and reads "Närvarande ledamöter/ersättare/tjänstemän" and "Ärende N."', () => {
    const notes = parseMinutesText(`Anteckningar från samverkansmöte mellan Region Söderland och kommunerna

Tid och plats: Tisdag 3/3 2021 kl 13-15, Stadshuset

Närvarande
Region Söderland: Anna Berg, Bo Ek
Storviks kommun: Carl Dahl
Nyby kommun: Dina Falk, Erik Gran

Mötesanteckningar

Inledning
Anna Berg hälsade välkommen.

Läget i kommunerna
Kommunerna rapporterar ett stabilt läge. Nyby har brist på sjuksköterskor under sommaren.

Överenskommelse om hemsjukvård
Överenskommelsen diskuterades. Frågan tas upp igen på nästa möte den 7 april.

Nästa möte
7 april 2021 kl 13-15.
`);
    expect([notes.date, notes.startTime, notes.endTime, notes.location]).toEqual([
      '2021-03-03',
      '13:00',
      '15:00',
      'Stadshuset',
    ]);
    expect(notes.attendees.map((a) => a.name)).toEqual(['Anna Berg', 'Bo Ek', 'Carl Dahl', 'Dina Falk', 'Erik Gran']);
    expect(notes.items.map((i) => i.title)).toEqual([
      'Inledning',
      'Läget i kommunerna',
      'Överenskommelse om hemsjukvård',
      'Nästa möte',
    ]);
    const protocol = parseMinutesText(`Protokoll
Styrgruppen för Nära vård i Söderland

Datum och tid: 2021-03-03, 13.00-15.00
Plats: Regionens hus, konferensrum Lärkan

Närvarande ledamöter: Anna Berg (Region Söderland), Bo Ek (Storviks kommun), Carl Dahl (Nyby kommun)
Närvarande ersättare: Dina Falk (Ås kommun)
Närvarande tjänstemän: Erik Gran, Fia Holm
Mötesordförande: Anna Berg
Protokollförare: Fia Holm
Justeringsperson: Bo Ek

Ärende 1. Godkännande av dagordning
Dagordningen godkändes.

Ärende 2. Uppföljning av handlingsplanen
Erik Gran redovisade uppföljningen. Styrgruppen beslutade att godkänna uppföljningen. Carl Dahl och Dina Falk ansvarar för att ta fram en tidplan till nästa möte.

Ärende 3. Övrigt
Inga övriga frågor.
`);
    expect([protocol.chair, protocol.secretary, protocol.adjuster]).toEqual(['Anna Berg', 'Fia Holm', 'Bo Ek']);
    expect(protocol.attendees).toHaveLength(6);
    expect(protocol.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Godkännande av dagordning'],
      ['2', 'Uppföljning av handlingsplanen'],
      ['3', 'Övrigt'],
    ]);
    expect(protocol.items[1]!.actions.map((a) => a.owner)).toEqual(['Carl Dahl och Dina Falk']);
  });
  it('reads a status table whose cells came out one per line, row after row, but not a header over other text', () => {
    const text = `Minnesanteckningar
Regional samverkan covid-19
Datum: 2020-11-12

Närvarande: Anna Berg, Bo Ek, Carl Dahl

Rapport
Verksamhet
Nuläge
Utmaning
Medskick
Storvik
Stabilt läge
Rekrytering
-
Nyby
Ansträngt
Vikarier
Stöd från regionen

Summering
Läget är ansträngt men stabilt. Regionen återkommer med en sammanställning.
`;
    const parsed = parseMinutesText(text);
    expect(parsed.statusReports).toEqual([
      { organization: 'Storvik', current: 'Stabilt läge', challenge: 'Rekrytering', input: null },
      { organization: 'Nyby', current: 'Ansträngt', challenge: 'Vikarier', input: 'Stöd från regionen' },
    ]);
    expect(parsed.items.map((i) => i.title)).toEqual(['Rapport', 'Summering']);
    expect(parseMinutesText(text.replace('Stöd från regionen\n', '')).statusReports).toEqual([]);
  });
});

describe('layouts of corpus batch 13 (collaboration notes as PDF text, kommun protocol heads), invented variants', () => {
  it('pairs a column of lone labels with the values printed below it ("Tid:" ⏎ "Plats:" ⏎ "Omfattning:" ⏎ values)', () => {
    const parsed = parseMinutesText(`Minnesanteckningar
Länsgruppen för vård och omsorg
Tid:
Plats:
Omfattning:
2023-11-08, 13.00 – 15.30
Regionhuset, sal Ljuset
p 1-6

Närvarande:
Eva Lund
Bo Ek

1. Mötets öppnande
Eva Lund öppnade mötet och hälsade alla välkomna.

2. Läget i kommunerna
Kommunerna rapporterade om bemanningen under hösten.
`);
    expect([parsed.date, parsed.startTime, parsed.endTime, parsed.location]).toEqual([
      '2023-11-08',
      '13:00',
      '15:30',
      'Regionhuset, sal Ljuset',
    ]);
  });

  it('leaves an adjournment noted beside the time out of the place', () => {
    const parsed = parseMinutesText(`Protokoll Socialnämnden
Plats och tid Stadshuset, sal Linden, kl. 13:00-16:30 (ajournering 14:30-14:45)
Beslutande Eva Lund (S), ordförande Bo Ek (M)

§ 1 Val av justerare
Bo Ek utses att justera protokollet.

§ 2 Budget
Nämnden beslutar att godkänna budgeten.
`);
    expect([parsed.location, parsed.startTime, parsed.endTime]).toEqual(['Stadshuset, sal Linden', '13:00', '16:30']);
  });

  it('splits a web meeting page flattened without bullets at its "Bilagor" links, a title line above the first', () => {
    const parsed = parseMinutesText(`Ordförandens information
Ordförandens information
Förvaltningen har tagit fram ett förslag till ny taxa för bygglov. Taxan ska gälla från den 1 juli.
Bilagor
Nämnden har fått en remiss från kommunstyrelsen om en ny parkeringsstrategi för centrala staden.
Bilagor
Ledamöterna i nämnden har lämnat nomineringar till ledamöter och ersättare i arbetsutskottet.
Bilagor
`);
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Ordförandens information',
      'Förvaltningen har tagit fram ett förslag till ny taxa för bygglov.',
      'Nämnden har fått en remiss från kommunstyrelsen om en ny parkeringsstrategi för centrala staden.',
      'Ledamöterna i nämnden har lämnat nomineringar till ledamöter och ersättare i arbetsutskottet.',
    ]);
  });
});

describe('layouts of corpus batch 12 (kommun protocol heads, agency collaboration notes), invented variants', () => {
  it('splits "Name (S), ordförande Name (M), vice ordförande …" entries run together, keeping the chair', () => {
    const parsed = parseMinutesText(`Protokoll kultur- och fritidsnämnden
Plats och tid Folkets hus, klockan 18.00-20.15
Beslutande Karin Ahl (S), ordförande Lars Berg (M), vice ordförande Maja Dahl (C) Nils Ek (S), ersättare för Eva Falk (S)

§ 12 Val av justerare
Lars Berg utses att justera protokollet.
`);
    expect(parsed.chair).toBe('Karin Ahl');
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Karin Ahl', 'Lars Berg', 'Maja Dahl', 'Nils Ek']);
  });

  it('takes "Nämnden ska fastställa …" for the point\'s purpose at this meeting, not a task', () => {
    const parsed = parseMinutesText(`Protokoll omsorgsnämnden 2022-02-15

§ 4 Internkontrollplan 2022
Omsorgsnämnden ska fastställa internkontrollplanen för 2022. Förvaltningen ska återkomma med en uppföljning i juni.
`);
    expect(parsed.items[0]!.actions.map((a) => [a.owner, a.task])).toEqual([
      ['Förvaltningen', 'Förvaltningen ska återkomma med en uppföljning i juni.'],
    ]);
  });

  it('finds tasks given "i uppdrag" to a post, a dated passive duty, a deed by a name after a title and a deferral', () => {
    const parsed = parseMinutesText(`Protokoll 2021-09-20

Närvarande: Eva Lund, Bo Ek, Sara Holm

1. Övriga frågor
Beslut: Styrelsen ger kassören i uppdrag att begära in nya offerter. Anmälningar till höstmötet lämnas senast fredag 1/10 till Bo Ek. Vår kontaktperson mot kommunen Sara Holm kontaktar fritidsförvaltningen om lokalen.

2. Verksamhetsplanen
Vi hann gå igenom halva planen. Nästa möte fortsätter vi med resten av planen.
`);
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.due]))).toEqual([
      ['kassören', null],
      [null, '2021-10-01'],
      ['Sara Holm', null],
      [null, null],
    ]);
  });

  it('takes a Markdown heading over deeper ones as a group, not an item, and "- Beslut att …" as a decision', () => {
    const parsed = parseMinutesText(`# Anteckningar samordningsgruppen 2023-05-04

## Inledning

Mötet inleddes med en runda om läget i kommunerna.

## Punkter från förvaltningarna

### Hemtjänsten

- Nya scheman införs i juni.

### Rutin för avvikelser

- Genomgång av förslaget till gemensam rutin.
- Beslut att använda den gemensamma rutinen från och med hösten

## Övrigt

- Inga övriga frågor.
`);
    expect(parsed.items.map((i) => i.title)).toEqual(['Inledning', 'Hemtjänsten', 'Rutin för avvikelser', 'Övrigt']);
    expect(parsed.items[2]!.decisions).toEqual(['att använda den gemensamma rutinen från och med hösten']);
  });

  it('reads every outermost bullet of a web meeting page without headings as an item, sub-bullets staying inside', () => {
    const parsed = parseMinutesText(`Hoppa över navigering
 • Ordföranden frågar om någon ledamot anmäler jäv i något av dagens ärenden.

  Nämnden påminns om reglerna:
  • saken angår ledamoten själv eller någon närstående,
  • ledamoten har fört talan i saken.

 • Ekonomichefen redovisar utfallet efter oktober månad.

 • Kvalitetsberättelsen för förra året presenteras av verksamhetsutvecklaren.
  Den publiceras på kommunens webbplats.
`);
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Ordföranden frågar om någon ledamot anmäler jäv i något av dagens ärenden.',
      'Ekonomichefen redovisar utfallet efter oktober månad.',
      'Kvalitetsberättelsen för förra året presenteras av verksamhetsutvecklaren.',
    ]);
  });

  it('gives each role of a signature block of names over their roles to the name above it', () => {
    const parsed = parseMinutesText(`Protokoll styrelsemöte 2022-09-12

Närvarande: Lena Berg, Olof Sand, Mia Ek, Per Lund

1. Mötet öppnas
Lena Berg öppnade mötet.

2. Höstens program
Programmet godkändes.

Lena Berg
Ordförande

Mia Ek
Sekreterare

Olof Sand
Justeringsperson
`);
    expect([parsed.chair, parsed.secretary, parsed.adjuster]).toEqual(['Lena Berg', 'Mia Ek', 'Olof Sand']);
  });

  it('reads Markdown notes: a "yy-mm-dd" title date, a numbered to-do list in its section, its owners in parentheses', () => {
    const parsed = parseMinutesText(`# Avstämning nätverket 23-11-14

Närvarande: Länsstyrelsen, Regionen, Kommunförbundet

## Läget i länet

- **Vaccination**: Bokningen går enligt plan i alla kommuner.
- **Bemanning**: Fortsatt svårt inom hemtjänsten under helgerna.

## Kommunikation

- Gemensamt pressmeddelande diskuterades men ingen enighet nåddes.

## Att göra till nästa möte

1. Ta fram en gemensam lägesbild för december (Karin).
2. Stämma av bemanningen med kommunerna - (Olof)
3. Johan bokar lokal för workshopen i januari.
4. Skicka ut minnesanteckningarna
`);
    expect(parsed.date).toBe('2023-11-14');
    expect(parsed.items.map((i) => i.title)).toEqual(['Läget i länet', 'Kommunikation', 'Att göra till nästa möte']);
    expect(parsed.items[2]!.actions.map((a) => [a.owner, a.task])).toEqual([
      ['Karin', 'Ta fram en gemensam lägesbild för december (Karin).'],
      ['Olof', 'Stämma av bemanningen med kommunerna - (Olof)'],
      ['Johan', 'Johan bokar lokal för workshopen i januari.'],
      [null, 'Skicka ut minnesanteckningarna'],
    ]);
  });

  it('reads a protocol first page run into one line: labels, "Name, party, role" entries, the signature row', () => {
    const parsed =
      parseMinutesText(`Socialnämnden SAMMANTRÄDESPROTOKOLL Sida 1(9) Sammanträdesdatum 2021-03-15 Plats och tid Kommunhuset, måndagen den 15 mars 2021 kl 13:00-15.45 Beslutande Ledamöter Lisa Nord, S, Ordförande Erik Sand, M, 1:e vice ordförande Maja Berg, C Olle Strand, SD Eva Lind, S, via länk Ersättare Per Dahl, V Övriga närvarande Anna Holm, socialchef Karl Ek, sekreterare, § 12 Justerare Erik Sand, M Justeringens plats och tid Kommunhuset 2021-03-22 Underskrifter Sekreterare Paragrafer §§ 10-18 Karl Ek Ordförande Lisa Nord Justerare Erik Sand

§ 10 Val av justerare
Erik Sand utses att justera protokollet.
`);
    expect([parsed.date, parsed.startTime, parsed.endTime, parsed.location]).toEqual([
      '2021-03-15',
      '13:00',
      '15:45',
      'Kommunhuset',
    ]);
    expect([parsed.chair, parsed.secretary, parsed.adjuster]).toEqual(['Lisa Nord', 'Karl Ek', 'Erik Sand']);
    expect(parsed.attendees.map((a) => a.name)).toEqual([
      'Lisa Nord',
      'Erik Sand',
      'Maja Berg',
      'Olle Strand',
      'Eva Lind',
      'Per Dahl',
      'Anna Holm',
      'Karl Ek',
    ]);
  });
});

describe('invented collaboration notes and nämnd protocols in layouts neither the corpus nor tune13 had (issue 14, tune14)', () => {
  it('takes "Från och med hösten kommer Name att delta i …" (the name after "kommer") for that person\'s task', () => {
    const parsed = parseMinutesText(`Minnesanteckningar
Länsgruppen för barn och unga, Region Fjällbo och kommunerna

Datum: 2024-04-09
Deltagare: Helena Åkesson (ordf), Rebecka Holm, Oskar Lund (sekr)

1. Kompetensutveckling
Från och med hösten kommer skolsköterskan Rebecka Holm, Västra kommun att delta i den nationella nätverksträffen.
Sedan i våras kommer fler elever att söka sig till mottagningen.
`);
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]))).toEqual([
      [
        'Rebecka Holm',
        'Från och med hösten kommer skolsköterskan Rebecka Holm, Västra kommun att delta i den nationella nätverksträffen.',
      ],
    ]);
  });
  it('takes a dated follow-up in the present passive ("Ärendet följs upp … den 14 september") for a deferral, "Återrapporteras 13/12" after a task for its deadline', () => {
    const parsed = parseMinutesText(`Protokoll
Socialnämndens individutskott
Datum: 2021-06-08

§ 63 Uppföljning av ensamkommande
Utskottet fick en redovisning. Ärendet följs upp i utskottet den 14 september.

§ 64 Samordnad individuell plan
Karin Ström får i uppdrag att ta fram en sammanställning av SIP-möten. Återrapporteras 13/12.
Redovisas delegationsbeslut för maj.
`);
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task, a.due]))).toEqual([
      [null, 'Ärendet följs upp i utskottet den 14 september.', '2021-09-14'],
      [
        'Karin Ström',
        'Karin Ström får i uppdrag att ta fram en sammanställning av SIP-möten. Återrapporteras 13/12.',
        '2021-12-13',
      ],
    ]);
  });
  it('reads agreement terms, a case\'s background and "Sedan 2021 ska …" as no tasks, a person or the administration still owning one', () => {
    const parsed = parseMinutesText(`Protokoll
Kommunstyrelsens arbetsutskott
Datum: 2022-03-15

§ 32 Samverkansavtal om räddningstjänst
Enligt avtalet ska Norrby kommun vara värdkommun och Lövsjö kommun ska betala en andel av kostnaderna. Anna Berg ska ta fram ett förslag till nytt avtal.

§ 33 Om- och tillbyggnad av Ekens skola
Beskrivning av ärendet
Ekens skola ska byggas om och eleverna ska undervisas i paviljonger under tiden. Förvaltningen kommer att kräva in en tidplan från entreprenören.
Beslut
Arbetsutskottet beslutar att godkänna förstudien.

§ 34 Samordnad individuell plan
Sedan 2021 ska alla SIP-möten dokumenteras i det gemensamma IT-stödet.
`);
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]))).toEqual([
      ['Anna Berg', 'Anna Berg ska ta fram ett förslag till nytt avtal.'],
      ['Förvaltningen', 'Förvaltningen kommer att kräva in en tidplan från entreprenören.'],
    ]);
  });
  it('cuts a numbered heading run on into its text on the same line, but keeps a numbered sentence whole', () => {
    const parsed = parseMinutesText(`MINNESANTECKNINGAR
Länsgruppen för barn och unga, Region Fjällbo och kommunerna
Datum: 2024-04-09

1. Mötet öppnas Helena Åkesson hälsade välkommen och dagordningen godkändes.
2. Gemensam mottagning för unga Regionen och kommunerna har sedan 2022 ett avtal om en mottagning. Väntetiderna har ökat.
3. Kompetensutveckling Från och med hösten deltar elevhälsan i ett nationellt nätverk.
4. Till sekreterare valdes Jan Molde.
5. Övrigt Inget övrigt.
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Mötet öppnas'],
      ['2', 'Gemensam mottagning för unga'],
      ['3', 'Kompetensutveckling'],
      ['4', 'Till sekreterare valdes Jan Molde.'],
      ['5', 'Övrigt'],
    ]);
    expect(parsed.items[1]!.notes).toContain('Regionen och kommunerna har sedan 2022');
  });
  it('takes "Förvaltningen tar fram …" and "Socialchefen sammanställer …" (the administration or an officer) for tasks', () => {
    const parsed = parseMinutesText(`Protokoll
Kommunstyrelsens arbetsutskott
Datum: 2022-03-15

§ 33 Lokalförsörjningsplan 2023-2026
Kommundirektören informerade om arbetet. Förvaltningen tar fram ett förslag till plan till sammanträdet i maj.
Socialchefen sammanställer behoven av platser i särskilt boende. Gruppen tar fram förslag varje år.
`);
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]))).toEqual([
      ['Förvaltningen', 'Förvaltningen tar fram ett förslag till plan till sammanträdet i maj.'],
      ['Socialchefen', 'Socialchefen sammanställer behoven av platser i särskilt boende.'],
    ]);
  });
  it('splits a participant label glued to its first name ("LedamöterBirgitta Falk", "Övriga närvarandeAnnika Wall")', () => {
    const parsed = parseMinutesText(`PROTOKOLL
Regionala samverkansrådet för hälsa, vård och omsorg
Sammanträdesdatum2023-10-05
LedamöterBirgitta Falk, Region Österby, ordförande
Hans Rydh, Norrvik kommun
Övriga närvarandeAnnika Wall, sekreterare
Utses att justeraHans Rydh

§ 45 Mötets öppnande
Ordföranden öppnade mötet.
`);
    expect([parsed.date, parsed.chair, parsed.secretary, parsed.adjuster]).toEqual([
      '2023-10-05',
      'Birgitta Falk',
      'Annika Wall',
      'Hans Rydh',
    ]);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Birgitta Falk', 'Hans Rydh', 'Annika Wall']);
  });
});

describe('invented kommun and region minutes in layouts the corpus lacks (issue 14, tune13)', () => {
  it('reads the short dotted date "24.12.06" (year first) and the place after "kl … i"', () => {
    const parsed = parseMinutesText(`Kommunfullmäktige i Lillby
Protokoll från sammanträde 24.12.06 kl 18:30–20:00 i Medborgarhuset, stora salen

Ordf: Göran Lind (S)

1 § Sammanträdets öppnande
Ordföranden förklarade sammanträdet öppnat.
`);
    expect([parsed.date, parsed.startTime, parsed.endTime, parsed.location]).toEqual([
      '2024-12-06',
      '18:30',
      '20:00',
      'Medborgarhuset, stora salen',
    ]);
  });

  it('gives "samt sekreterare Yngve Ek" in a run-in list its role, not to the member before it', () => {
    const parsed = parseMinutesText(`PROTOKOLL
Regionala utvecklingsutskottet
Tid: Torsdag 24 september 2020, 09:00 - 12:00
Närvarande ledamöter: Olle Hult (S) ordf, Rut Alm (M), Ulla Carp (V) och Vera Dal (L) samt sekreterare Yngve Ek

§ 41 Fastställande av dagordning
Utskottet fastställer dagordningen.
`);
    expect([parsed.chair, parsed.secretary]).toEqual(['Olle Hult', 'Yngve Ek']);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Olle Hult', 'Rut Alm', 'Ulla Carp', 'Vera Dal', 'Yngve Ek']);
  });

  it('reads a participant table without header: organisation, then "Name, role (ordf)", the group continued in rows below', () => {
    const parsed = parseMinutesText(`Anteckningar
Vårdsamverkan Norra länet – chefsgruppen
Mötesdatum: 2020-03-03

Närvarande
Region Norrby\tKarin Sjöberg, hälso- och sjukvårdsdirektör (ordf)
\tPetter Lindahl, verksamhetschef primärvård
Åsby kommun\tMaria Holmgren, socialchef
Adjungerad\tLina Forsberg, FoU-ledare
Sekreterare\tHelena Vik

1. Mötets öppnande
Karin Sjöberg hälsade välkommen.
`);
    expect([parsed.chair, parsed.secretary]).toEqual(['Karin Sjöberg', 'Helena Vik']);
    expect(parsed.attendees.map((a) => [a.name, a.organization])).toEqual([
      ['Karin Sjöberg', 'Region Norrby'],
      ['Petter Lindahl', 'Region Norrby'],
      ['Maria Holmgren', 'Åsby kommun'],
      ['Lina Forsberg', null],
      ['Helena Vik', null],
    ]);
  });

  it('reads a run-in list grouped by organisation in one paragraph, "Org: names." after "Org: names.", and "Uppdras åt X att"', () => {
    const parsed = parseMinutesText(`LÄGESMÖTE REGION – KOMMUNER, v.10

Datum 3/3 2020, kl 08.30-09.15

Deltagare: Region Österland: Nils Ahl (mötesledare), Pia Rydén. Ekeby kommun: Åsa Nord. Granby kommun: Olof Strand, MAS. Adjungerad: Kim Lager (smittskydd). Antecknare: Pia Rydén.

Övrigt
Kim Lager återkommer om provtagningsrutinen. Uppdras åt Nils Ahl att kontakta länsstyrelsen om skyddsutrustning.
`);
    expect([parsed.chair, parsed.secretary]).toEqual(['Nils Ahl', 'Pia Rydén']);
    expect(parsed.attendees.map((a) => a.name)).toEqual([
      'Nils Ahl',
      'Pia Rydén',
      'Åsa Nord',
      'Olof Strand',
      'Kim Lager',
    ]);
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]))).toEqual([
      ['Kim Lager', 'Kim Lager återkommer om provtagningsrutinen.'],
      ['Nils Ahl', 'Uppdras åt Nils Ahl att kontakta länsstyrelsen om skyddsutrustning.'],
    ]);
  });

  it('reads English head labels with their colon ("Time:", "Location:", "Attendees:") and "(chair)", "(notes)"', () => {
    const parsed = parseMinutesText(`Meeting notes / Minnesanteckningar
Regional samverkan – digitalisering i välfärden

Date: 2021-09-14
Location: Microsoft Teams

Attendees:
- Sofia Lund, Region Västerby (chair)
- Ahmed Karimi, Lunda kommun
- Jonas Bergqvist, Region Västerby (notes)

1. Welcome and previous notes
The previous notes were approved och mötet öppnades.
`);
    expect([parsed.date, parsed.location, parsed.chair, parsed.secretary]).toEqual([
      '2021-09-14',
      'Teams',
      'Sofia Lund',
      'Jonas Bergqvist',
    ]);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Sofia Lund', 'Ahmed Karimi', 'Jonas Bergqvist']);
  });

  it('reads a labelled range without "kl" whose start is a whole hour ("Tid: 10-11.30"), not its end as the start', () => {
    const parsed = parseMinutesText(`Minnesanteckningar
Samverkansgrupp äldreomsorg, Region Söderland och länets kommuner

Datum: 2022-11-08
Tid: 10-11.30
Plats: Teams

Deltagare: Anna Berg (ordf), Bo Ek, Carl Dahl (sekr)

1. Lägesbild
Läget är ansträngt i två kommuner.
`);
    expect([parsed.date, parsed.startTime, parsed.endTime]).toEqual(['2022-11-08', '10:00', '11:30']);
  });
});

describe('layouts of corpus batch 14 (region council pages, a flattened arbetsutskott protocol), invented variants', () => {
  it('reads the start and end from a day programme of times before "Sammanträdet startar/avslutas"', () => {
    const parsed = parseMinutesText(`Möte 2025-03-11
Tisdag 11 mars
09.00 Sammanträdet startar
- Formalia
- Motioner behandlas fram till kl 10
12.00-13.00 Lunch
13.00 Sammanträdet fortsätter
- Ärenden enligt lista16.30 Sammanträdet avslutas

1. Sammanträdets öppnande
Ordföranden öppnade sammanträdet.

2. Val av justerare
Bo Ek utses att justera protokollet.
`);
    expect([parsed.date, parsed.startTime, parsed.endTime]).toEqual(['2025-03-11', '09:00', '16:30']);
  });

  it('reads a web meeting page whose list markers came out as lone "-" lines: bare numbers over titles, then headed points', () => {
    const parsed = parseMinutesText(`Möte 2025-05-20
-
Tisdag 20 maj
09.00 Sammanträdet startar
- Formalia
- Ärenden enligt lista
Bilagor
-
212kb Ladda ner dokument
-
-
1
Sammanträdets öppnande
-
2
Val av justerare
-
Förslag till dagordning har skickats ut med kallelsen.
-
Inkomna motioner
Motion nr 4-2025 från Eva Lund (S). Fler platser i äldreboenden
RS 120-2025Motion nr 5-2025 från Bo Ek (M). Bättre skolskjuts
-
Inkomna frågor
Fråga nr 2-2025 från Per Holm (C) om tandvården
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Sammanträdets öppnande'],
      ['2', 'Val av justerare'],
      [null, 'Förslag till dagordning har skickats ut med kallelsen.'],
      [null, 'Inkomna motioner'],
      [null, 'Inkomna frågor'],
    ]);
  });

  it('takes a time in parentheses after a numbered point ("7. Motioner (kl 14:12)") as that point\'s, not the meeting\'s start', () => {
    const parsed = parseMinutesText(`Ärenden 7-8

Kommunfullmäktige 12 mars 2024

7. Anmälan av motioner (kl 14:12)

Tre motioner har kommit in.

8. Valärenden (kl 14:20)

Fullmäktige beslutade enligt valberedningens förslag.
`);
    expect([parsed.date, parsed.startTime, parsed.endTime]).toEqual(['2024-03-12', null, null]);
  });

  it('takes the headings over "Föredragande:"/"Moderator:" lines below a numbered list of formal points as items too', () => {
    const parsed = parseMinutesText(`Regionfullmäktige 10 mars 2021

Ärenden

  1. Öppnande
  2. Upprop
  3. Val av protokolljusterare

Information om vaccinationerna i länet
Föredragande: Eva Lund, smittskyddsläkare

Samtal om regionens framtida sjukhusstruktur
Moderator: Bo Ek

Anmälningsärenden
`);
    expect(parsed.items.map((i) => [i.number, i.title, i.presenters])).toEqual([
      ['1', 'Öppnande', []],
      ['2', 'Upprop', []],
      ['3', 'Val av protokolljusterare', []],
      [null, 'Information om vaccinationerna i länet', ['Eva Lund']],
      [null, 'Samtal om regionens framtida sjukhusstruktur', ['Bo Ek']],
    ]);
  });

  it('splits "§ N" headings run together on one line ("§ 71/20 Uppföljning § 72/20 Övriga frågor") into their items', () => {
    const parsed = parseMinutesText(`Protokoll Socialnämndens arbetsutskott
Plats och tid Stadshuset, 2021-03-02 kl. 09.00-11.00

Innehållsförteckning

§ 14/21 Fastställande av dagordning

§ 15/21 Budgetuppföljning februari

§ 16/21 Information om hemtjänsten § 17/21 Övriga informationsärenden § 18/21 Övriga frågor
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['14', 'Fastställande av dagordning'],
      ['15', 'Budgetuppföljning februari'],
      ['16', 'Information om hemtjänsten'],
      ['17', 'Övriga informationsärenden'],
      ['18', 'Övriga frågor'],
    ]);
  });
});

describe('regional collaboration notes and nämnd protocols, tune15 invented variants', () => {
  it('reads status tables turned on their side: one block per organisation, or one column per organisation', () => {
    const blocks = parseMinutesText(`Minnesanteckningar
Samverkansgruppen för äldre
Datum: 2021-05-04
Närvarande: Åsa Berg, Olle Dahl

Läget hos parterna

\tVerksamhet
\tHemtjänsten Öst

\tNuläge
\tFler brukare än i våras.

\tUtmaning
\t–


\tVerksamhet
\tVårdcentralen Norr

\tNuläge
\tLugnt.

\tMedskick
\tSnabbare svar på remisser.


Övrigt
Inget övrigt.
`);
    expect(blocks.statusReports).toEqual([
      { organization: 'Hemtjänsten Öst', current: 'Fler brukare än i våras.', challenge: null, input: null },
      { organization: 'Vårdcentralen Norr', current: 'Lugnt.', challenge: null, input: 'Snabbare svar på remisser.' },
    ]);
    expect(blocks.items.map((i) => i.title)).toEqual(['Läget hos parterna', 'Övrigt']);
    const columns = parseMinutesText(`Minnesanteckningar
Lägesmöte region och kommuner
Datum: 2021-05-04
Närvarande: Åsa Berg, Olle Dahl

Läget

\tAby kommun\tBeby kommun
Nuläge\tStabilt.\tTvå utbrott.
Utmaning\t–\tPersonal.
Medskick\tInget.\t-

Övrigt
Inget övrigt.
`);
    expect(columns.statusReports).toEqual([
      { organization: 'Aby kommun', current: 'Stabilt.', challenge: null, input: 'Inget.' },
      { organization: 'Beby kommun', current: 'Två utbrott.', challenge: 'Personal.', input: null },
    ]);
  });

  it('reads a signature block whose labels follow the names, a label run into the next name ("Ordförande Per Holm (M)")', () => {
    const parsed = parseMinutesText(`Protokoll
Omsorgsnämndens arbetsutskott
Plats och tid: Stadshuset, 2021-03-02 kl. 09.00-11.00
Beslutande: Anna Berg (S), ordförande, Per Holm (M), Eva Strand (C)
Övriga deltagare: Lena Ek, förvaltningschef

Underskrifter

Anna Berg (S)

Ordförande Per Holm (M)

Justerare

Sara Lind Sekreterare

§ 1 Budgetuppföljning
Arbetsutskottet beslutar att godkänna uppföljningen.
`);
    expect([parsed.chair, parsed.adjuster, parsed.secretary]).toEqual(['Anna Berg', 'Per Holm', 'Sara Lind']);
    expect(parsed.attendees.map((a) => a.name)).toContain('Sara Lind');
  });

  it('dates "tisdag 3/11" without a year by the year the text mentions in which that day is a Tuesday', () => {
    const text = `Minnesanteckningar
Länsnätverket för äldre
Datum: tisdag 3/11
Dnr: 2020/118
Närvarande: Anna Berg, Bo Ek

1. Läget
Inget nytt. Nästa möte tisdag 1/12.
`;
    expect(parseMinutesText(text).date).toBe('2020-11-03');
    expect(parseMinutesText(text.replace('tisdag 3/11', 'fredag 3/11')).date).toBeNull();
  });
});

describe('layouts of corpus batch 15 (a region board protocol as PDF text, kommun councils, summaries), invented variants', () => {
  it('reads a "Tid och plats" line opening with a lower-case weekday below a contents page with blank lines between all lines', () => {
    const toc = Array.from({ length: 18 }, (_, k) => `§ ${k + 1} Ärende nummer ${k + 1} ... ${k + 3}`).join('\n\n');
    const parsed = parseMinutesText(`Sammanträdesprotokoll

Nämnden för folkhälsa

Innehållsförteckning

${toc}

(2)

Tid och plats tisdagen den 14 mars 2023 kl 13.00-15.30 Stadshuset, Umeå

Närvarande

Anna Berg (S), ordförande Bo Ek (M)
`);
    expect([parsed.date, parsed.startTime, parsed.endTime, parsed.location]).toEqual([
      '2023-03-14',
      '13:00',
      '15:30',
      'Stadshuset, Umeå',
    ]);
  });
  it('reads decisions with the decider after the verb ("Här beslutade rådet att …") and "tog beslut om att …" up to the next deed', () => {
    const parsed = parseMinutesText(`Sammanfattning från rådets möte 2022-05-10

 • Skolorna redovisade läget i sina verksamheter. Här beslutade Trygghetsrådet att frågan om belysning ska tas upp igen i höst.
 • Budget - Därefter beslutade rådet att fördela medlen enligt förslaget.

Nämnden godkände planen och tog även beslut om att anta riktlinjerna för samverkan och kommer att informera kommunerna i maj.
`);
    expect(parsed.items.flatMap((i) => i.decisions)).toEqual([
      'att frågan om belysning ska tas upp igen i höst.',
      'att fördela medlen enligt förslaget.',
      'att anta riktlinjerna för samverkan',
    ]);
  });
  it('ends an entry of a run-together list at a party marker written with a capital initial only ("(Mp)", "(Sd)")', () => {
    const parsed = parseMinutesText(`Protokoll
Regionstyrelsen
Datum: 2019-03-05
Närvarande: Anna Berg (S), ordförande Olle Sand (Mp) Karin Dahl (M) Per Holm (Sd) Eva Strand (Kd) Jon Lind (C)

§ 1 Val av justerare
`);
    expect(parsed.attendees.map((a) => a.name)).toEqual([
      'Anna Berg',
      'Olle Sand',
      'Karin Dahl',
      'Per Holm',
      'Eva Strand',
      'Jon Lind',
    ]);
  });
});

describe('regional collaboration notes and nämnd protocols, gen16 invented variants', () => {
  it('keeps a protocol cut after its first page as the document notes, with no item invented to hold it', () => {
    const cut = [
      'Protokoll',
      'Tekniska nämnden',
      '2021-04-20',
      '',
      'Plats och tid: Rådhuset, sal Ekorren, kl. 18.00–20.10',
      'Utses att justera: Olle Dahl',
      'Justeringens plats och tid: Rådhuset 2021-04-23',
      'Paragrafer: 31–40',
      '',
      'ANSLAG/BEVIS',
      'Protokollet är justerat. Justeringen har tillkännagivits genom anslag.',
      'Förvaringsplats för protokollet: Rådhuset, Storgatan 1',
    ].join('\n');
    const parsed = parseMinutesText(cut);
    expect(parsed.items).toEqual([]);
    expect(parsed.adjuster).toBe('Olle Dahl');
    expect(parsed.notes).toContain('Protokollet är justerat.');
    expect(parsed.notes).toContain('Förvaringsplats för protokollet: Rådhuset, Storgatan 1');
    // Notes of a meeting without a protocol head are still one container item (SCHEMA's rule for unheaded notes).
    const notes = parseMinutesText(
      'Minnesanteckningar\nAvstämning hemsjukvård 2021-04-20\n\nVi gick igenom läget i kommunerna och konstaterade att bemanningen är ansträngd. Regionen återkommer om vaccinationen.\n',
    );
    expect(notes.items).toHaveLength(1);
    expect(notes.notes).toBe('');
  });

  it('reads "X fick i uppdrag att …" as X\'s task, also after "och" closing a finished clause', () => {
    const parsed = parseMinutesText(
      [
        'Minnesanteckningar',
        'Samverkansrådet för äldreomsorg',
        'Datum: 2022-11-10',
        '',
        '1. Gemensam tidplan',
        'Rådet gick igenom förslaget. Förslaget godkändes med två ändringar och Kommunförbundet fick i uppdrag att återkomma med en tidplan den 15 mars.',
        '',
        '2. Hjälpmedel',
        'Sara Lind fick i uppdrag att återkomma om hyresavtalen.',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => i.actions)).toEqual([
      [
        {
          owner: 'Kommunförbundet',
          task: 'Förslaget godkändes med två ändringar och Kommunförbundet fick i uppdrag att återkomma med en tidplan den 15 mars.',
          due: '2023-03-15',
        },
      ],
      [{ owner: 'Sara Lind', task: 'Sara Lind fick i uppdrag att återkomma om hyresavtalen.', due: null }],
    ]);
  });

  it('joins a decision clause cut after a lower-case word with its next line opening with a number (a date)', () => {
    const parsed = parseMinutesText(
      [
        'Protokoll',
        'Kultur- och fritidsnämnden',
        'Sammanträdesdatum: 2022-03-08',
        '',
        '§ 21 Föreningsbidrag 2022',
        'Nämnden beslutar',
        'att fördela bidragen enligt förvaltningens förslag,',
        'att förvaltningen redovisar utfallet vid nämndens sammanträde den',
        '6 september 2022.',
        '',
        '§ 22 Simhallens öppettider',
        'Ärendet bordläggs.',
      ].join('\n'),
    );
    expect(parsed.items[0]!.decisions).toEqual([
      'att fördela bidragen enligt förvaltningens förslag,',
      'att förvaltningen redovisar utfallet vid nämndens sammanträde den 6 september 2022.',
    ]);
  });

  it('takes an organisation named by a definite noun and a place ("Elevhälsan Norra", "Vårdcentralen Åby") for no person', () => {
    const parsed = parseMinutesText(
      [
        'Minnesanteckningar',
        'Nätverket för elevhälsa',
        'Datum: 2023-02-07',
        '',
        'Deltagare: Anna Berg (ordförande), Region Norrby; Linda Hjort, Elevhälsan Norra; Olle Sand, Företagshälsan Syd; Pia Ek, Vårdcentralen Åby',
        '',
        '1. Inledning',
        'Anna Berg hälsade välkommen.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Anna Berg', 'Linda Hjort', 'Olle Sand', 'Pia Ek']);
  });

  it('reads status reports written as one block of labelled lines per organisation, under a heading or a "Verksamhet:" line', () => {
    const text = (org: (name: string) => string) =>
      [
        'Minnesanteckningar',
        'Lägesmöte äldreomsorg – Region Ösby och kommunerna',
        'Datum: 2023-05-09',
        '',
        '1. Lägesrapporter',
        '',
        org('Kvarnby kommun'),
        'Nuläge: Två boenden har utbrott av calici.',
        'Utmaning: Vikarier till sommaren.',
        'Medskick: –',
        '',
        org('Region Ösby'),
        'Nuläge: –',
        'Utmaningar: Utskrivningsklara patienter',
        'som blir kvar över helgen.',
        'Medskick: Önskar kontaktperson per kommun.',
        '',
        '2. Övrigt',
        'Inget övrigt.',
      ].join('\n');
    const expected = [
      {
        organization: 'Kvarnby kommun',
        current: 'Två boenden har utbrott av calici.',
        challenge: 'Vikarier till sommaren.',
        input: null,
      },
      {
        organization: 'Region Ösby',
        current: null,
        challenge: 'Utskrivningsklara patienter som blir kvar över helgen.',
        input: 'Önskar kontaktperson per kommun.',
      },
    ];
    for (const org of [(name: string) => name, (name: string) => `Verksamhet: ${name}`]) {
      const parsed = parseMinutesText(text(org));
      expect(parsed.statusReports).toEqual(expected);
      expect(parsed.items.map((i) => i.title)).toEqual(['Lägesrapporter', 'Övrigt']);
    }
  });

  it('reads an organisation\'s block of status lines written as bullets ("• Nuläge: …")', () => {
    const parsed = parseMinutesText(
      [
        'Minnesanteckningar',
        'Avstämning hemsjukvård – Region Lyby och kommunerna',
        'Datum: 2024-01-16',
        '',
        'Lägesbild',
        '',
        'Mossby kommun',
        '- Nuläge: Influensa på två boenden.',
        '- Utmaning: –',
        '- Medskick: Behöver fler skyddsrockar.',
        '',
        'Region Lyby',
        '• Nuläge: Full beläggning.',
        '• Utmaning: Personal till jourlinjen.',
        '',
        'Övrigt',
        'Inget övrigt.',
      ].join('\n'),
    );
    expect(parsed.statusReports).toEqual([
      {
        organization: 'Mossby kommun',
        current: 'Influensa på två boenden.',
        challenge: null,
        input: 'Behöver fler skyddsrockar.',
      },
      { organization: 'Region Lyby', current: 'Full beläggning.', challenge: 'Personal till jourlinjen.', input: null },
    ]);
    expect(parsed.items.map((i) => i.title)).toEqual(['Lägesbild', 'Övrigt']);
  });

  it('reads one paragraph per organisation ("X kommun: Nuläge: … Utmaning: … Medskick: …"), and "Y kommun: –" beside them as an empty report', () => {
    const parsed = parseMinutesText(
      [
        'Minnesanteckningar',
        'Samverkan äldreomsorg – Region Lyby och kommunerna',
        'Datum: 2024-01-16',
        '',
        '1. Läget hos parterna',
        'Mossby kommun: Nuläge: Influensa på två boenden. Utmaning: –. Medskick: Fler skyddsrockar behövs.',
        'Tallå kommun – Nuläge: Lugnt. Utmaning: Sommarvikarier.',
        'Grenby kommun: –',
        '',
        'Region Lyby',
        'Nuläge: Full beläggning. Utmaning: Jourlinjen. Medskick: –',
        '',
        'Åby kommun',
        '–',
        '',
        '2. Övrigt',
        'Anna Ek återkommer med en rutin för läkemedel.',
      ].join('\n'),
    );
    expect(parsed.statusReports).toEqual([
      {
        organization: 'Mossby kommun',
        current: 'Influensa på två boenden.',
        challenge: null,
        input: 'Fler skyddsrockar behövs.',
      },
      { organization: 'Tallå kommun', current: 'Lugnt.', challenge: 'Sommarvikarier.', input: null },
      { organization: 'Grenby kommun', current: null, challenge: null, input: null },
      { organization: 'Region Lyby', current: 'Full beläggning.', challenge: 'Jourlinjen.', input: null },
      { organization: 'Åby kommun', current: null, challenge: null, input: null },
    ]);
    expect(parsed.items.map((i) => i.title)).toEqual(['Läget hos parterna', 'Övrigt']);
  });

  it('reads "X beslutade att …" in mid-paragraph after a sentence about a proposal ("… presenterade ett förslag …")', () => {
    const parsed = parseMinutesText(
      [
        'Minnesanteckningar',
        'Arbetsgruppen för hemsjukvård',
        'Datum: 2023-04-18',
        '',
        '1. Ny rutin för delegering',
        'Anna Berg presenterade ett förslag till ny rutin. Efter diskussion beslutade arbetsgruppen att rutinen gäller från den 1 maj. Bo Ek återkommer med en utbildningsplan.',
        '',
        '2. Avtal om hjälpmedel',
        'Lisa Holm redogjorde för avtalet. Nätverket beslutade att förlänga avtalet ett år.',
        '',
        '3. Budget',
        'Förvaltningens förslag: Nämnden beslutar att godkänna budgeten.',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => i.decisions)).toEqual([
      ['att rutinen gäller från den 1 maj.'],
      ['att förlänga avtalet ett år.'],
      [],
    ]);
    expect(parsed.items[0]!.actions.map((a) => a.owner)).toEqual(['Bo Ek']);
  });

  it('gives a role written before the organisation in parentheses ("Birgitta Holm, ordf (Region X)") to the name before it', () => {
    const parsed = parseMinutesText(
      [
        'Minnesanteckningar',
        'Ledningsgruppen för samverkan',
        'Datum: 2023-10-09',
        '',
        'Närvarande: Birgitta Holm, ordf (Region Västerfjord), Oskar Lind (Bergvik), Annelie Rapp, sekr (Region Västerfjord)',
        '',
        '1. Inledning',
        'Mötet öppnades.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Birgitta Holm', 'Oskar Lind', 'Annelie Rapp']);
    expect([parsed.chair, parsed.secretary]).toEqual(['Birgitta Holm', 'Annelie Rapp']);
  });
});

describe('regional collaboration notes and nämnd protocols, gen17 invented variants', () => {
  it('reads a note opening with a present-tense sending or report-back ("Skickar ut …") as a task without owner', () => {
    const parsed = parseMinutesText(`Minnesanteckningar
Samverkansgruppen äldreomsorg
Datum: 2023-11-15

1. Gemensam rutin för läkemedelsgenomgångar
Föredragande: Mats Lind, Björnå kommun
• Förslaget har skickats ut på remiss till kommunerna.
• Skickar ut en sammanställning av remissvaren före nästa möte.
• Informerar om den nya blanketten.
`);
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]))).toEqual([
      [null, 'Skickar ut en sammanställning av remissvaren före nästa möte.'],
    ]);
  });

  it('reads "(anteckningar)" after a participant\'s organisation as the note taker', () => {
    const parsed = parseMinutesText(`Minnesanteckningar
Samverkansgruppen
Datum: 2023-11-15

Deltagare
- Karin Åberg, Region Solvik (ordförande)
- Mats Lind, Björnå kommun
- Anna-Lena Rydh, Region Solvik (anteckningar)

1. Inledning
Karin Åberg hälsade välkommen.
`);
    expect([parsed.chair, parsed.secretary]).toEqual(['Karin Åberg', 'Anna-Lena Rydh']);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Karin Åberg', 'Mats Lind', 'Anna-Lena Rydh']);
  });

  it('makes each paragraph opening with its topic run in before a colon an item titled by the topic', () => {
    const parsed = parseMinutesText(`Sammanfattning från samverkansrådet 3 maj 2023

Rådet för samverkan mellan Region Norrsjö och kommunerna träffades den 3 maj. Här följer en sammanfattning.

Gemensam plan för äldres hälsa: Arbetsgruppen har samlat in synpunkter från kommunerna och regionen. Rådet beslutade att planen ska gälla från 1 juli.

Region Norrsjö: Beläggningen på sjukhusen är fortsatt hög under våren.

Vi har kommit överens om att: ersätta verksamhetsplanen med en samverkansplan.

Hemgång från slutenvården: Antalet utskrivningsklara dagar har minskat. Eva Lind återkommer med statistik i juni.
`);
    expect(parsed.items.map((i) => i.title)).toEqual(['Gemensam plan för äldres hälsa', 'Hemgång från slutenvården']);
    expect(parsed.items[0]!.notes).toContain('Region Norrsjö: Beläggningen');
    expect(parsed.items[1]!.notes).toContain('Hemgång från slutenvården: Antalet');
    expect(parsed.items[1]!.actions.map((a) => a.owner)).toEqual(['Eva Lind']);
  });

  it('reads a decision in the present passive without "att" under a decision heading ("Nämndens beslut" ⏎ "Dagordningen fastställs.")', () => {
    const parsed = parseMinutesText(`Sammanträdesprotokoll
Omsorgsnämnden
Sammanträdesdatum 2022-05-24

§ 41

Fastställande av dagordning

Omsorgsnämndens beslut

Dagordningen fastställs.

§ 42

Ekonomisk uppföljning april

Förvaltningschefen redovisar utfallet.

Omsorgsnämndens beslut

Omsorgsnämnden beslutar

att godkänna uppföljningen.

§ 43

Meddelanden

Beslut

Meddelandena läggs till handlingarna.
`);
    expect(parsed.items.map((i) => i.decisions)).toEqual([
      ['Dagordningen fastställs.'],
      ['att godkänna uppföljningen.'],
      ['Meddelandena läggs till handlingarna.'],
    ]);
  });

  it('reads a signature block whose leaders are a few ellipsis characters ("Sekreterare ………" ⏎ ⏎ "Name")', () => {
    const parsed = parseMinutesText(`Sammanträdesprotokoll
Omsorgsnämnden
Sammanträdesdatum 2022-05-24

Underskrifter Paragrafer 41-45

Sekreterare ………

Helén Ahlberg

Ordförande ………

Lars Ekvall (S)

Justerande ………

Jan Berglund (M)

§ 41

Fastställande av dagordning

Dagordningen fastställdes.
`);
    expect([parsed.chair, parsed.secretary, parsed.adjuster]).toEqual(['Lars Ekvall', 'Helén Ahlberg', 'Jan Berglund']);
  });

  it('reads rows of "Name (party)" entries in a protocol head whose "Beslutande" label was lost as the members', () => {
    const parsed = parseMinutesText(`Sammanträdesprotokoll

Omsorgsnämnden

Sammanträdesdatum 2022-05-24

Lars Ekvall (S) Marie Holm (S) Tove Andersson (C) Jan Berglund (M)

Kjell Nyström (KD) Sanna Bergh (V)

Utses att justera Jan Berglund (M)

§ 41

Fastställande av dagordning

Nämnden beslutar att fastställa dagordningen. Anna Berg (S) och Bo Ek (M) yrkar bifall.
`);
    expect(parsed.attendees.map((a) => a.name).sort()).toEqual([
      'Jan Berglund',
      'Kjell Nyström',
      'Lars Ekvall',
      'Marie Holm',
      'Sanna Bergh',
      'Tove Andersson',
    ]);
    expect(parsed.items[0]!.notes).toContain('Lars Ekvall (S) Marie Holm (S)');
  });

  it('reads a "Dagordning" heading over bullets that recur below as headings as the agenda, and those headings as the items', () => {
    const parsed = parseMinutesText(`Anteckningar
Arbetsgruppen för utskrivning

Datum: 2024-01-16

Dagordning
- Uppföljning av förra mötet
- Statistik
- Övrigt

Uppföljning av förra mötet

	Punkt
	Ansvarig
	Status

	Ny blankett
	Erik Hjelm
	Klar

Statistik
Ola Brandt visade statistiken för december. Vårdtiderna har minskat.

Övrigt
Inget övrigt.
`);
    expect(parsed.items.map((i) => i.title)).toEqual(['Uppföljning av förra mötet', 'Statistik', 'Övrigt']);
    expect(parsed.items[0]!.notes).toContain('Dagordning');
  });

  it('takes a plural definite noun doing a present-tense task verb ("Temagrupperna tar fram …") for ongoing work, not a task', () => {
    const parsed = parseMinutesText(`Minnesanteckningar
Ledningsgruppen
Datum: 2024-03-14

1. Plan för psykisk hälsa
Temagrupperna tar fram aktivitetsplaner för varje år. Kommunerna sammanställer sina behov löpande. Eva Lind tar fram en tidplan till nästa möte.

2. Övrigt
Inget övrigt.
`);
    expect(parsed.items.flatMap((i) => i.actions.map((a) => a.owner))).toEqual(['Eva Lind']);
  });

  it('takes a line ending in ":" with a finite verb ("Våra frågor blir därför:") for an introduction, not a heading', () => {
    const parsed = parseMinutesText(`Rapport från pensionärsrådet

Ungdomsmottagningarnas framtid

Rådet diskuterade förslaget om att samla ungdomsmottagningarna i en regional organisation.

Inför mötet hade kommunerna skickat ett brev till ordföranden Per Sten, där de skriver:

Vi ser med oro på förslaget och vill behålla den lokala närvaron.

Kommunernas frågor blir därför:

- Hur säkras den lokala närvaron?
- Vem ansvarar för lokalerna?

Övriga frågor

Inga övriga frågor.
`);
    expect(parsed.items.map((i) => i.title)).toEqual(['Ungdomsmottagningarnas framtid', 'Övriga frågor']);
    expect(parsed.items[0]!.notes).toContain('Kommunernas frågor blir därför:');
  });
});

describe('layouts of corpus batch 16 (a political council summary on the web, nämnd and board pages), invented variants', () => {
  it('reads past a web page skip link and browser notice above the title (neither title nor the end of the head)', () => {
    const parsed =
      parseMinutesText(`Den här webbplatsen fungerar bäst i en modern webbläsare, vissa funktioner stöds inte i äldre versioner av Internet Explorer.

Hoppa till innehållet

Kortinfo från samverkansgruppens möte 2023-03-08

Gruppen gick igenom läget i kommunerna och på sjukhusen inför sommaren och enades om en gemensam bild.
`);
    expect([parsed.title, parsed.date]).toEqual(['Kortinfo från samverkansgruppens möte 2023-03-08', '2023-03-08']);
    expect(parsed.items.map((i) => i.title)).not.toContain('Hoppa till innehållet');
    // On a web meeting page the first point's bare number on a bullet of its own ends the head.
    const page = parseMinutesText(`Hoppa över navigering
 •   1

  Val av justerare

 •   2

  Fastställande av dagordning

 • Nämnden informeras om läget i hemtjänsten inför sommaren och om bemanningen på boendena.

 • Förvaltningen redovisar utfallet för perioden januari till april och en prognos för helåret.
`);
    expect(page.items.map((i) => i.title)).toContain('Val av justerare');
  });
  it('dates a summary by "vid mötet 12 april", the year taken from the same day written with one further down', () => {
    const parsed = parseMinutesText(`Sammanfattning från samrådet

Det här tog samrådet ställning till vid mötet 12 april. Ta del av sammanfattningen nu, anteckningar publiceras senare.

Agenda samrådet 12 april 2023

 • Lägesrapport om vaccinationerna
 • Fördelning av medel
`);
    expect(parsed.date).toBe('2023-04-12');
  });
  it('reads a web summary whose sections are short headings over a "Föredragande:" line, not its agenda bullets', () => {
    const parsed = parseMinutesText(`Sammanfattning från samrådet 2023-04-12

Agenda

 • Läget i vården
 • Medel för suicidprevention

Läget i vården

Föredragande: Eva Strand, regionen

 • Beläggningen på sjukhusen har minskat sedan mars.
 • Kommunerna rapporterar god bemanning inför sommaren.

Medel för suicidprevention

Föredragande: Olle Sand kommunförbundet

 • Förslag till fördelning mellan kommunerna har tagits fram.
`);
    expect(parsed.items.map((i) => [i.title, i.presenters])).toEqual([
      ['Läget i vården', ['Eva Strand']],
      ['Medel för suicidprevention', ['Olle Sand']],
    ]);
  });
  it('keeps a "Ställningstagande:" line (the forum\'s position, alone or with its value) in its point, not as a heading', () => {
    const parsed = parseMinutesText(`Kortinfo från samrådet 2023-05-10

Läget i vården

Föredragande: Eva Strand, regionen

 • Beläggningen på sjukhusen har minskat sedan mars.

Ställningstagande: Samrådet noterar informationen

Medel för suicidprevention

Föredragande: Olle Sand, kommunförbundet

 • Förslag till fördelning mellan kommunerna har tagits fram.

Ställningstagande:

 • Samrådet ställer sig bakom förslaget till fördelning.
`);
    expect(parsed.items.map((i) => i.title)).toEqual(['Läget i vården', 'Medel för suicidprevention']);
  });
  it('reads "Information, beslut nästa kommunstyrelse." (the decision deferred to the body\'s next meeting) as a task', () => {
    const parsed = parseMinutesText(`Protokoll
Kommunstyrelsen 2023-09-12

§ 4 Ny taxa för bygglov

Förvaltningen redovisar förslaget till ny taxa. Information, beslut nästa kommunstyrelse.
`);
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]))).toEqual([
      [null, 'Information, beslut nästa kommunstyrelse.'],
    ]);
    // A purpose ("klart för beslut vid nästa möte") is no deferral.
    const aim = parseMinutesText(`Protokoll
Kommunstyrelsen 2023-09-12

§ 5 Ny taxa för tillsyn

Målet är att ha ett förslag klart för beslut vid nästa möte i nämnden.
`);
    expect(aim.items.flatMap((i) => i.actions)).toEqual([]);
  });
  it("keeps bullets indented deeper than a web meeting page's numbered points inside the point above, also after a blank line", () => {
    const parsed = parseMinutesText(`Hoppa över navigering
 •   1

  Val av justerare

 •   2

  Anmälningar för kännedom

  • Bidrag till föreningen Blå Bandet i Norrby, dnr RS 2023/1401
  • Bidrag till föreningen Röda Korset i Söderby, dnr RS 2023/1402

  • Förvaltningschefens beslut på delegation om ombyggnad av köket vid Norrby sjukhus (dnr RS 2023/1503)

 • Förvaltningen informerar om budgetuppföljningen för perioden januari till augusti.
`);
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Val av justerare',
      'Anmälningar för kännedom',
      'Förvaltningen informerar om budgetuppföljningen för perioden januari till augusti.',
    ]);
  });

  it('splits a participant row holding several "Name (party), organisation" entries separated by semicolons', () => {
    const parsed = parseMinutesText(
      [
        'Minnesanteckningar',
        'Samverkansberedningen',
        'Datum: 2023-05-17',
        '',
        'Närvarande',
        'Gunnar Hed (S), Region Fjällmark, ordförande; Lena Borg (C), Åkersby kommun; Tor Mattsson (M), Älvnäs kommun',
        '',
        '1. Inledning',
        'Mötet öppnades.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Gunnar Hed', 'Lena Borg', 'Tor Mattsson']);
    expect(parsed.chair).toBe('Gunnar Hed');
  });
});

describe('layouts of corpus batch 17 (political council summaries, region decision pages, agency notes), invented variants', () => {
  it('splits "beslutade att A, att B och att C" into its decisions and reads "Vidare beslutades att …" after it', () => {
    const parsed = parseMinutesText(`Beslut i korthet - kommunstyrelsen 3 maj 2022

Kommunstyrelsen beslutade att anta en ny plan för krisberedskap som gäller för alla som arbetar i kommunen, att utse Eva Lund till samordnare och att avsätta 200 000 kronor till övningar. Vidare beslutades att bjuda in regionen till en gemensam övning och att ses igen i höst. Dessutom föreslog styrelsen att fullmäktige ska godkänna årsredovisningen.
`);
    expect(parsed.items.flatMap((i) => i.decisions)).toEqual([
      'att anta en ny plan för krisberedskap som gäller för alla som arbetar i kommunen',
      'att utse Eva Lund till samordnare',
      'att avsätta 200 000 kronor till övningar.',
      'att bjuda in regionen till en gemensam övning',
      'att ses igen i höst.',
    ]);
  });

  it('reads "X kommer att uppdateras/bjudas in" (a deed someone will do to the subject) as a task without owner, not a forecast', () => {
    const parsed = parseMinutesText(`Mötesanteckningar 2023-03-09

Samverkansgrupp för smittskydd i äldreomsorgen

Deltagare

Kommunförbundet, Regionen, Länsstyrelsen

Informationsutbyte

Regionen

Riktlinjen för basala hygienrutiner kommer att revideras. Kommunernas medicinskt ansvariga sjuksköterskor kommer att bjudas in till en hearing om riktlinjen.

Kommunförbundet

Nätverket för hemsjukvård kommer att upplösas vid årsskiftet. Rutinen ska revideras vartannat år.
`);
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]))).toEqual([
      [null, 'Riktlinjen för basala hygienrutiner kommer att revideras.'],
      [null, 'Kommunernas medicinskt ansvariga sjuksköterskor kommer att bjudas in till en hearing om riktlinjen.'],
    ]);
  });

  it('does not read the aims of a plan ("X ska verka för att …", "ska … arbeta aktivt för att …") as tasks', () => {
    const parsed = parseMinutesText(`Minnesanteckningar Trygghetsrådet 2024-02-06

1. Trygghetslöften 2024
Löftena gäller under 2024. Räddningstjänsten ska verka för att färre bränder anläggs i skolorna. Kommunen och räddningstjänsten ska tillsammans arbeta aktivt för att minska skadegörelsen. Lena Berg ska boka ett uppföljningsmöte i maj.
`);
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]))).toEqual([
      ['Lena Berg', 'Lena Berg ska boka ett uppföljningsmöte i maj.'],
    ]);
  });

  it('reads a deed in the present passive set in a coming season or soon ("… publiceras under hösten") as a task without owner', () => {
    const parsed = parseMinutesText(`Minnesanteckningar Folkhälsorådet 2024-03-12

1. Aktuellt
Kartläggningen av fritidsvanor är klar. Resultatet presenteras i höst. Enkäten till föreningarna skickas ut inom kort. Utbildningen startar under våren.
`);
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]))).toEqual([
      [null, 'Resultatet presenteras i höst.'],
      [null, 'Enkäten till föreningarna skickas ut inom kort.'],
    ]);
  });

  it('reads "Ordinarie ledamöter" and "Tjänstgörande ledamöter" as participant labels, the chair among them', () => {
    for (const label of ['Ordinarie ledamöter', 'Tjänstgörande ledamöter']) {
      const parsed = parseMinutesText(
        [
          'HAGBY KOMMUN',
          'PENSIONÄRSRÅD',
          'MINNESANTECKNINGAR',
          'Sammanträdesdatum',
          '2023-02-08',
          label,
          'Gerd Alm, (c), ordförande',
          'Tore Blom, (s)',
          'Övriga deltagare',
          'Eva Ros, sekreterare',
          '1. Mötets öppnande',
          'Ordföranden hälsar välkommen.',
        ].join('\n'),
      );
      expect(parsed.chair, label).toBe('Gerd Alm');
      expect(parsed.attendees.map((a) => a.name).sort(), label).toEqual(['Eva Ros', 'Gerd Alm', 'Tore Blom']);
    }
  });

  it('reads lettered sub-topics marked "A/", "B/" as items numbered by their letter', () => {
    const parsed = parseMinutesText(
      [
        'Omsorgsnämndens sammanträde 12 mars 2019',
        '',
        'Information',
        '',
        ' • A/ Sommarplanering i hemtjänsten',
        '',
        '    B/ Resultat av brukarundersökningen',
        '',
        '    C/ Förvaltningschefens information',
        '',
        '    - Rekrytering av enhetschefer',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['A', 'Sommarplanering i hemtjänsten'],
      ['B', 'Resultat av brukarundersökningen'],
      ['C', 'Förvaltningschefens information'],
    ]);
  });

  it('reads a matter sent on to another forum for its decision ("går vidare till fullmäktige för beslut") as a deferral', () => {
    const parsed = parseMinutesText(`Sammanfattning från socialnämnden den 14 mars

Vid socialnämndens sammanträde behandlades bland annat verksamhetsberättelsen.

Två medborgarförslag om fler parkbänkar skickas vidare till kommunstyrelsen för yttrande. Nämnden fick också information om hemtjänsten.
`);
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]))).toEqual([
      [null, 'Två medborgarförslag om fler parkbänkar skickas vidare till kommunstyrelsen för yttrande.'],
    ]);
  });

  it('reads "X går nu vidare med att …" (the body\'s next step) as X\'s task', () => {
    const parsed = parseMinutesText(`Mötesanteckningar 2023-10-05

Informationsutbyte

Sjuksköterskeföreningen

Föreningen har fått svar från departementet. Föreningen går nu vidare med att skriva en debattartikel om bemanningen. Arbetet med riktlinjerna pågår.
`);
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]))).toEqual([
      ['Föreningen', 'Föreningen går nu vidare med att skriva en debattartikel om bemanningen.'],
    ]);
  });
});

describe('layouts of corpus batch 18 (kommunalförbund and kommun protocols as PDF text, board summaries, agency pages), invented variants', () => {
  it('splits "Name (party), Kommun" entries run together on one line, a party marker after each name', () => {
    const parsed = parseMinutesText(`Styrgruppen för arbetsmarknad

Tid: 12 mars 2019

Närvarande:

Anna Berglund (s), Borås, ordförande Per Lindqvist (m), Ulricehamn

Karin Sjöö (v), Tranemo Olle Dahl (c), Mark Eva Nord (kd), Svenljunga

1. Justering
`);
    expect(parsed.attendees.map((a) => a.name)).toEqual([
      'Anna Berglund',
      'Per Lindqvist',
      'Karin Sjöö',
      'Olle Dahl',
      'Eva Nord',
    ]);
    expect(parsed.chair).toBe('Anna Berglund');
  });

  it('reads a list label run onto the end of the line above ("Plats: Kommunhuset, Borås Närvarande:", "… Ulricehamn Förhinder:")', () => {
    const parsed = parseMinutesText(`Styrgruppen för arbetsmarknad

Tid: 3 april 2019

Plats: Kommunhuset, Borås Närvarande:

Anna Berglund, Borås

Per Lindqvist, Ulricehamn Förhinder:

Karin Sjöö, Tranemo

1. Justering
`);
    expect(parsed.location).toBe('Kommunhuset, Borås');
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Anna Berglund', 'Per Lindqvist']);
  });
  it('reads a proposal under a bare decision heading ("BESLUT" ⏎ "Utskottet föreslår att nämnden antar …") as the decision', () => {
    const parsed = parseMinutesText(`Protokoll arbetsutskottet

Tid: 2 februari 2021

1. Yttrande över remiss om äldreomsorgsplan

Förvaltningen har tagit fram ett förslag till yttrande.

BESLUT

Utskottet föreslår att nämnden antar yttrandet som sitt eget
med de ändringar som gjordes vid mötet.

2. Övriga frågor
`);
    expect(parsed.items.flatMap((i) => i.decisions)).toEqual([
      'att nämnden antar yttrandet som sitt eget med de ändringar som gjordes vid mötet.',
    ]);
  });
  it('reads a report-back with a fronted object and the pronoun after the verb ("Resultaten återkommer vi med …") as a task', () => {
    const parsed = parseMinutesText(`Protokoll arbetsgruppen

Tid: 10 maj 2022

1. Enkäten om läkemedelsgenomgångar

Svaren har sammanställts. Resultaten per kommun återkommer vi med till nästa möte. Diskussion följde.
`);
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]))).toEqual([
      [null, 'Resultaten per kommun återkommer vi med till nästa möte.'],
    ]);
  });
  it('reads a line of roles run together with their holders ("ordförande Ulla Berg Sekreterare Greta Lind") as each role', () => {
    const parsed = parseMinutesText(`Protokoll 2019-04-02

ordförande Ulla Berg Sekreterare Greta Lind

§1 Mötet öppnas

§2 Ekonomi
`);
    expect([parsed.chair, parsed.secretary]).toEqual(['Ulla Berg', 'Greta Lind']);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Ulla Berg', 'Greta Lind']);
  });
  it('reads a programme heading over bullets with " – Name, organisation" presenters as one item per bullet', () => {
    const parsed = parseMinutesText(`Dokumentation från länsgruppens möte 4 mars 2019

Inledande text om gruppens uppdrag och om hur mötet genomfördes digitalt i år.

Programmet var:

  • Välkommen – Maria Holm, ordförande
  • Läget i hemsjukvården – Per Ek, Region Norrland
  • Nya riktlinjer för läkemedel - Eva Strand, MAS
  • Övriga frågor

Nästa möte hålls i maj.
`);
    expect(parsed.items.map((i) => [i.title, i.presenters])).toEqual([
      ['Välkommen', ['Maria Holm']],
      ['Läget i hemsjukvården', ['Per Ek']],
      ['Nya riktlinjer för läkemedel', ['Eva Strand']],
      ['Övriga frågor', []],
    ]);
  });
});

describe('layouts of gen19 (notes forwarded by e-mail, Teams notes, flattened header tables), invented variants', () => {
  it('does not read the sending date of a forwarded e-mail ("Skickat: den 5 november 2026") as the meeting day', () => {
    const parsed = parseMinutesText(`Från: Anna Berg
Skickat: den 5 november 2026 08:12
Ämne: Anteckningar från tisdagens möte

Minnesanteckningar samverkansmöte region och kommuner
tisdag 3/11 kl 13.00–14.30 via Teams

Närvarande: Anna Berg, Bo Ek

1) Läget
Inget nytt.
`);
    expect(parsed.date).toBe('2026-11-03');
  });
  it('reads "Ansvarig: X" on a line of its own above the task it owns, the task going on over a line to "senast v. 16."', () => {
    const parsed = parseMinutesText(`Anteckningar nätverket
Möte 2026-02-10 kl. 13.15-15.00

Närvarande: Åsa Grön, Rikard Bly

Nytt journalsystem
Upphandlingen är klar. Flera kommuner vill ha en gemensam utbildningsplan.
Ansvarig: Rikard Bly
Ta fram ett förslag på utbildningsplan och skicka till nätverket
senast v. 16.

Övrigt
Inget att rapportera.
`);
    expect(parsed.items.map((i) => i.title)).toEqual(['Nytt journalsystem', 'Övrigt']);
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]))).toEqual([
      ['Rikard Bly', 'Ta fram ett förslag på utbildningsplan och skicka till nätverket senast v. 16.'],
    ]);
  });
});

describe('layouts of corpus batch 20 (nämnd pages, förbund protocols, council reports), invented variants', () => {
  it('reads a web meeting page copied from its first bullet, whose short sentence bullets are points of their own', () => {
    const parsed = parseMinutesText(`•   1

  Val av justerare

 • Förslag till dagordning har skickats ut.

 • Information från länsträffen 2024-03-12.

 • Förvaltningen redovisar antalet ärenden som kommit in under perioden januari till mars.

  Bilagor
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Val av justerare'],
      [null, 'Förslag till dagordning har skickats ut.'],
      [null, 'Information från länsträffen 2024-03-12.'],
      [null, 'Förvaltningen redovisar antalet ärenden som kommit in under perioden januari till mars.'],
    ]);
  });

  it('reads past the page header (date, "2 (9)", the document type in capitals) printed between a bare "§ N" and its title', () => {
    const parsed = parseMinutesText(`Protokoll
Förbundsstyrelsen
2023-04-11

Närvarande
Eva Lund
Per Ek

§ 12
2023-04-11
2 (9)
SAMMANTRÄDESPROTOKOLL
Val av justerare
Förbundsstyrelsen beslutar
att utse Per Ek att justera protokollet.
§ 13
Budget 2024
Förbundsstyrelsen beslutar
att anta budgeten.
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['12', 'Val av justerare'],
      ['13', 'Budget 2024'],
    ]);
  });

  it('reads the chair stated after the role ("Ordförande är nu Name") and drops a capitalised job title before the name', () => {
    const report = parseMinutesText(`KPR 2024-03-12

Den 12/3 2024 sammanträdde KPR. Ordförande är nu Anna Berg. Agendan var lång.
`);
    expect(report.chair).toBe('Anna Berg');
    const news = parseMinutesText(`Kommunalrådet i dialog med seniorrådet

På tisdagens möte diskuterades bostäder för äldre.

Kommunalråd Cecilia Holm är ordförande i seniorrådet.
`);
    expect(news.chair).toBe('Cecilia Holm');
  });

  it('reads "Förutom ordföranden Name, sekreteraren Name och enhetschef Name deltog …" as chair, secretary and attendees', () => {
    const parsed = parseMinutesText(`Rapport från rådet

Den 9 februari hölls ett digitalt möte. Förutom ordföranden Anna Berg, sekreteraren Bo Ek och enhetschef Cecilia Holm deltog tre representanter för föreningarna. Frågan om bostäder togs upp.
`);
    expect([parsed.chair, parsed.secretary]).toEqual(['Anna Berg', 'Bo Ek']);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Anna Berg', 'Bo Ek', 'Cecilia Holm']);
  });

  it('reads a question referred to a later meeting in the past tense ("… bordlades och hänsköts till ett extra sammanträde") as a deferral', () => {
    const parsed = parseMinutesText(`KPR 2024-03-12

Den 12/3 2024 sammanträdde KPR. Budgeten redovisades.

Frågan om arbetsordningen bordlades och hänsköts till ett extra sammanträde med KPR.
`);
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]))).toEqual([
      [null, 'Frågan om arbetsordningen bordlades och hänsköts till ett extra sammanträde med KPR.'],
    ]);
  });

  it('reads the meeting day from a short "Från möte 2021-03-05" line below a web page\'s remit bullets', () => {
    const parsed = parseMinutesText(`Ledningsgrupp

Ledningsgruppens roll är att samordna arbetet mellan kommunerna, primärvården och sjukhusen i området.

Ledningsgruppen ska

 • Följa upp de gemensamma överenskommelserna om vård och omsorg.
 • Bereda frågor till det politiska samrådet inför varje möte.
 • Ta fram förslag till gemensamma rutiner för utskrivning.
 • Stödja de lokala grupperna i deras arbete med samverkan.
 • Rapportera till huvudmännen om hur samverkan utvecklas.

Kortinfo från möte

Från möte 2021-03-05

 • Överlämningsmöte för ledningsgruppen är den 30 april 2021.
 • Ny rutin för utskrivning från slutenvården godkändes.
`);
    expect(parsed.date).toBe('2021-03-05');
  });
});

describe('layouts of gen19, part 2 (flattened header tables, task tables, deferrals), invented variants', () => {
  it('reads the attendees of a two-column header table flattened, the "Närvarande" cell going on in tab-led lines', () => {
    const parsed = parseMinutesText(
      'Minnesanteckningar\nRegional samverkansgrupp\n\nDatum\t3 december 2026\nTid\t08.30–10.00\nPlats\tTeams-möte\n' +
        'Närvarande\tMaja Lind, Region Granmark (ordförande)\n\tStig Holm, Åsa kommun\n\tJon Falk, Region Granmark (sekreterare)\n' +
        'Frånvarande\tEva Tall, Norrby kommun\n\n1. Läget\nInget nytt.\n\n2. Övrigt\nInget att ta upp.\n',
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Maja Lind', 'Stig Holm', 'Jon Falk']);
    expect([parsed.chair, parsed.secretary]).toEqual(['Maja Lind', 'Jon Falk']);
  });
  it('passes over a task table\'s rows whose status column says done or under way ("Pågår": an earlier uppdrag followed up), and reads "Klart senast" as the due column', () => {
    const parsed = parseMinutesText(
      'Minnesanteckningar\nStyrgruppen\nDatum: 2026-05-20\n\nNärvarande: Helena Fors, Kim Sjö, Rut Lager\n\n' +
        '1. Uppföljning av uppdrag\nUppdrag\tAnsvarig\tKlart senast\tStatus\n' +
        'Ta fram en rutin för läkemedelsgenomgångar\tKim Sjö\t2026-04-30\tKlar\n' +
        'Kartlägga mobila team i länet\tRut Lager\t2026-06-15\tPågår\n' +
        'Bjuda in primärvården till nästa möte\tHelena Fors\t2026-09-01\tNy\n\n2. Övrigt\nInget att ta upp.\n',
    );
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task, a.due]))).toEqual([
      ['Helena Fors', 'Bjuda in primärvården till nästa möte.', '2026-09-01'],
    ]);
  });
});

describe('gen20 invented variants (regional collaboration notes and nämnd protocols)', () => {
  const tasksOf = (text: string) =>
    parseMinutesText(text).items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]));

  it('reads "X tar också över …" (not "tar över som ledamot", a new role) and "X tar med frågan till …" as tasks of X', () => {
    expect(
      tasksOf(
        'Minnesanteckningar\nLedningsgruppen\nDatum: 2026-02-12\n\n1. Övriga frågor\nMaja Lind tar också över ansvaret för nätverket från och med april. ' +
          'Ersättaren Bo Ek tar över som ordinarie ledamot. ' +
          'Kommunförbundet tar med frågan till nästa socialchefsnätverk.\n\n2. Nästa möte\nI april.\n',
      ),
    ).toEqual([
      ['Maja Lind', 'Maja Lind tar också över ansvaret för nätverket från och med april.'],
      ['Kommunförbundet', 'Kommunförbundet tar med frågan till nästa socialchefsnätverk.'],
    ]);
  });

  it('reads members named in prose in the head: "Närvarande ledamöter var …", "deltog ledamöterna …", "X och Y deltog också"', () => {
    const names = (text: string) => parseMinutesText(text).attendees.map((a) => a.name);
    expect(
      names(
        'PROTOKOLL\nKulturnämnden\nSammanträdesdatum 2026-03-18\n' +
          'Närvarande ledamöter var Åsa Grip (S), ordförande, Leo Ek (M) och Mira Sand (C).\n\n§ 1 Val av justerare\nLeo Ek utses.\n\n§ 2 Budget\nBudgeten godkänns.\n',
      ),
    ).toEqual(['Åsa Grip', 'Leo Ek', 'Mira Sand']);
    expect(
      names(
        'Protokoll direktionen 2026-02-26\nDirektionen sammanträdde den 26 februari 2026.\n' +
          'Vid mötet deltog ledamöterna Ola Nyhed (S) och Kim Alm (M). Förbundsdirektör Per Vall och sekreterare Nea Falk deltog också.\n\n' +
          '§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n§ 2 Övriga frågor\nUlla och Lilian deltog.\n',
      ),
    ).toEqual(['Ola Nyhed', 'Kim Alm', 'Per Vall', 'Nea Falk']);
  });

  it('keeps a room with "samt via Teams" beside it whole (a hybrid meeting), "Plats: Teams" stays "Teams"', () => {
    const loc = (place: string) =>
      parseMinutesText(
        `Minnesanteckningar\nStyrgruppen\nDatum: 2026-05-20\nPlats: ${place}\n\nNärvarande: Helena Fors, Kim Sjö\n\n1. Läget\nInget nytt.\n\n2. Övrigt\nInget.\n`,
      ).location;
    expect(loc('Regionhuset, rum Lärkan samt via Teams')).toBe('Regionhuset, rum Lärkan samt via Teams');
    expect(loc('Stadshuset och digitalt via Teams')).toBe('Stadshuset och digitalt via Teams');
    expect(loc('Teams')).toBe('Teams');
    expect(loc('Microsoft Teams-möte')).toBe('Teams');
  });

  it('reads the adjuster from an agenda line "1 Förslag till justerare: Name" or "Val av justerare: Name"', () => {
    const parsed = parseMinutesText(
      'Kallelse och protokoll\nBarn- och utbildningsnämnden\n2026-02-02 kl 13.00\n\n1 Förslag till justerare: Gun Nyberg\n\n2 Information från tillsynsbesök.\n\n3 Budget 2026.\n\n4 Övrigt.\n',
    );
    expect(parsed.adjuster).toBe('Gun Nyberg');
    expect(parsed.attendees.map((a) => a.name)).toContain('Gun Nyberg');
  });

  it('takes the end time from "Mötet avslutades kl. 15.10" when the time label gives only the start', () => {
    const parsed = parseMinutesText(
      'Minnesanteckningar\nBeredningen\nDatum: 2026-11-06\nTid: 13.00\n\nNärvarande: Bo Holm, Eva Nord\n\n1. Inledning\nBo Holm öppnade mötet.\n\n2. Övrigt\nInget.\n\nMötet avslutades kl. 15.10.\n',
    );
    expect([parsed.startTime, parsed.endTime]).toEqual(['13:00', '15:10']);
  });
});

describe('layouts of batch 21 (councils and nämnder in elder care), invented variants', () => {
  it('reads material published on the web in the present passive as a task without owner, not the minutes themselves', () => {
    const parsed = parseMinutesText(
      'Minnesanteckningar\nSeniorrådet\nDatum: 2026-03-04\n\n1. Trygghet i boendet\nEva Strand visade en sammanställning. ' +
        'Presentationen läggs ut på hemsidan.\n\n2. Föregående protokoll\nProtokollet läggs ut på hemsidan.\n',
    );
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]))).toEqual([
      [null, 'Presentationen läggs ut på hemsidan.'],
    ]);
  });
  it('reads the adjusters named as the agents of "Protokollet kommer att justeras … av X och Y" on a web meeting page', () => {
    const parsed = parseMinutesText(
      'Hoppa över navigering\n • § 1\n\n  Mötets öppnande\n\n • Protokollet kommer att justeras digitalt den 3 mars 2026 ' +
        'kl 10.00 av Stina Vall och Olof Brink.\n\n • § 3\n\n  Övriga frågor\n',
    );
    expect(parsed.adjuster).toBe('Stina Vall');
    expect(parsed.attendees.map((a) => a.name).sort()).toEqual(['Olof Brink', 'Stina Vall']);
  });
  it('reads the chair from a list entry whose role carries the body\'s acronym ("ordförande SPR"), not a vice chair\'s', () => {
    const parsed = parseMinutesText(
      'Protokoll\nPlats och tid: SPR, Stadsdelshuset, 2026-02-12 kl. 10.00–12.00\n\nOrdinarie ledamöter: Förtroendevalda\n' +
        'Tove Mark (S), stadsdelsnämnden, ordförande SPR\nLeo Falk (M), stadsdelsnämnden\nIda Rand, PRO, vice ordförande SPR\n\n' +
        '§1 Val av justerare\nLeo Falk utses att justera protokollet.\n',
    );
    expect(parsed.chair).toBe('Tove Mark');
  });

  it('reads a lower-case actor after a fronted phrase ("I den andra delen ska utredarna kartlägga …") and "Den nya arbetsgruppen ska …" as tasks', () => {
    expect(
      parseMinutesText(
        'Minnesanteckningar\nSamverkansgruppen\nDatum: 2026-05-14\n\n1. Projektet\nProjektet har två delar. I den andra delen ska utredarna kartlägga hemtjänstens rutiner. ' +
          'Den nya arbetsgruppen ska presentera en tidplan i september.\nTidplanen ska vara klar före jul.\n\n2. Övrigt\nInget.\n',
      ).items.flatMap((i) => i.actions.map((a) => [a.owner, a.task])),
    ).toEqual([
      ['utredarna', 'I den andra delen ska utredarna kartlägga hemtjänstens rutiner.'],
      ['Den nya arbetsgruppen', 'Den nya arbetsgruppen ska presentera en tidplan i september.'],
    ]);
  });
});

describe('gen21 invented variants (regional collaboration notes in layouts the corpus lacks)', () => {
  const tasksOf = (text: string) =>
    parseMinutesText(text).items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]));

  it('reads Teams meeting notes: an "Attendees" heading without colon, "Organizer:" as the chair, "Notes by:" as the secretary', () => {
    const parsed = parseMinutesText(
      'Meeting notes\nNätverket för e-hälsa – månadsmöte\nTuesday, 8 September 2026 10:00–11:00\nLocation: Microsoft Teams Meeting\n\n' +
        'Attendees\nLina Berg (Region Halland)\nOla Nyman (Varbergs kommun)\n\nOrganizer: Lina Berg\nNotes by: Ola Nyman\n\n' +
        'Notes\nLäget\nInget nytt.\n',
    );
    expect([parsed.chair, parsed.secretary]).toEqual(['Lina Berg', 'Ola Nyman']);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Lina Berg', 'Ola Nyman']);
    // "Present" still needs its colon: a line "Present" alone is no list.
    expect(matchLabel('Present')).toBeNull();
  });

  it('reads "Follow-up tasks" entries "Name: task" as tasks of that person, and a speaker\'s "…, återkommer …" as the speaker\'s', () => {
    expect(
      tasksOf(
        'Minnesanteckningar\nSamverkansforum e-hälsa – månadsmöte\nDatum: 2026-09-08\n\nStatus för trygghetslarmen\nSofie: Halmstad – no update, återkommer via mejl.\nPer: Klart, inga frågor.\n\n' +
          'Follow-up tasks\n- Ahmed Karimi: skicka ut tidplanen till alla kommuner\n- @Lina Berg: boka nästa möte 6/10\n',
      ),
    ).toEqual([
      ['Sofie', 'Sofie: Halmstad – no update, återkommer via mejl.'],
      ['Ahmed Karimi', 'skicka ut tidplanen till alla kommuner'],
      ['Lina Berg', 'boka nästa möte 6/10'],
    ]);
  });

  it('reads a Word attendance table with a column per kind ("Närvarande | Frånvarande | Ersättare"): the present and the substitutes', () => {
    const parsed = parseMinutesText(
      'Minnesanteckningar\nSamverkansgrupp barn och unga\nDatum: 2026-10-07\n\nNärvaro\n' +
        '\tNärvarande\n\tFrånvarande\n\tErsättare\n\n' +
        '\tMaja Ek, Region Dalarna (ordförande)\n\tPer Ring, Mora kommun\n\tStina Hägg, Mora kommun\n\n' +
        '\tJon Lind, Borlänge kommun\n\tGun Törn, Smedjebackens kommun\n\t–\n\n' +
        '\tHanna Wik, Region Dalarna (sekreterare)\n\t\n\t\n\n' +
        '1. Föregående möte\nAnteckningarna lades till handlingarna.\n\n2. Övriga frågor\nInga.\n',
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Maja Ek', 'Jon Lind', 'Hanna Wik', 'Stina Hägg']);
    expect([parsed.chair, parsed.secretary]).toEqual(['Maja Ek', 'Hanna Wik']);
  });

  it('splits "Beslutades att A" ⏎ "samt att B" into two decisions', () => {
    const parsed = parseMinutesText(
      'Minnesanteckningar\nSamverkansgruppen\nDatum: 2026-10-07\n\n1. Plan för SIP\nJon Lind presenterade förslaget.\n' +
        'Beslutades att anta planen för SIP-arbetet 2027\nsamt att utse Sandra Ek till kontaktperson.\n\n2. Övrigt\nInget.\n',
    );
    expect(parsed.items[0]!.decisions).toEqual([
      'att anta planen för SIP-arbetet 2027',
      'att utse Sandra Ek till kontaktperson.',
    ]);
  });

  it('keeps "Hälsingegatan 36, Gävle, samt Teams" whole (a hybrid meeting), "Teams och telefon" stays "Teams"', () => {
    const loc = (place: string) =>
      parseMinutesText(
        `Minnesanteckningar\nChefsgruppen\nDatum: 2026-05-14\nPlats: ${place}\n\nNärvarande: Bo Holm, Eva Nord\n\n1. Läget\nInget nytt.\n\n2. Övrigt\nInget.\n`,
      ).location;
    expect(loc('Region Gävleborg, Hälsingegatan 36, Gävle, samt Teams')).toBe(
      'Region Gävleborg, Hälsingegatan 36, Gävle, samt Teams',
    );
    expect(loc('Teams och telefon')).toBe('Teams');
  });

  it('reads "Uppdrag N – task. Ansvarig: X. Status: Pågår/Klar/Ej påbörjad." as an earlier task reported on, "Status: Ny" as a task', () => {
    expect(
      tasksOf(
        'Minnesanteckningar\nChefsgruppen\nDatum: 2026-05-14\n\n1. Uppföljning av uppdrag från föregående möte\n' +
          'Uppdrag 1 – Kartlägga behovet av mobila team. Ansvarig: Johanna Pers. Status: Klar.\n' +
          'Uppdrag 2 – Ta fram en rutin för läkemedelsgenomgångar. Ansvarig: Bengt Ek. Status: Pågår.\n' +
          'Uppdrag 3 – Samordna kompetensinsatser. Ansvarig: Malin Qvarn. Status: Ej påbörjad. Malin återkommer med en tidplan på nästa möte.\n' +
          'Uppdrag 4 – Bjuda in hjälpmedelscentralen. Ansvarig: Bo Holm. Status: Ny.\n\n2. Övrigt\nInget.\n',
      ),
    ).toEqual([
      ['Malin', 'Malin återkommer med en tidplan på nästa möte.'],
      ['Bo Holm', 'Uppdrag 4 – Bjuda in hjälpmedelscentralen.'],
    ]);
  });

  it('splits a run-in list where each "Name (party), Org kommun" entry runs into the next name without a comma', () => {
    const parsed = parseMinutesText(
      'Protokoll\nPolitisk samverkansberedning\nSammanträdesdatum: 2026-02-05\n\n' +
        'Beslutande: Eva Moberg (C), Sala kommun Anders Hed (S), Köpings kommun Lisa Kron (KD), Fagersta kommun\n\n' +
        '§ 1 Val av justerare\nBeslut:\natt utse Lisa Kron.\n\n§ 2 Övrigt\nInget.\n',
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Eva Moberg', 'Anders Hed', 'Lisa Kron']);
  });

  it('does not run a lettered point ("a) Ambulansen: …") into the heading above it', () => {
    const parsed = parseMinutesText(
      'Protokoll\nBeredningen\nSammanträdesdatum: 2026-02-05\n\n§ 4 Information\na) Ambulansen: Olle Frid informerar om den nya stationen.\n' +
        'b) Hälsoval: Maria Torn informerar om ersättningen.\nBeslut:\natt lägga informationen till handlingarna.\n\n§ 5 Övriga frågor\nInga.\n',
    );
    expect(parsed.items.map((i) => i.title)).toEqual(['Information', 'Övriga frågor']);
  });

  it('reads a "§ N Title" row with empty cells beside it, and the first-cell rows after it, as the protocol run into a label table', () => {
    const parsed = parseMinutesText(
      'PROTOKOLL\nBeredningen\nSammanträdesdatum: 2026-02-05\n\n\tBeslutande\n\tEva Moberg (C), ordförande\n\n\tJusterare\n\tLisa Kron\n\n' +
        '\t§ 1 Val av justerare\n\t\n\n\tBeslut:\n\t\n\natt utse Lisa Kron att justera protokollet.\n\n§ 2 Övrigt\nInget.\n',
    );
    expect(parsed.items.map((i) => [i.number, i.title, i.decisions])).toEqual([
      ['1', 'Val av justerare', ['att utse Lisa Kron att justera protokollet.']],
      ['2', 'Övrigt', []],
    ]);
    expect(parsed.adjuster).toBe('Lisa Kron');
  });

  it('reads organisation headings over their reports as items, also over a two-word "Ingen rapport.", and not the forum over the date line', () => {
    const parsed = parseMinutesText(
      'Anteckningar från samverkansmöte\nSocialchefsnätverket och Region Dalarna\n2026-03-12, kl. 09.00–11.30, Regionhuset Falun\n\n' +
        'Ordförande: Inga Malm\n\nAvesta kommun\nLäget är stabilt och inhyrningen har minskat med 40 procent.\n\n' +
        'Hedemora kommun\nIngen rapport.\n\nLeksands kommun\nNytt korttidsboende med 12 platser öppnar i april.\n',
    );
    expect(parsed.items.map((i) => i.title)).toEqual(['Avesta kommun', 'Hedemora kommun', 'Leksands kommun']);
  });

  it('reads a PDF attendance table whose only wrapped cells are in the first column ("Närvarande | Frånvarande | Ersättare")', async () => {
    const text =
      'Minnesanteckningar\nSamverkansgrupp barn och unga\nDatum: 2026-10-07\n\nNärvaro\n' +
      '\tNärvarande\n\tFrånvarande\n\tErsättare\n\n' +
      '\tMalin Östberg, Region Dalarna BUP (ordförande)\n\tPer Ring, Mora kommun\n\tStina Hägg, Mora kommun\n\n' +
      '\tJon Lind, Borlänge kommun\n\tGun Törn, Smedjebackens kommun\n\t–\n\n' +
      '\tSandra Ek, Falu kommun\n\t\n\t\n\n' +
      '\tHanna Wik, Region Dalarna (sekreterare)\n\t\n\t\n\n' +
      '1. Föregående möte\nAnteckningarna lades till handlingarna.\n\n2. Övriga frågor\nInga.\n';
    const parsed = await parseMinutesFile(await buildPdf(text), 'narvaro.pdf');
    expect(parsed.attendees.map((a) => a.name)).toEqual([
      'Malin Östberg',
      'Jon Lind',
      'Sandra Ek',
      'Hanna Wik',
      'Stina Hägg',
    ]);
    expect([parsed.chair, parsed.secretary]).toEqual(['Malin Östberg', 'Hanna Wik']);
  });

  it('reads Teams tick-box entries under a to-do heading: "- [ ] Name: task", "☐ Task @Name"; a ticked "[x]" entry is done', () => {
    const tasks = (list: string) =>
      tasksOf(
        'Minnesanteckningar\nSamverkansforum e-hälsa – månadsmöte\nDatum: 2026-09-08\n\nLäget\nInget nytt att rapportera från kommunerna denna gång.\n\n' +
          `Övrigt\nInga övriga frågor togs upp.\n\n${list}`,
      );
    expect(
      tasks(
        'Action items\n- [ ] Ahmed Kari: skicka ut tidplanen\n- [x] Lina Berg: boka lokal\n- [ ] Bo Ek: ring kommunen\n',
      ),
    ).toEqual([
      ['Ahmed Kari', 'skicka ut tidplanen'],
      ['Bo Ek', 'ring kommunen'],
    ]);
    expect(tasks('Follow-up tasks\n☐ Skicka ut tidplanen @Ahmed Kari\n☐ Ring kommunen @Bo Ek\n')).toEqual([
      ['Ahmed Kari', 'Skicka ut tidplanen'],
      ['Bo Ek', 'Ring kommunen'],
    ]);
  });
});

describe('layouts of batch 22 (the covid years and after), invented variants', () => {
  it('reads the role holders from election points whose text is only the elected name(s) ("Val av sekreterare för mötet" ⏎ "Bo Ek")', () => {
    const parsed = parseMinutesText(
      'Årsmötesprotokoll 2026\n\n1. Årsmötets öppnande\nMötet öppnades.\n\n2. Val av ordförande för mötet\nStina Vall\n\n' +
        '3. Val av sekreterare för mötet\nOlof Brink\n\n4. Val av två personer att jämte ordföranden justera dagens protokoll\n' +
        'Beslut: Tove Mark och Leo Falk\n\n5. Val av två rösträknare\nBeslut: Ida Rand och Leo Falk\n\n6. Val av justeringsperson\nBeslut: Godkändes\n',
    );
    expect([parsed.chair, parsed.secretary, parsed.adjuster]).toEqual(['Stina Vall', 'Olof Brink', 'Tove Mark']);
    expect(parsed.attendees.map((a) => a.name).sort()).toEqual(['Leo Falk', 'Olof Brink', 'Stina Vall', 'Tove Mark']);
  });
  it('reads "X skall …" (the older spelling of "ska") as a task, not "… skall vara …" or an arrangement that "ska ske"', () => {
    expect(
      parseMinutesText(
        'Protokoll\nDag: 2026-03-02\n\n1. Ekonomi\nFöreningen skall hos förvaltningen ansöka om bidrag för nästa år. ' +
          'Mötet skall vara digitalt.\n\n2. Restriktioner\nUndervisningen skall ske på distans till och med 24 januari. ' +
          'Utbildningen ska ske i grupper om tio.\nEn återrapportering ska ske till nämnden senast den 25 mars.\n',
      ).items.flatMap((i) => i.actions.map((a) => [a.owner, a.task])),
    ).toEqual([
      ['Föreningen', 'Föreningen skall hos förvaltningen ansöka om bidrag för nästa år.'],
      [null, 'En återrapportering ska ske till nämnden senast den 25 mars.'],
    ]);
  });
  it('reads numbered clauses without "att" under a line ending with the decider\'s verb as decisions, not a numbered agenda', () => {
    const parsed = parseMinutesText(
      'Protokoll\nOmsorgsnämnden\nDatum: 2026-03-18\n\n§ 21 Dnr ON 2026/0012\nMånadsrapport februari\n\nOmsorgsnämnden beslutar\n\n' +
        '1. godkänna förvaltningens förslag till månadsrapport och översända den till kommunstyrelsen.\n\n' +
        '2. uppdra åt förvaltningen att redovisa åtgärder i april.\n\nBeskrivning av ärendet\nRapporten visar ett underskott.\n\n' +
        '§ 22 Information\nNämnden informerades om:\n1. Läget i hemtjänsten\n2. Nya riktlinjer\n',
    );
    expect(parsed.items.flatMap((i) => i.decisions)).toEqual([
      'godkänna förvaltningens förslag till månadsrapport och översända den till kommunstyrelsen.',
      'uppdra åt förvaltningen att redovisa åtgärder i april.',
    ]);
  });
  it('reads the day, a time range whose dash was lost and the medium from a one-sentence protocol head ("… kl 13.00 14.00 genom telefonmöte.")', () => {
    const parsed = parseMinutesText(
      'Protokoll fört vid Norrby Seniorråds årsmöte onsdagen den 16 september 2026 kl 13.00 14.00 genom telefonmöte.\n\n' +
        'Mötet hölls per telefon eftersom flera ombud saknar dator.\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n2. Val av mötesfunktionärer\nTill ordförande för mötet valdes Stina Vall.\n',
    );
    expect([parsed.date, parsed.startTime, parsed.endTime, parsed.location]).toEqual([
      '2026-09-16',
      '13:00',
      '14:00',
      'telefonmöte',
    ]);
    // A time followed by another number without minutes is no range.
    expect(
      parseMinutesText('Protokoll\nDatum: 2026-09-16, kl 13.00 14 deltagare\n\n1. Öppnande\nInget.\n').endTime,
    ).toBeNull();
  });
  it('reads a heading date with its century and spaces ("Årsmöte 2026 04 25 via Messenger och mobil") and the medium after it', () => {
    const parsed = parseMinutesText(
      'Årsmötesprotokoll 2026\n\nÅrsmöte 2026 04 25 via Messenger och mobil\n\n1. Årsmötets öppnande\nStina Vall förklarade årsmötet öppnat.\n\n' +
        '2. Val av ordförande för mötet\nStina Vall\n\n3. Val av sekreterare för mötet\nOlof Brink\n',
    );
    expect([parsed.date, parsed.location]).toEqual(['2026-04-25', 'Messenger och mobil']);
  });
  it('reads "Styrelsen uppdrar till Anna B och Bo E att …" as their task and a letter that "skickas måndag 18/1" as a dated task', () => {
    expect(
      parseMinutesText(
        'Protokoll 260114\n\nNärvarande: Anna Berg, Bo Ek, Stina Vall\n\n1. Skrivelse till regionen\n' +
          'Beslut: Styrelsen uppdrar till Anna B och Bo E att redigera skrivelsen.\nSkrivelsen skickas måndag 19/1 som mail.\n' +
          'Protokollet skickas måndag 19/1 till medlemmarna.\nFörra skrivelsen skickades 5/1.\n\n2. Övrigt\nInget att ta upp.\n',
      ).items.flatMap((i) => i.actions.map((a) => [a.owner, a.task, a.due])),
    ).toEqual([
      ['Anna B och Bo E', 'Beslut: Styrelsen uppdrar till Anna B och Bo E att redigera skrivelsen.', null],
      [null, 'Skrivelsen skickas måndag 19/1 som mail.', '2026-01-19'],
    ]);
  });
  it('takes the day from the notes\' lead sentence ("Anteckningar från …, den 30 mars 2026 (kl. 10:00–16:00).") over a page heading naming another', () => {
    const parsed = parseMinutesText(
      'Möte med referensgruppen för vaccinationsprogram 17 oktober 2025\n\nAnteckningar från referensgruppen för vaccinationsprogram, ' +
        'den 30 mars 2026 (kl. 10:00–16:00).\n\nDeltagare\n\n • Socialstyrelsen – Carl Ek\n • Läkemedelsverket – Stina Vall\n\n' +
        'Inledning\n\nEnhetschef Carl Ek öppnade mötet och välkomnade alla deltagare.\n',
    );
    expect([parsed.date, parsed.startTime, parsed.endTime]).toEqual(['2026-03-30', '10:00', '16:00']);
  });
  it('reads the place beside the time without the line\'s label ("Plats och tid Sammanträdesrum Linden, kv. Posten, kl. 13.30-16.00")', () => {
    const parsed = parseMinutesText(
      'Plats och tid Sammanträdesrum Linden, kv. Posten, kl. 13.30-16.00\n\nBeslutande Stina Vall (M), ordförande\n\nCarl Ek (S) Bo Lind (C)\n\n' +
        'Utses att justera Carl Ek (S)\n\n§ 34 Dnr SN 2026/0028\n\nMånadsrapport februari 2026\n\nSocialnämnden beslutar\n\n1. godkänna månadsrapporten.\n',
    );
    expect(parsed.location).toBe('Sammanträdesrum Linden, kv. Posten');
  });
  it('keeps the last name of a run-in list that ends with the sentence\'s full stop ("…, Rolf Wallner."), not an initial\'s dot', () => {
    const parsed = parseMinutesText(
      'Dag: Måndagen den 21 sept. 2026\nTid: Kl. 13.20- 1600.\nPlats: Storgatan 11\n\nNärvarande:\nKarin Berg (ordförande), Britt Ek, ' +
        'Lars O. Ericsson, Inger Sjö, Rolf Wallner.\n\n1. Sammanträdet öppnas\nOrdföranden hälsade välkommen.\n\n2. Val av justerare\n' +
        'Till att justera protokollet valdes Lars O. Ericsson.\n',
    );
    expect(parsed.attendees.map((a) => a.name).join(', ')).toBe(
      'Karin Berg, Britt Ek, Lars O. Ericsson, Inger Sjö, Rolf Wallner',
    );
  });
  it('reads two elected adjusters each with an organisation acronym ("Till protokolljusterare valdes Anna Berg, PRO och Bo Ek, SKPF.")', () => {
    const parsed = parseMinutesText(
      'Protokoll fört vid Norrby Seniorråds årsmöte den 16 september 2026 kl 13.00–14.00.\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n' +
        '2. Val av mötesfunktionärer\nTill ordförande för mötet valdes Stina Vall. Till protokolljusterare valdes Anna Berg, PRO och Bo Ek, SKPF.\n',
    );
    expect([
      parsed.adjuster,
      parsed.attendees
        .map((a) => a.name)
        .sort()
        .join(', '),
    ]).toEqual(['Anna Berg', 'Anna Berg, Bo Ek, Stina Vall']);
  });
});

describe('gen22 invented variants (regional collaboration notes in layouts the corpus lacks)', () => {
  it('reads a Word form exported to PDF with a label column: head labels, then each topic beside its text as an item', async () => {
    const text =
      'Region Halland\nMINNESANTECKNINGAR\n\n' +
      'Mötesgrupp\tPolitisk samverkansgrupp (PSG)\nDatum\t2026-02-04\nTid\t14.00–16.00\nPlats\tRegionens hus, sal Tylösand\n' +
      'Ordförande\tGöran Alm (M), Region Halland\nSekreterare\tKlara Dufva, Region Halland\n' +
      'Närvarande\tGöran Alm (M), Region Halland; Birgitta Svan (S), Halmstads kommun; Erik Kindh (C), Falkenbergs kommun\n' +
      'Justerare\tErik Kindh\n\n' +
      'Mötets öppnande\tOrdföranden öppnade mötet.\n' +
      'Överenskommelse om hemsjukvård\tPSG beslutade att rekommendera fullmäktige att förlänga överenskommelsen till 2028.\n' +
      'Barn och unga\tJonas Hed informerade om väntetiderna inom BUP. Förvaltningen återkommer med en analys på nästa möte.\n\n' +
      'Nästa möte\t2026-04-01\n';
    const parsed = await parseMinutesFile(await buildPdf(text), 'psg.pdf');
    expect([parsed.location, parsed.chair, parsed.secretary, parsed.adjuster]).toEqual([
      'Regionens hus, sal Tylösand',
      'Göran Alm',
      'Klara Dufva',
      'Erik Kindh',
    ]);
    expect(parsed.attendees.map((a) => a.name).sort()).toEqual([
      'Birgitta Svan',
      'Erik Kindh',
      'Göran Alm',
      'Klara Dufva',
    ]);
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Mötets öppnande',
      'Överenskommelse om hemsjukvård',
      'Barn och unga',
    ]);
    expect(parsed.items[1]!.decisions).toEqual([
      'att rekommendera fullmäktige att förlänga överenskommelsen till 2028.',
    ]);
    expect(parsed.items[2]!.actions.map((a) => a.owner)).toEqual(['Förvaltningen']);
    expect(parsed.followUpMeetings).toEqual(['2026-04-01']);
  });

  it('reads "Deltog:" as the participant list of a summary sent after the meeting and "Dokumentation:" as the note taker', () => {
    const parsed = parseMinutesText(
      'Hej alla,\n\nhär kommer en kort sammanfattning från dagens möte i länsgruppen.\n\n' +
        'Deltog: Helena Strand (Region Värmland, sammankallande), Oskar Lind (Karlstads kommun), Marie Åberg (Arvika kommun)\n' +
        'Dokumentation: Linnea Rask, S1\n\nLäget i kommunerna\nInget nytt.\n\nUtbildningsdag\nMarie Åberg tar fram ett programförslag.\n',
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Helena Strand', 'Oskar Lind', 'Marie Åberg', 'Linnea Rask']);
    expect([parsed.chair, parsed.secretary]).toEqual(['Helena Strand', 'Linnea Rask']);
    // Without the colon neither is a label: "Dokumentation" heads a topic, "Deltog …" is prose.
    expect([matchLabel('Dokumentation'), matchLabel('Deltog gjorde även Bo Ek')]).toEqual([null, null]);
  });

  it('reads a staff meeting\'s "Nr | Beslut/åtgärd | Ansvarig | Klart" Word table as tasks, the row number left out', async () => {
    const text =
      'Minnesanteckningar stabsmöte nr 14\nDatum: 2026-01-13\nMötesledare: Mats Engström\n\nNärvarande: Mats Engström, Johan Brink, Amir Haddad\n\n' +
      'Lägesbild\nS2 Omvärld/analys: 118 inneliggande med influensa, varav 7 på IVA.\n\nBeslut/åtgärd\n' +
      '\tNr\n\tBeslut/åtgärd\n\tAnsvarig\n\tKlart\n\n' +
      '\t14:2\n\tTa fram en prognos för vårdplatsbehovet.\n\tJohan Brink\n\t2026-01-15\n\n' +
      '\t14:3\n\tSkicka ut pressmeddelande om besöksrestriktioner.\n\tAmir Haddad\n\t2026-01-13\n\n' +
      'Övrigt\nInget att ta upp i dag.\n';
    const parsed = await parseMinutesFile(await buildDocx(text), 'stab.docx');
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.task, a.due]))).toEqual([
      ['Johan Brink', 'Ta fram en prognos för vårdplatsbehovet.', '2026-01-15'],
      ['Amir Haddad', 'Skicka ut pressmeddelande om besöksrestriktioner.', '2026-01-13'],
    ]);
  });

  it('ends a Word table at its last row: a heading right below a participant table is an item, not the last cell going on', async () => {
    const text =
      'Minnesanteckningar stabsmöte\nDatum: 2026-01-13\n\nNärvarande\n\tFunktion\n\tNamn\n\n\tStabschef\n\tMats Engström\n\n' +
      '\tS4 Logistik\n\tKerstin Wahlgren\n\n' +
      'Lägesbild\nS4 Logistik: Inga brister på skyddsutrustning.\nKommunerna: Hemsjukvården är hårt ansträngd i Mora.\n\n' +
      'Övrigt\nKerstin Wahlgren informerar om lagret i Borlänge.\n';
    const parsed = await parseMinutesFile(await buildDocx(text), 'stab.docx');
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Mats Engström', 'Kerstin Wahlgren']);
    expect(parsed.items.map((i) => i.title)).toEqual(['Lägesbild', 'Övrigt']);
  });

  it('reads an "Uppdragslista" of "- Task (Owner[, Owner]) v. 47" entries as tasks of the names in parentheses', () => {
    const parsed = parseMinutesText(
      'Anteckningar\nLedningsgruppen för samverkan\nMöte 2026-11-05 kl. 09.30–11.00\n\nNärvarande: Magnus Olsén, Åsa Nordin, Roger Hellgren, Pia Ström\n\n' +
        '§ 1 Lägesbild\nInget nytt att rapportera.\n\n§ 2 Uppdragslista\n' +
        '- Sammanställa statistik över utskrivningsklara per kommun (Magnus Olsén) v. 47\n' +
        '- Ta fram en gemensam introduktion för nya sjuksköterskor (Åsa Nordin, Roger Hellgren) v. 50\n' +
        '- Bjuda in Ljusdals kommun till nästa möte (Pia Ström) senast 20/11\n\n§ 3 Nästa möte\n2026-12-03 kl. 09.30 via Teams.\n',
    );
    expect(parsed.items.flatMap((i) => i.actions.map((a) => [a.owner, a.due]))).toEqual([
      ['Magnus Olsén', null],
      ['Åsa Nordin, Roger Hellgren', null],
      ['Pia Ström', '2026-11-20'],
    ]);
  });

  it('leaves the word naming the meeting out of a place after its day and time ("Möte 2026-11-05 kl. 09.30–11.00, Hudiksvall, …")', () => {
    const loc = (head: string) =>
      parseMinutesText(
        `Anteckningar\nLedningsgruppen\n${head}\n\nNärvarande: Bo Holm, Eva Nord\n\n§ 1 Lägesbild\nAntalet utskrivningsklara som ligger kvar på sjukhuset har minskat.\n\n§ 2 Övriga frågor\nInga övriga frågor.\n`,
      ).location;
    expect(loc('Möte 2026-11-05 kl. 09.30–11.00, Hudiksvall, Kommunhuset rum Dellen')).toBe(
      'Hudiksvall, Kommunhuset rum Dellen',
    );
    expect(loc('Sammanträde 2026-11-05 kl. 09.30–11.00, Stadshuset, sal 2')).toBe('Stadshuset, sal 2');
  });

  it('dates a summary sent after the meeting by the day beside the time in its lead sentence ("… dagens möte (onsdag 4 mars kl. 10–11.30, Teams).")', () => {
    const parsed = parseMinutesText(`Från: Helena Strand
Skickat: den 4 mars 2026 16:47
Ämne: Kort sammanfattning

Hej alla,

här kommer en kort sammanfattning från dagens möte i länsgruppen för vård och omsorg (onsdag 4 mars kl. 10–11.30, Teams). Presentationen ligger på samarbetsytan.

Deltog: Helena Strand, Oskar Lindgren

Läget i kommunerna
Karlstad och Arvika har fortsatt brist på sjuksköterskor på natten.
`);
    expect([parsed.date, parsed.startTime, parsed.endTime]).toEqual(['2026-03-04', '10:00', '11:30']);
  });

  it('reads a heading over the week\'s figures ("Siffror denna vecka" ⏎ "IVA:" ⏎ "Region Halland: 1 (föreg. vecka 2)") as an item', () => {
    const parsed = parseMinutesText(`Anteckningar
Regional samverkan covid-19 – veckoavstämning
Datum: 2026-01-15

Deltagare: Johanna Lindell, Petter Ahlgren, Tove Axelsson

Siffror denna vecka
Inneliggande covid-19:
Region Halland: 12 (föreg. vecka 9)
Korttidsplatser, lediga:
Varbergs kommun: 0 (föreg. vecka 1)

Kommentarer
Tove Axelsson: Varberg har inga lediga korttidsplatser. Varberg återkommer på nästa möte med en plan.
`);
    expect(parsed.items.map((i) => i.title)).toEqual(['Siffror denna vecka', 'Kommentarer']);
  });
});

describe('gen23 invented (PDF layouts of meeting systems and Word templates)', () => {
  it('reads a PDF whose tab-column participant lists became a table: "Förhinder" rows are absent, "Adjungerade" present, and "1. Title" under the table is a point', async () => {
    const text =
      'Minnesanteckningar\nDelregional ledningsgrupp för vårdsamverkan Västra Dalarna\nDatum: 2022-11-03, kl. 13.00–15.00\n\n' +
      'Närvarande\n' +
      'Maria Holm\tRegion Dalarna, verksamhetschef vid Mora lasarett (ordförande)\n' +
      'Kent Ås\tVansbro kommun, socialchef\n' +
      'Lisa Berg\tMalung-Sälens kommun, förvaltningschef\n\n' +
      'Förhinder\n' +
      'Anna Kvist\tVansbro kommun, MAS\n' +
      'Olof Rask\tRegion Dalarna, verksamhetschef Psykiatri Norra Dalarna\n\n' +
      'Adjungerade\n' +
      'Sara Ling\tHjälpmedel Dalarna, punkt 2\n\n' +
      '1. Inledning\n' +
      'Maria Holm hälsade välkommen. Föregående minnesanteckningar lades till handlingarna.\n\n' +
      '2. Hjälpmedel\n' +
      'Sara Ling informerade om den nya förskrivningsprocessen. Kommunerna återkommer med antal förskrivare.\n';
    const parsed = await parseMinutesFile(await buildPdf(text), 'ledningsgrupp.pdf');
    expect(parsed.attendees.map((a) => a.name).sort()).toEqual(['Kent Ås', 'Lisa Berg', 'Maria Holm', 'Sara Ling']);
    expect(parsed.items.map((i) => i.title)).toEqual(['Inledning', 'Hjälpmedel']);
  });

  it('reads members listed without a role right under members with one ("Name (S) ⇥ ordförande" ⏎ "Name (L)") and "Primärvård Ludvika" as no person', () => {
    const parsed = parseMinutesText(
      'PROTOKOLL\nKrisledningsnämnden\nSammanträdesdatum: 2020-04-16\n\n' +
        'Närvarande ledamöter\nUlla Berg (S)\tordförande\nMats Dahl (M)\tvice ordförande\nGöran Lill (L)\nKent Ax (SD)\n\n' +
        'Övriga närvarande: Lars Rehn, regiondirektör, Magnus Ek, verksamhetschef Primärvård Ludvika, Region Dalarna\n\n' +
        '§ 30 Val av justerare\nKrisledningsnämnden beslutar\natt utse Mats Dahl (M) att jämte ordföranden justera protokollet.\n',
    );
    expect(parsed.attendees.map((a) => a.name).sort()).toEqual([
      'Göran Lill',
      'Kent Ax',
      'Lars Rehn',
      'Magnus Ek',
      'Mats Dahl',
      'Ulla Berg',
    ]);
    expect(parsed.chair).toBe('Ulla Berg');
  });

  it('reads "Sammanträdets plats och tid:" with the place before a weekday date and the time', () => {
    const parsed = parseMinutesText(
      'Omsorgsnämnden\nPROTOKOLL\n\n' +
        'Sammanträdets plats och tid: Kommunhuset, Hyltebruk, lokal Nissan, torsdagen den 23 september 2021 kl. 08.30–11.50\n' +
        'Beslutande ledamöter: Gunilla Ivarsson (C), ordförande, Bengt Persson (S)\n\n' +
        '§ 55 Val av justerare\nOmsorgsnämnden beslutar att utse Bengt Persson (S) att justera protokollet.\n',
    );
    expect([parsed.location, parsed.date, parsed.startTime, parsed.endTime]).toEqual([
      'Kommunhuset, Hyltebruk, lokal Nissan',
      '2021-09-23',
      '08:30',
      '11:50',
    ]);
  });

  it('reads a head table of labels over one row of values ("Datum | Tid | Plats | Mötesledare"), as a PDF and as a Word table', async () => {
    const body =
      '\n\n1 Välkommen\nKristina Lövgren hälsade välkommen.\n\n2 Handlingsplan\nErik Sandell presenterade förslaget.\n';
    const title = 'Minnesanteckningar\nLänsgemensam ledning för vård och omsorg i Halland\n\n';
    // In the PDF the head's columns come out as tab-separated lines; in the Word file they are a table's cells.
    const pdf = `${title}Datum\tTid\tPlats\tMötesledare\n2023-02-09\t13:00 - 15:30\tTeams\tKristina Lövgren\n${body}`;
    const docx = `${title}\tDatum\n\tTid\n\tPlats\n\tMötesledare\n\n\t2023-02-09\n\t13:00 - 15:30\n\tTeams\n\tKristina Lövgren\n\n${body}`;
    for (const parsed of [
      await parseMinutesFile(await buildPdf(pdf), 'ledning.pdf'),
      await parseMinutesFile(await buildDocx(docx), 'ledning.docx'),
    ]) {
      expect([parsed.date, parsed.startTime, parsed.endTime, parsed.location, parsed.chair]).toEqual([
        '2023-02-09',
        '13:00',
        '15:30',
        'Teams',
        'Kristina Lövgren',
      ]);
      expect(parsed.items.map((i) => i.title)).toEqual(['Välkommen', 'Handlingsplan']);
    }
  });

  it('reads a status table whose rows break over pages under a repeated header row: the rest of a cut row is no row of its own', async () => {
    const kommuner = ['Halmstads', 'Varbergs', 'Kungsbacka', 'Falkenbergs', 'Laholms', 'Hylte'];
    const current = (k: string) =>
      `Läget i ${k} kommun är stabilt men ansträngt inom hemtjänsten efter en lång period med hög sjukfrånvaro bland ` +
      'personalen. Korttidsplatserna är fullbelagda sedan mars och en ny korttidsenhet öppnar i september. ' +
      'Rekryteringen av sommarvikarier till hemtjänsten och hemsjukvården är i stort sett klar för veckorna 27–32.';
    const rows = kommuner.map(
      (k) => `\t${k} kommun\n\t${current(k)}\n\tBemanning av sjuksköterskor kvällar och helger.\n\tInget medskick.\n`,
    );
    const text =
      'Minnesanteckningar\nSamverkansrådet för vård och omsorg i Halland\nDatum: 2024-05-16\n\n' +
      'Närvarande: Annika Ström, Region Halland, ordförande; Jonas Friberg, Region Halland\n\n' +
      '1. Lägesrapporter\nVarje huvudman rapporterade läget inför sommaren.\n' +
      Array.from({ length: 14 }, (_, n) => `Stycke ${n + 1} om sommarplaneringen i länet.`).join('\n') +
      '\n\n\tVerksamhet\n\tNuläge\n\tUtmaning\n\tMedskick\n\n' +
      rows.join('\n') +
      '\n\n2. Övriga frågor\nInga övriga frågor.\n';
    const parsed = await parseMinutesFile(await buildPdf(text, { repeatHeader: true }), 'rad.pdf');
    expect(parsed.statusReports.map((r) => r.organization)).toEqual(kommuner.map((k) => `${k} kommun`));
    expect(parsed.statusReports.map((r) => r.current)).toEqual(kommuner.map(current));
    expect(parsed.statusReports.map((r) => r.challenge)).toEqual(
      kommuner.map(() => 'Bemanning av sjuksköterskor kvällar och helger.'),
    );
  });

  it('reads "Beslut: X beslutade att …" run into the paragraph before it (a PDF line that reached the right edge)', () => {
    const parsed = parseMinutesText(
      'Minnesanteckningar\nLänsgemensam ledning\nDatum: 2023-02-09\n\n2 Regional handlingsplan\n' +
        'Erik Sandell presenterade förslaget. Förslaget har tagits fram i samverkan med brukarorganisationerna och RSS ' +
        'Halland. Kommunerna efterfrågade tydligare indikatorer för uppföljningen. ' +
        'Beslut: Ledningen beslutade att förslaget skickas på remiss till kommunerna med svar senast den 31 mars.\n',
    );
    expect(parsed.items[0]!.decisions).toEqual([
      'att förslaget skickas på remiss till kommunerna med svar senast den 31 mars.',
    ]);
  });

  it('reads "Name Organisation tjg ers för Name" in a run-in list: the substitute without the role words, not the member replaced', () => {
    const parsed = parseMinutesText(
      'Anteckningar från möte i Länsgruppen\n\nMötet hölls tisdagen den 14 mars 2023 kl. 13.00–15.30 i Falun.\n\n' +
        'Närvarande: Karin Holm Region Dalarna BUP ordf, Stefan Lund Borlänge kommun, Åsa Mörk Falu kommun tjg ers för ' +
        'Per Sandin, Lars Eriksson Mora kommun\n\nVäntetider\nKarin Holm redogjorde för väntetiderna.\n',
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Karin Holm', 'Stefan Lund', 'Åsa Mörk', 'Lars Eriksson']);
  });

  it('reads every row of a Word agenda table "Nr | Ärende | Anteckningar" whose notes cell holds a second paragraph', async () => {
    const row = (n: number, title: string, notes: string, more: string) => `\t${n}\n\t${title}\n\t${notes}\n${more}\n`;
    const text =
      'MINNESANTECKNINGAR\nSamverkansmöte Region Dalarna och kommunerna i norra Dalarna\nDatum: 2021-06-10\n\n' +
      '\tNr\n\tÄrende\n\tAnteckningar\n\n' +
      [
        row(1, 'Vaccinationsläget', 'Maja Tiger redovisade täckningen.', 'Maja Tiger återkommer med prognoser.'),
        row(2, 'Sommarplanering', 'Anders Rydh beskrev planeringen.', 'Oskar Hed skickar ut rutinen före midsommar.'),
        row(3, 'Övriga frågor', 'Inga övriga frågor.', 'Frågan tas med till nästa möte.'),
      ].join('\n') +
      '\n\nNästa möte: 2021-08-26 kl. 09.00.\n';
    const parsed = await parseMinutesFile(await buildDocx(text), 'samverkan.docx');
    expect(parsed.items.map((i) => i.title)).toEqual(['Vaccinationsläget', 'Sommarplanering', 'Övriga frågor']);
    expect(parsed.items.map((i) => i.actions.length)).toEqual([1, 1, 1]);
  });
});

describe('gen24 invented (Word and PDF layouts of notes, logs and protocols)', () => {
  it('reads decimal sub-points ("1.1 Title", "2.2. Title") under a numbered point as items of their own, in order', () => {
    const parsed = parseMinutesText(
      'Minnesanteckningar\nLedningsgruppen för Nära vård\nDatum: 2022-03-10\n\n' +
        '1. Inledning\n1.1 Mötets öppnande och dagordning\nOrdföranden öppnar mötet.\n\n' +
        '1.2 Uppföljning av uppdrag från föregående möte\nAlla uppdrag är klara.\n\n' +
        '2. Samverkan vid utskrivning\n2.1. Statistik över utskrivningsklara\nMedelvärdet är 1,8 dagar.\n\n' +
        '2.2. Samordnad individuell plan\nAntalet SIP har minskat, se punkt 1.2 ovan.\n\n3. Övrigt\nInga övriga frågor.\n',
    );
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Inledning'],
      ['1.1', 'Mötets öppnande och dagordning'],
      ['1.2', 'Uppföljning av uppdrag från föregående möte'],
      ['2', 'Samverkan vid utskrivning'],
      ['2.1', 'Statistik över utskrivningsklara'],
      ['2.2', 'Samordnad individuell plan'],
      ['3', 'Övrigt'],
    ]);
  });

  it('leaves out a participant table\'s rows whose Roll cell says "Förhinder"', () => {
    const parsed = parseMinutesText(
      'Minnesanteckningar\nLokal närvårdssamverkan\nDatum: 2019-10-24\n\nNärvarande\n' +
        '\tNamn\n\tOrganisation\n\tRoll\n\n\tAnn Widell\n\tHalmstads kommun\n\tOrdförande\n\n' +
        '\tMats Holm\n\tHylte kommun\n\tFörhinder\n\n\tKarin Öhrn\n\tVårdcentralen Andersberg\n\tAdjungerad\n\n' +
        '§ 1 Föregående minnesanteckningar\nGodkändes.\n',
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Ann Widell', 'Karin Öhrn']);
    expect(parsed.chair).toBe('Ann Widell');
  });

  it('reads a "Deltagare" list in Word columns (names over their organisations, a column break between) with the roles under the names', async () => {
    const text =
      'Anteckningar\nSamverkansforum psykisk hälsa\n2 februari 2023, kl. 13.30–16.00\n\nDeltagare\n[[columns]]\n' +
      'Therese Lund\nRegion Halland, ordförande\n\nAmir Jashar\nPsykiatri Halland\n\n[[column]]\n' +
      'Johan Rydell\nVarbergs kommun\n\nGunilla Sten\nRegion Halland, sekreterare\n[[/columns]]\n\n' +
      '1. Välkommen\nTherese hälsar välkommen.\n\n2. Handlingsplan\nKerstin presenterar utkastet.\n';
    for (const parsed of [
      parseMinutesText(plainLayout(text)),
      await parseMinutesFile(await buildDocx(text), 'forum.docx'),
    ]) {
      expect(parsed.attendees.map((a) => a.name)).toEqual([
        'Therese Lund',
        'Amir Jashar',
        'Johan Rydell',
        'Gunilla Sten',
      ]);
      expect([parsed.chair, parsed.secretary]).toEqual(['Therese Lund', 'Gunilla Sten']);
    }
  });

  it('does not take the role under the last name of a flattened column of names for that person', () => {
    const parsed = parseMinutesText(
      'Protokoll\nRådet\nDatum: 2015-01-20\nNärvarande\nAgneta Lind\nFredrik Sjö\nAnita Rin\nVice ordförande, ordförande vid mötet\n' +
        'Handikappföreningarna\n\n§ 1 Mötets öppnande\nAgneta Lind öppnar mötet.\n',
    );
    expect(parsed.chair).not.toBe('Anita Rin');
  });

  it('reads no new tasks from a task table under "Uppföljning av uppdrag från föregående möte", but does from "Nya uppdrag"', () => {
    const table =
      '\tUppdrag\n\tAnsvarig\n\tStatus\n\tKlart\n\n' +
      '\tTa fram gemensam rutin för läkemedelsgenomgång\n\tAnneli Sjö\n\tRutinen är remitterad till MAS.\n\tVecka 14\n\n' +
      '\tSammanställa statistik över utskrivningsklara\n\tSara Lind\n\tKlar, redovisas under punkt 2.\n\t2022-03-01\n\n';
    const minutes = (heading: string) =>
      'Minnesanteckningar\nLedningsgruppen\nDatum: 2022-03-10\n\n1. Inledning\nOrdföranden öppnar mötet.\n\n' +
      `2. ${heading}\n${table}\n3. Övrigt\nInga övriga frågor.\n`;
    expect(
      parseMinutesText(minutes('Uppföljning av uppdrag från föregående möte')).items.flatMap((i) => i.actions),
    ).toEqual([]);
    expect(
      parseMinutesText(minutes('Nya uppdrag'))
        .items.flatMap((i) => i.actions)
        .map((a) => a.owner),
    ).toEqual(['Anneli Sjö', 'Sara Lind']);
  });

  it('reads a protocol in the margin layout ("§ 34" and "Dnr" in the left column beside the title and text) as a DOCX and a PDF', async () => {
    const text =
      'SAMMANTRÄDESPROTOKOLL\nSocialnämnden\nSammanträdesdatum 2021-05-20\n\n[[margin]]\n[[side: § 34 | Dnr SN 2021/45]]\n' +
      'Samverkansöverenskommelse om utskrivning\nRegionen och kommunerna har reviderat överenskommelsen.\n' +
      'Socialnämnden beslutade\natt godkänna den reviderade överenskommelsen.\n[[side: § 35 | Dnr SN 2021/52]]\n' +
      'Uppföljning av hemtjänsten\nBrukarundersökningen redovisas.\nSocialnämnden beslutade\natt lägga redovisningen till handlingarna.\n' +
      '[[side: § 36]]\nMeddelanden\nInga meddelanden.\n[[/margin]]\n';
    const titles = [
      ['34', 'Samverkansöverenskommelse om utskrivning'],
      ['35', 'Uppföljning av hemtjänsten'],
      ['36', 'Meddelanden'],
    ];
    const decisions = ['att godkänna den reviderade överenskommelsen.', 'att lägga redovisningen till handlingarna.'];
    const docx = await parseMinutesFile(await buildDocx(text), 'protokoll.docx');
    expect(docx.items.map((i) => [i.number, i.title])).toEqual(titles);
    expect(docx.items.flatMap((i) => i.decisions)).toEqual(decisions);
    // A PDF table cell's lines are joined (a known limit), so a title over one short line takes that line along.
    const pdf = await parseMinutesFile(await buildPdf(text), 'protokoll.pdf');
    expect(pdf.items.map((i) => i.number)).toEqual(['34', '35', '36']);
    pdf.items.forEach((item, k) => expect(item.title.startsWith(titles[k]![1]!)).toBe(true));
    expect(pdf.items.flatMap((i) => i.decisions)).toEqual(decisions);
  });

  it('gives each time-stamped "Beslut:" row of a log the owner on the "Ansvarig:" line under it, also when text follows the last', () => {
    const parsed = parseMinutesText(
      'Krisledningsgruppen\nLoggbok\nDatum: 2022-08-16\n\nLägesbild\nEtt ledningsbrott upptäcktes kl. 05.40.\n\nLoggbok\n' +
        '07:45 Information: Räddningstjänsten har stängt av ventilerna.\n' +
        '08:15 Beslut: Tekniska förvaltningen öppnar tre tappställen för dricksvatten.\nAnsvarig: Lena Hök\n' +
        '09:05 Information: Kokningsrekommendation publicerad på webben.\n' +
        '09:30 Beslut: Kommunikation skickar sms till berörda hushåll.\nAnsvarig: Hassan Kar\n' +
        'Krisledningsgruppen samlas igen kl. 13.00 samma dag.\n',
    );
    expect(parsed.items.flatMap((i) => i.actions).map((a) => [a.owner, a.task])).toEqual([
      ['Lena Hök', '08:15 Beslut: Tekniska förvaltningen öppnar tre tappställen för dricksvatten.'],
      ['Hassan Kar', '09:30 Beslut: Kommunikation skickar sms till berörda hushåll.'],
    ]);
  });
});
