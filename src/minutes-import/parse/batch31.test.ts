import { describe, expect, it } from 'vitest';
import { parseMinutesText } from './index.ts';

// Layouts of batch 31 (web reports of meetings between organisations in health and social care: a federation's
// collaboration council with a region, its meetings with politicians, a county association's board summaries),
// invented variants: all names, places and matters are invented.

const text = (...paragraphs: string[]) => `${paragraphs.join('\n\n')}\n`;

describe('a blog report of a collaboration council, batch 31', () => {
  const REPORT = text(
    'Samverkansråd med regionens nämnd i gång',
    'En surfplatta visar ett digitalt möte med fem deltagare. Bredvid står en vattenflaska.',
    'Tisdagen den 8 mars 2022 var det dags för årets första samverkansråd med nämndens politiker.',
    'Gäst på mötet var Berit Ålund Sandqvist, som är vårdhygieniker på Vårdhygien Norrby. Berit informerade om läget.',
    'Det beslutades att rådet från hösten ska mötas på förmiddagen. Det beslutades också att ett av vårens råd blir ett seminarium.',
  );

  it("does not take the post's image text under the title as its first sentence", () => {
    expect(parseMinutesText(REPORT).items.map((i) => i.title)).toEqual([
      'Tisdagen den 8 mars 2022 var det dags för årets första samverkansråd med nämndens politiker.',
    ]);
  });

  it('skips a photo credit and a picture description "i förgrunden" the same way', () => {
    for (const image of ['Pressfoto av Olle Ek och Stina Berg.', 'Två händer i förgrunden. En kaffekopp bakom.']) {
      const titles = parseMinutesText(REPORT.replace(/En surfplatta[^\n]*/u, image)).items.map((i) => i.title);
      expect(titles[0]).toMatch(/^Tisdagen den 8 mars 2022/u);
    }
  });

  it('keeps a first paragraph that only says "visar att" as the report itself', () => {
    const plain = REPORT.replace(/En surfplatta[^\n]*/u, 'En enkät visar att fler vill delta i rådet i år.');
    expect(parseMinutesText(plain).items[0]!.title).toBe('En enkät visar att fler vill delta i rådet i år.');
  });

  it('takes the date from the lead paragraph that opens with the weekday and the full date', () => {
    expect(parseMinutesText(REPORT).date).toBe('2022-03-08');
  });

  it('reads "Gäst på mötet var Name, som är …" as an attendee with a three-word name', () => {
    expect(parseMinutesText(REPORT).attendees.map((a) => a.name)).toEqual(['Berit Ålund Sandqvist']);
  });

  it('reads "Det beslutades också att …" as a decision beside "Det beslutades att …"', () => {
    expect(parseMinutesText(REPORT).items[0]!.decisions).toEqual([
      'att rådet från hösten ska mötas på förmiddagen.',
      'att ett av vårens råd blir ett seminarium.',
    ]);
  });
});

describe('participants of a meeting with politicians told in prose, batch 31', () => {
  const MET = text(
    'Samtal med politikerna',
    'Den 4 oktober träffade föreningen politikerna Olle Ek och Anna-Karin Lund från Norrbypartiet, för att tala om vården.',
    'Deltagare från föreningen var vice ordförande Siv Holm och Per Dal, handläggare.',
    'På frågan om väntetiderna svarade Olle Ek att de arbetar med frågan och vill återkomma till oss om det.',
  );

  it('reads the people met after a plural role noun and the participants after "Deltagare från … var"', () => {
    const names = parseMinutesText(MET).attendees.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Olle Ek', 'Anna-Karin Lund', 'Siv Holm', 'Per Dal']));
    expect(names).toHaveLength(4);
  });

  it('reads "… att de … och vill återkomma …" as a task of the one after "att"', () => {
    const actions = parseMinutesText(MET).items.flatMap((i) => i.actions);
    expect(actions).toEqual([expect.objectContaining({ owner: 'de' })]);
  });
});

describe("a county association's board summary on the web, batch 31", () => {
  const SUMMARY = text(
    '2024-05-20',
    'Sammanfattning från styrelsen den 16 maj',
    'Styrelsen godkände bokslutet. Styrelsen beslutade också att yttra sig över en remiss om hemsjukvård.',
    'Överenskommelse om läkemedel i särskilt boende',
    'Styrelsen beslutade om en ny överenskommelse med regionen om läkemedel i särskilda boendeformer.',
    'Remissvar på utredningen om tandvård',
    'Regionen har skickat utredningen på remiss. Förbundet besvarar remissen med bland annat följande synpunkter:',
    ' • Förslaget bör utredas vidare innan det genomförs.',
    ' • Ersättningssystemet ska stå på egna ben och inte blandas med bidrag.',
    ' • Kostnaderna bör delas lika mellan parterna i länet.',
  );

  it("takes the meeting's day from the title under the publishing date, in that date's year", () => {
    expect(parseMinutesText(SUMMARY).date).toBe('2024-05-16');
    expect(parseMinutesText(SUMMARY.replace('den 16 maj', 'den 28 december')).date).toBe('2023-12-28');
  });

  it('does not take the publishing date line as the title', () => {
    expect(parseMinutesText(SUMMARY).title).toBe('Sammanfattning från styrelsen den 16 maj');
  });

  it('reads the headings as the points and the bullets under the last one as its list', () => {
    expect(parseMinutesText(SUMMARY).items.map((i) => i.title)).toEqual([
      'Överenskommelse om läkemedel i särskilt boende',
      'Remissvar på utredningen om tandvård',
    ]);
  });

  it('keeps bullets under a lead closed by a colon as the points when no heading stands above', () => {
    const lead = text(
      'Kort referat från rådets möte 2024-02-06',
      'Rådet hade sju ärenden och här kommer en kort sammanfattning av några:',
      ' • Verksamheterna lämnade information om läget i sina verksamheter.',
      ' • Polisen berättade om arbetet med trygghet i centrum under våren.',
      ' • Rådet gick igenom målen för året och fördelade ansvaret.',
    );
    expect(parseMinutesText(lead).items).toHaveLength(3);
  });

  it("gives the lead paragraph's decisions above the headings to the first point", () => {
    expect(parseMinutesText(SUMMARY).items[0]!.decisions).toEqual(['att yttra sig över en remiss om hemsjukvård.']);
  });

  it('takes no task from a system as the subject of "ska" (a view in a remissvar)', () => {
    expect(parseMinutesText(SUMMARY).items.flatMap((i) => i.actions)).toEqual([]);
  });

  it('reads "beslutade om X och att Y" as the decision Y', () => {
    const both = SUMMARY.replace(
      'Styrelsen godkände bokslutet. Styrelsen beslutade också att yttra sig över en remiss om hemsjukvård.',
      'Styrelsen beslutade om bland annat om avgifter för 2025 och att rekommendera kommunerna anta två överenskommelser.',
    );
    expect(parseMinutesText(both).items[0]!.decisions).toEqual([
      'att rekommendera kommunerna anta två överenskommelser.',
    ]);
  });

  it('takes no task from work done "enligt fastställd modell" (a routine)', () => {
    const routine = SUMMARY.replace(
      'Styrelsen beslutade om en ny överenskommelse med regionen om läkemedel i särskilda boendeformer.',
      'Norrsam tar fram underlag till priserna enligt fastställd beräkningsmodell.',
    );
    expect(parseMinutesText(routine).items.flatMap((i) => i.actions)).toEqual([]);
  });
});

describe("batch 31's second part (c240, c241), invented variant", () => {
  it('reads "… godkändes och lämnas nu över till <a later meeting> den <day>" as a step without an owner', () => {
    const handed = text(
      '2025-02-03',
      'Sammanfattning från styrelsemötet 30 januari',
      'På årets första möte fattade styrelsen bland annat beslut om inriktningen för året.',
      'Inriktning 2025–2026',
      'Förslaget till inriktning godkändes av styrelsen och lämnas nu över till förbundsmötet den 20 mars.',
    );
    expect(parseMinutesText(handed).items.flatMap((i) => i.actions)).toEqual([
      expect.objectContaining({ owner: null, due: '2025-03-20' }),
    ]);
  });
});
