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
});
