import { describe, expect, it } from 'vitest';
import { parseMinutesText } from './index.ts';

// Layouts of batch 29 (protocols of kommuner's and regions' own bodies in health and social care), invented variants:
// all names, places and matters are invented.

// A city committee's protocol page with its attendance in a block after the agenda.
const COMMITTEE_PAGE =
  'Sammanträde 2026-03-10\n\nDatum\nKlockan\n16:00\nPlats\nStora salen, Ekgatan 4\n\n' +
  '3 Anmälan av protokollsjustering\n\n4 Fastställande av dagordning\n\n5 Månadsrapport t o m februari 2026\n\n' +
  'Mötesinformation\n\nJusterat den 12 mars 2026\nKarin Dahl Olof Berg\n\nOrdförande Karin Dahl (m)\n\n' +
  'Vice ordförande Olof Berg (s)\n\nLedamöter\nAnna Lind (m)\nPer Holm (s)\n\nErsättare\nEva Strand (v)\n\n' +
  'Förhinder:\nBo Ek (m).\n\nLena Gran (Vision) närvarande som fackrepresentant.\n\n' +
  'Dessutom var Maja Sten, Nils Ros och Tove Alm närvarande.\n';

describe('layouts of batch 29, invented variants', () => {
  it('reads "Vice ordförande Name (party)" in the attendance block as an attendee, not the chair', () => {
    const parsed = parseMinutesText(COMMITTEE_PAGE);
    expect(parsed.chair).toBe('Karin Dahl');
    expect(parsed.attendees.map((a) => a.name)).toContain('Olof Berg');
  });

  it('takes the adjuster from the name signed beside the chair under "Justerat den <date>"', () => {
    expect(parseMinutesText(COMMITTEE_PAGE).adjuster).toBe('Olof Berg');
    const signedFirst = COMMITTEE_PAGE.replace('Karin Dahl Olof Berg', 'Olof Berg Karin Dahl');
    expect(parseMinutesText(signedFirst).adjuster).toBe('Olof Berg');
  });

  it('names no adjuster when the line under "Justerat den" does not hold the chair', () => {
    const unsigned = COMMITTEE_PAGE.replace('Karin Dahl Olof Berg', 'Olof Berg Anna Lind');
    expect(parseMinutesText(unsigned).adjuster).toBeNull();
  });

  it('reads "Name (Org) närvarande som <role>" and "Dessutom var Name, Name och Name närvarande" as attendees', () => {
    const names = parseMinutesText(COMMITTEE_PAGE).attendees.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Lena Gran', 'Maja Sten', 'Nils Ros', 'Tove Alm']));
    expect(names).not.toContain('Bo Ek');
  });

  it('does not take a letterhead in capitals as the value of a label standing alone above it', () => {
    const text =
      'Plats och tid:\n\nEKBY KOMMUN\nPENSIONÄRSRÅD\nMINNESANTECKNINGAR\nSammanträdesdatum\n2026-02-04\n' +
      'Plats och tid:\nKommunhusets sammanträdesrum kl 13.00–15.00\nOrdinarie ledamöter\nAnna Berg, (s), ordförande\n' +
      'Bo Ek, (m)\nÖvriga deltagare\nEva Al, sekreterare\nMinnesanteckningar\n1. Mötets öppnande\n' +
      'Anna Berg hälsar alla välkomna.\n2. Information från äldreomsorgen\nEva Al berättar om hemtjänsten.\n' +
      '3. Övriga frågor\nInga övriga frågor.\n';
    const parsed = parseMinutesText(text);
    expect(parsed.location).toBe('Kommunhusets sammanträdesrum');
    expect(parsed.startTime).toBe('13:00');
  });

  it('reads a body\'s composition ("Rådet ska bestå av …") as no task', () => {
    const text =
      'Protokoll 2026-01-12\n\n1. Val av justerare\n\nAnna Berg utses att justera protokollet.\n\n' +
      '2. Pensionärsrådet\n\nRådet ska bestå av fem ledamöter och fem ersättare. Förvaltningen ska skicka förslaget till ' +
      'organisationerna.\n\n3. Övriga frågor\n\nInga.\n';
    const item = parseMinutesText(text).items.find((i) => i.number === '2')!;
    expect(item.actions.map((a) => a.task)).toEqual(['Förvaltningen ska skicka förslaget till organisationerna.']);
  });
});
