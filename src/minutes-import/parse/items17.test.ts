import { describe, expect, it } from 'vitest';
import { parseMinutesText } from './index.ts';

// Agenda items and decisions in layouts of kommun and region protocols and regional collaboration notes (items17):
// invented cases, all names, bodies and matters invented.

const decisionsOf = (text: string) => parseMinutesText(text).items.map((i) => i.decisions);

describe('items17: decisions in protocol layouts', () => {
  it('reads the numbered clauses under "X beslutar att" as decisions, each without its number', () => {
    const text =
      'Protokoll\nKommunstyrelsen\n\n§ 31 Återrapportering av samverkan\n\nBeslut\nKommunstyrelsen beslutar att\n' +
      '1. godkänna återrapporteringen,\n2. uppdra åt kommundirektören att fortsätta uppföljningen.\n\n' +
      '§ 32 Information om hemtjänsten\n\nSocialchefen informerar om personalsituationen.\n';
    expect(decisionsOf(text)).toEqual([
      ['godkänna återrapporteringen,', 'uppdra åt kommundirektören att fortsätta uppföljningen.'],
      [],
    ]);
  });

  it('reads numbered sentences under a decision heading as decisions, and a commission among them is no task', () => {
    const text =
      'Protokoll\nSocialnämnden\n\n§ 77\nDnr SN 2021/140\n\nPatientsäkerhetsberättelse 2020\n\nSocialnämndens beslut\n' +
      '1. Socialnämnden godkänner patientsäkerhetsberättelsen för 2020.\n' +
      '2. Socialnämnden ger förvaltningen i uppdrag att redovisa åtgärderna i mars 2022.\n\n' +
      '§ 78\nDnr SN 2021/12\n\nDelegationsbeslut\n\nRedovisningen gicks igenom.\n';
    const [first] = parseMinutesText(text).items;
    expect(first!.decisions).toEqual([
      'Socialnämnden godkänner patientsäkerhetsberättelsen för 2020.',
      'Socialnämnden ger förvaltningen i uppdrag att redovisa åtgärderna i mars 2022.',
    ]);
    expect(first!.actions).toEqual([]);
  });

  it('does not take numbered points of a proposal or of the background under a decision heading', () => {
    const text =
      'Protokoll\nRegionstyrelsen\n\n§ 88 Överenskommelse om barn och unga\n\nÄrendet\nÖverenskommelsen innehåller:\n' +
      '1. Gemensamma mål.\n2. En rutin.\n\nArbetsutskottets beslut\nArbetsutskottet föreslår regionstyrelsen besluta enligt förslaget.\n\n' +
      '§ 89 Anmälningsärenden\n\nArbetsutskottets beslut\n1. Förslaget till yttrande godkänns.\n';
    expect(decisionsOf(text)).toEqual([[], []]);
  });

  it('reads a one-sentence passive decision under a decision heading naming a body of several words', () => {
    const text =
      'Sammanträdesprotokoll\nHälso- och sjukvårdsnämnden\n\n§ 57 Vårdgarantin\nFörvaltningen redovisar tillgängligheten.\n' +
      'Hälso- och sjukvårdsnämndens beslut\nInformationen noteras.\n\n§ 58 Övriga frågor\nInga.\n';
    expect(decisionsOf(text)[0]).toEqual(['Informationen noteras.']);
  });

  it('takes no decision from "X beslutar att …" under a proposal heading, but does from a past-tense decision', () => {
    const text =
      'PROTOKOLL\nKommunstyrelsens arbetsutskott\n\n§ 22 Riktlinjer för utskrivning\nDnr KS 2023/512\n\n' +
      'Arbetsutskottets förslag till kommunstyrelsen\nKommunstyrelsen beslutar att anta riktlinjerna.\n\n' +
      '§ 23 Budgetuppföljning\n\nFörslag till beslut\nNämnden beslutar att godkänna uppföljningen.\n' +
      'Efter diskussion beslutade utskottet att godkänna uppföljningen med ett tillägg.\n';
    expect(decisionsOf(text)).toEqual([[], ['att godkänna uppföljningen med ett tillägg.']]);
    const decided = text.replace('Arbetsutskottets förslag till kommunstyrelsen', 'Arbetsutskottets beslut');
    expect(decisionsOf(decided)[0]).toEqual(['att anta riktlinjerna.']);
  });

  it('reads a decision marker in Markdown bold and one run into the paragraph after a sentence', () => {
    const text =
      '# Minnesanteckningar Vårdsamverkan\n\n## Mobila team för äldre\nUtvärderingen visar färre inläggningar.\n\n' +
      '**Beslut:** att permanenta de mobila teamen från 2024.\n\n## Färdplan för nära vård\n' +
      'Färdplanen har reviderats. Beslut: att färdplanen antas och skickas till huvudmännen.\n\n## Övrigt\nInget.\n';
    expect(decisionsOf(text)).toEqual([
      ['att permanenta de mobila teamen från 2024.'],
      ['att färdplanen antas och skickas till huvudmännen.'],
      [],
    ]);
  });

  it('reads a decision heading run into a flattened § line, and cuts the title before it', () => {
    const text =
      'Protokoll Hälso- och sjukvårdsnämnden 2022-10-18\n\n' +
      '§ 120 Budget 2023 Ärendebeskrivning Förvaltningen har upprättat ett förslag till budget för 2023. Beslutsunderlag ' +
      'Tjänsteskrivelse 2022-10-03 Beslut Hälso- och sjukvårdsnämnden beslutar att fastställa budgeten för 2023. ' +
      'Beslutet skickas till Regionstyrelsen\n' +
      '§ 121 Rapport om vårdskador Chefläkaren redovisar utvecklingen. Beslut Rapporten läggs till handlingarna.\n' +
      '§ 122 Anmälningar Kommunstyrelsens beslut Anmälningarna läggs till handlingarna.\n';
    const items = parseMinutesText(text).items;
    expect(items.map((i) => i.title)).toEqual(['Budget 2023', 'Rapport om vårdskador', 'Anmälningar']);
    expect(items.map((i) => i.decisions)).toEqual([
      ['att fastställa budgeten för 2023.'],
      ['Rapporten läggs till handlingarna.'],
      ['Anmälningarna läggs till handlingarna.'],
    ]);
  });

  it('does not read a present-tense sentence under a decision heading as a decision (only att-clauses and passives)', () => {
    const text =
      'Protokoll\nBarn- och utbildningsnämnden\n\n§ 5 Information om elevhälsan\nVerksamhetschefen informerar.\n\n' +
      'Beslut\nBarn- och utbildningsnämnden noterar informationen.\n\n§ 6 Övriga frågor\nInga.\n';
    expect(decisionsOf(text)).toEqual([[], []]);
  });
});

describe('items17: an agenda table written one row per line', () => {
  const head = 'Minnesanteckningar Samverkansgrupp\nDatum: 2023-11-14\nPlats: Teams\n\n';

  it('reads "Punkt ⇥ Ärende ⇥ Beslut/Notering ⇥ Ansvarig" rows as points titled by the Ärende cell', () => {
    const text =
      `${head}Punkt\tÄrende\tBeslut/Notering\tAnsvarig\n1\tMötets öppnande\tOrdföranden öppnade mötet.\tJan Ek\n` +
      '2\tLäkemedelsgenomgångar\tAntalet har ökat. Lisa Ros återkommer med statistik till nästa möte.\tLisa Ros\n' +
      '3\tGemensam utbildningsdag\tBeslut att genomföra utbildningsdagen i mars.\t\n';
    const items = parseMinutesText(text).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Läkemedelsgenomgångar'],
      ['3', 'Gemensam utbildningsdag'],
    ]);
    expect(items[1]!.actions.map((a) => a.owner)).toEqual(['Lisa Ros']);
    expect(items[2]!.decisions).toEqual(['att genomföra utbildningsdagen i mars.']);
  });

  it('reads the same table as Markdown pipes, an att-clause in a "Beslut" column being a decision', () => {
    const text =
      `${head}| Nr | Ämne | Beslut | Ansvarig |\n|---|---|---|---|\n| 1 | Mötets öppnande | | |\n` +
      '| 2 | Lägesbild rekrytering | | HR |\n| 3 | Samordnad individuell plan | att införa den nya mallen. | Maria Sjö |\n';
    const items = parseMinutesText(text).items;
    expect(items.map((i) => i.title)).toEqual([
      'Mötets öppnande',
      'Lägesbild rekrytering',
      'Samordnad individuell plan',
    ]);
    expect(items[2]!.decisions).toEqual(['att införa den nya mallen.']);
  });

  it('leaves a "Punkt | Ansvarig | Status" follow-up of tasks alone (no title column)', () => {
    const text =
      `${head}1. Uppföljning\nFöregående uppdrag gicks igenom.\n\n| Punkt | Ansvarig | Status |\n|---|---|---|\n` +
      '| Ta fram rutin | Anna Berg | Klar |\n| Boka lokal | Bo Ek | Pågår |\n\n2. Övriga frågor\nInga.\n';
    expect(parseMinutesText(text).items.map((i) => i.title)).toEqual(['Uppföljning', 'Övriga frågor']);
  });
});

describe('items17: points lettered in lower case', () => {
  it('reads "a) Mötets öppnande" … "e) Övriga frågor" as the points when nothing else is numbered', () => {
    const text =
      'Minnesanteckningar\nPolitisk samverkansberedning\n\nÄrenden\na) Mötets öppnande\nOrdförande Tor Lund öppnade mötet.\n' +
      'b) Fastställande av dagordning\nDagordningen fastställdes.\nc) Rapport om mobila team\nMobila team finns i sex kommuner.\n' +
      'd) Övriga frågor\nInga.\n';
    const items = parseMinutesText(text).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['a', 'Mötets öppnande'],
      ['b', 'Fastställande av dagordning'],
      ['c', 'Rapport om mobila team'],
      ['d', 'Övriga frågor'],
    ]);
  });

  it('leaves a lettered list inside a numbered point in that point', () => {
    const text =
      'Minnesanteckningar\nSamverkansgruppen\n\n1. Mötets öppnande\nMötet öppnades.\n\n2. Rapporter\na) Regionen\nb) Kommunerna\n' +
      'c) Länsstyrelsen\n\n3. Övriga frågor\nInga.\n';
    expect(parseMinutesText(text).items.map((i) => i.title)).toEqual(['Mötets öppnande', 'Rapporter', 'Övriga frågor']);
  });
});

describe('items17: web bullets and headings', () => {
  it('reads "• Title" bullets over prose as the items when "• Övriga frågor" is one of them, "◦" sub-topics too', () => {
    const text =
      'Regionala rådet – sammanfattning av mötet 7 februari 2024\n\n• Tillgänglighet i kollektivtrafiken\n' +
      'Rådet fick en dragning om den nya busstrafiken.\n  ◦ Färdtjänst\n  Reglerna för färdtjänst ändras från årsskiftet.\n' +
      '• Habiliteringens väntetider\nVäntetiderna har minskat under hösten.\n• Övriga frågor\nInga övriga frågor anmäldes.\n';
    expect(parseMinutesText(text).items.map((i) => i.title)).toEqual([
      'Tillgänglighet i kollektivtrafiken',
      'Färdtjänst',
      'Habiliteringens väntetider',
      'Övriga frågor',
    ]);
  });

  it('keeps one unbroken bullet list right under a paragraph of prose in that paragraph, the headings being the items', () => {
    const text =
      'Sammanfattning från styrelsen 10 juni\n\nTertialuppföljning för 2021\n\nStyrelsen godkände tertialuppföljningen för årets ' +
      'första tertial.\n\nProgrampriser för gymnasieskolan\n\nStyrelsen beslutade om en rekommendation till kommunerna om ' +
      'att anta prislistan med följande förändringar.\n\n • Prislistan justeras med 1,5 procent.\n' +
      ' • Vård- och omsorgsprogrammet räknas upp med 3 procent.\n • Programpriset för Fordonsprogrammet höjs.\n';
    expect(parseMinutesText(text).items.map((i) => i.title)).toEqual([
      'Tertialuppföljning för 2021',
      'Programpriser för gymnasieskolan',
    ]);
  });

  it('takes the presenter after a dash closing a numbered heading ("Fallprevention – Anna Mård, fysioterapeut")', () => {
    const text =
      'Minnesanteckningar\nSamverkansgruppen för äldres hälsa\n2024-05-21\n\n1. Välkommen\n' +
      '2. Fallprevention – Anna Mård, fysioterapeut\nAnna Mård visade resultaten.\n3. Samverkan – Region Norrby\nInget nytt.\n';
    const items = parseMinutesText(text).items;
    expect(items.map((i) => i.title)).toEqual(['Välkommen', 'Fallprevention', 'Samverkan – Region Norrby']);
    expect(items[1]!.presenters).toEqual(['Anna Mård']);
  });
});

describe('items17: numbering forms of Word lists', () => {
  const head = 'Minnesanteckningar\nStyrgrupp Nära vård\n2024-03-01\n\n';
  const titles = (text: string) => parseMinutesText(text).items.map((i) => [i.number, i.title]);
  const expected = [
    ['1', 'Mötets öppnande'],
    ['2', 'Ekonomi'],
    ['3', 'Övriga frågor'],
  ];

  it('reads "1 – Title" (a dash after the number) as numbered points', () => {
    const text = `${head}1 – Mötets öppnande\nMötet öppnades.\n\n2 - Ekonomi\nBudgeten följs.\n\n3 – Övriga frågor\nInga.\n`;
    expect(titles(text)).toEqual(expected);
  });

  it('keeps the first point "Punkt 1. Title" right under the head an item, not a title line', () => {
    const text = `${head}Punkt 1. Mötets öppnande\nMötet öppnades.\n\nPunkt 2. Ekonomi\nBudgeten följs.\n\nPunkt 3. Övriga frågor\nInga.\n`;
    expect(titles(text)).toEqual(expected);
  });
});
