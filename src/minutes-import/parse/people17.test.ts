import { describe, expect, it } from 'vitest';
import { parseMinutesText } from './index.ts';

// att17: participant and head layouts the rules had not met (invented minutes; all names, places and bodies invented).

const names = (text: string) => parseMinutesText(text).attendees.map((a) => a.name);

describe('participant captions and head labels (att17)', () => {
  it('reads "Mötesdeltagare:", "Ordinarie:" and "Suppleanter:" as participant lists', () => {
    const text =
      'Minnesanteckningar arbetsgruppen\nDatum: 2024-02-06\nTid: 10:00-11:00\nPlats: Teams\n\n' +
      'Mötesdeltagare:\nVera Holm, Ekby kommun\nOlle Sand, Region Fjällmark\n\n1. Läget\nLäget är lugnt.\n';
    expect(names(text)).toEqual(['Vera Holm', 'Olle Sand']);
    const board =
      'Protokoll styrelsemöte\nDatum: 2024-03-01\nOrdinarie: Lars Ek (ordf), Siv Berg, Tor Dal\n' +
      'Suppleanter: Ida Nord, Kim Ros\nFrånvarande: Eva Lind\n\n§ 1 Öppnande\nLars Ek öppnade mötet.\n';
    expect(names(board)).toEqual(['Lars Ek', 'Siv Berg', 'Tor Dal', 'Ida Nord', 'Kim Ros']);
    expect(parseMinutesText(board).chair).toBe('Lars Ek');
  });

  it('reads a qualified label that lost its colon before a name ("Närvarande tjänstepersoner Anna Berg, …")', () => {
    const text =
      'Protokoll\nTekniska nämnden\nDatum 2024-01-10\nBeslutande Sven Ahl (S), ordförande\nMaja Ros (M)\n' +
      'Närvarande tjänstepersoner Kurt Lind, förvaltningschef\nSekreterare Pia Falk\nJusterare Maja Ros\n\n' +
      '§ 1 Information\nFörvaltningschefen informerade.\n';
    const parsed = parseMinutesText(text);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Sven Ahl', 'Maja Ros', 'Kurt Lind', 'Pia Falk']);
    expect([parsed.chair, parsed.secretary, parsed.adjuster]).toEqual(['Sven Ahl', 'Pia Falk', 'Maja Ros']);
  });

  it('does not take "Deltagare från Region X" or "Närvarande var …" prose for a qualified label with a name', () => {
    const text =
      'Minnesanteckningar\nDatum: 2024-01-10\n\n1. Uppföljning\nDeltagare från Region Fjällmark kommer att bjudas in.\n' +
      'Närvarande var också Anna Berg som berättade om arbetet.\n';
    expect(names(text)).not.toContain('Region Fjällmark');
  });

  it('reads "Ärendenummer:" as the diary number', () => {
    const text = 'Minnesanteckningar\nÄrendenummer: RF 2024-00123\nDatum: 2024-02-06\n\n1. Läget\nLäget är lugnt.\n';
    expect(parseMinutesText(text).diaryNumber).toBe('RF 2024-00123');
  });

  it('takes "X förde anteckningar" as the secretary', () => {
    const text =
      'Anteckningar från nätverksmöte den 6 februari 2024.\n\nDeltog: Ulla Ek (Ekby kommun), Rolf Ahl (Region Fjällmark).\n\n' +
      'Mötet leddes av Ulla Ek. Rolf Ahl förde anteckningarna.\n\n1. Läget\nLäget är lugnt.\n';
    const parsed = parseMinutesText(text);
    expect([parsed.chair, parsed.secretary]).toEqual(['Ulla Ek', 'Rolf Ahl']);
  });

  it('reads no attendees from a contact roster of members with telephone numbers', () => {
    const text =
      'Pensionärsrådet\n\nVåra representanter\n\nOrdinarie:\nAnna Berg, 070-1112233, sammankallande\nBo Ek, 070-4445566\n\n' +
      'Ersättare:\nEva Al, 073-7778899\nPer Holm, 25990\n\nSammanträdet i mars hölls digitalt och det är så att vi inte kunde ses. ' +
      'Ordföranden informerade om budgeten och att den ska följas upp till nästa möte.\n';
    expect(names(text)).toEqual([]);
  });

  it('reads "Name Side" rows of a samverkan group (employer, union or post after the name, no comma)', () => {
    const text =
      'Samverkansgrupp Omsorg\nProtokoll 2/24\nDatum: 2024-02-15\n\nNärvarande:\n\n' +
      'Agnes Kron Arbetsgivare, Olof Ring Arbetsgivare Tilda Lund Sekreterare\n\nJan Falk Saco\n\n' +
      'Eva Ros TCO, Vision\n\nIda Berg TCO, Vårdförbundet Per Ahl TCO, Lärarförbundet Kim Sjö Kommunal\n\n' +
      'Siv Dahl Kommunal Frånvarande:\n\nUlf Holm Saco\n\n§ 1 Mötet öppnas\nAgnes Kron förklarade mötet öppnat.\n';
    const parsed = parseMinutesText(text);
    expect(parsed.attendees.map((a) => a.name)).toEqual([
      'Agnes Kron',
      'Olof Ring',
      'Tilda Lund',
      'Jan Falk',
      'Eva Ros',
      'Ida Berg',
      'Per Ahl',
      'Kim Sjö',
      'Siv Dahl',
    ]);
    expect(parsed.secretary).toBe('Tilda Lund');
  });

  it("keeps a region's name with its region, not as a person, in a run-on row", () => {
    const text =
      'Minnesanteckningar\nDatum: 2024-02-15\n\nNärvarande: Anna Berg Region Västra Fjällmark, Bo Ek Ekby kommun\n\n' +
      '1. Läget\nLäget är lugnt.\n';
    expect(names(text)).toEqual(['Anna Berg', 'Bo Ek']);
  });

  it('reads a participant table by its header without a label above it, its roles and its absent rows', () => {
    const text =
      'Protokoll styrgruppen\nDatum: 2024-02-20\nTid: 10.00-11.00\n\nNamn\tFunktion\tOrganisation\n' +
      'Lars Gran\tOrdförande\tRegion Fjällmark\nEva Sten\tSocialchef\tEkby kommun\nOla Berg\tSjuksköterska\tFörhinder\n' +
      'Ida Holm\tSekreterare\tRegion Fjällmark\n\n§ 1 Föregående protokoll\nProtokollet lades till handlingarna.\n';
    const parsed = parseMinutesText(text);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Lars Gran', 'Eva Sten', 'Ida Holm']);
    expect([parsed.chair, parsed.secretary]).toEqual(['Lars Gran', 'Ida Holm']);
    // A Word table: each cell a line starting with a tab, a blank line after each row; an "X" marks presence.
    const word =
      'Protokoll\nKommunala pensionärsrådet\nDatum: 2024-02-20\n\n\tLedamot\n\tOrganisation\n\tNärvarande\n\n' +
      '\tGun Ek\n\tPRO\n\tX\n\n\tÅke Al\n\tSPF\n\t\n\n\tIvan Kovač\n\tRPG\n\tX\n\n' +
      '§ 1 Information\nOrdföranden informerade om budgeten och att den ska följas upp.\n';
    expect(names(word)).toEqual(['Gun Ek', 'Ivan Kovač']);
  });

  it('does not read a task table ("Namn ⇥ Uppgift ⇥ Klart") as participants', () => {
    const text =
      'Minnesanteckningar\nDatum: 2024-02-20\nNärvarande: Anna Berg, Bo Ek\n\n1. Uppgifter\nNamn\tUppgift\tKlart\n' +
      'Cilla Dahl\tSkicka underlaget\t2024-03-01\n\n2. Övrigt\nInget.\n';
    expect(names(text)).toEqual(['Anna Berg', 'Bo Ek']);
  });

  it('takes a role after the name\'s comma in a table with a header ("Organisation ⇥ Namn")', () => {
    const text =
      'Anteckningar närsjukvårdsgruppen\nDatum\t2024-02-20\n\nDeltagare\nOrganisation\tNamn\n' +
      'Region Fjällmark\tIna Sjö, verksamhetschef (ordf)\nEkby kommun\tRolf Eld, socialchef\nRegion Fjällmark\tTuva Ros, sekreterare\n\n' +
      '1. Utskrivningsklara\nAntalet har minskat.\n';
    const parsed = parseMinutesText(text);
    expect([parsed.chair, parsed.secretary]).toEqual(['Ina Sjö', 'Tuva Ros']);
  });

  it('reads whole hours under a time label ("Tid: 13-14") as the meeting\'s start and end', () => {
    const parsed = parseMinutesText(
      'Minnesanteckningar\nArbetsgruppen\nDatum: 2024-04-07  Tid: 13-14  Plats: Teams\nNärvarande: Anna Berg, Bo Ek\n\n' +
        '1. Testmiljön\nTestmiljön är klar.\n',
    );
    expect([parsed.startTime, parsed.endTime, parsed.location]).toEqual(['13:00', '14:00', 'Teams']);
  });

  it('reads names with a first initial ("K. Lindgren") and with a prefix before a capital (O\'Connor, McLean)', () => {
    const old = parseMinutesText(
      'Sammanträde med distriktsstyrelsen\nDatum: 1998-04-22\nNärvarande: K. Lindgren (ordf), M. Åberg, T. Sahlin, ' +
        'J. Nyqvist (sekr)\n\n§ 1 Protokoll\nFöregående protokoll godkändes.\n',
    );
    expect(old.attendees.map((a) => a.name)).toEqual(['K. Lindgren', 'M. Åberg', 'T. Sahlin', 'J. Nyqvist']);
    expect([old.chair, old.secretary]).toEqual(['K. Lindgren', 'J. Nyqvist']);
    const text =
      "Nordiskt nätverksmöte\nDatum: 2024-11-06\nNärvarande:\nSean O'Connor, HSE\nMaria McLean, NHS Scotland\n" +
      'Ian MacLeod, NHS Highland\n\n1. Hemtjänst\nDet finns erfarenheter som ska delas och det är bra att vi har en plan för det.\n';
    expect(names(text)).toEqual(["Sean O'Connor", 'Maria McLean', 'Ian MacLeod']);
  });

  it('reads participants numbered from 1 under their label, not an agenda numbered under it', () => {
    const text =
      'Protokoll pensionärsrådet\nTid: torsdagen den 12 september 2024, kl. 10.00–12.00\nNärvarande ledamöter:\n' +
      '1. Britt Hamre, PRO, ordförande\n2. Sune Back, SPF Seniorerna\n3. Aina Kjell, SKPF\nVid protokollet: Jessica Ny\n\n' +
      '§ 1 Information\nÄldreomsorgschefen informerade.\n';
    const parsed = parseMinutesText(text);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Britt Hamre', 'Sune Back', 'Aina Kjell', 'Jessica Ny']);
    expect(parsed.chair).toBe('Britt Hamre');
    const agenda =
      'Minnesanteckningar\nDatum: 2024-09-12\nNärvarande:\n1. Mötets öppnande\n2. Anna Berg informerar\n3. Övriga frågor\n';
    expect(names(agenda)).not.toContain('Anna Berg');
  });

  it('reads a short head of labels and names (few function words) instead of refusing it', () => {
    const parsed = parseMinutesText(
      'Anteckningar utvecklingsgrupp e-hälsa\nDatum: 2024-05-09\nTid: 08.30-09.30\nPlats: Zoom\nDeltagare:\n' +
        'Anna Berglund – enhetschef, Ekby kommun\nMats Lilja – IT-strateg, Region Fjällmark\nMötesledare: Mats Lilja\n',
    );
    expect([parsed.date, parsed.location, parsed.chair]).toEqual(['2024-05-09', 'Zoom', 'Mats Lilja']);
  });

  it('takes "Mötesanteckningar förda av:" as the secretary and "…, digitalt" after the time as the place', () => {
    const parsed = parseMinutesText(
      'Minnesanteckningar\nNätverket för anhörigstöd\n2024-11-08 kl. 13.00–15.00, digitalt\n\n' +
        'Deltagare: Alice Berg (Ekby kommun), Hugo Sand (Åby kommun)\nMötesanteckningar förda av: Hugo Sand\n\n' +
        '1. Läget\nDet är så att vi har gått igenom läget och det finns en plan för det.\n',
    );
    expect([parsed.location, parsed.secretary]).toEqual(['digitalt', 'Hugo Sand']);
  });
});
