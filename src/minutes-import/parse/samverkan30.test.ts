import { describe, expect, it } from 'vitest';
import { parseMinutesText } from './index.ts';

// Layouts of batch 30 (protocols of samverkan groups with the unions and of a kommun's employer committee), invented
// variants: all names, places and matters are invented.

// An employer committee's protocol as PDF text: label column, a signature block with short leaders, a table of contents.
const COMMITTEE =
  'Protokoll från personalutskottet\n\nSammanträdesdatum 2026-02-11\n\nLedamöter Eva Strand (S)\n\n' +
  'Nils Berg (M) Maja Holm (C)\n\nÖvriga närvarande Lisa Ek, personalchef\n\n' +
  'Underskrifter Sekreterare ...\n\nLisa Ek\n\nOrdförande ...\n\nEva Strand\n\nJusterare ...\n\nNils Berg\n\n' +
  '§ 3 Lönekartläggning 2026 2026/14 4\n\n§ 4 Arbetsmiljöplan 2026/9 5 - 6\n\n§ 5 Övriga frågor 2026/2 7\n\n' +
  '§ 2\n\nFörhandlingar\n\nUtskottet beslutar att lägga informationen till handlingarna.\n';

// A samverkan group's protocol signed by the employer and the unions.
const FSG =
  'FÖRVALTNINGENS SAMVERKANSGRUPP\nProtokoll FSG 4-2026\nTid: tisdag 3 mars 2026, klockan 09.00 – 11.00\n' +
  'Deltagare:\nFör arbetsgivaren:\nKarin Dahl\nOlof Lind\nFör arbetstagarna:\nAnna Berg\nPer Holm\n' +
  '§1\nSammanträdets öppnande\nOrdföranden förklarar mötet öppnat.\n§2\nVal av justerare\n' +
  'Att jämte arbetsgivaren justera dagens protokoll utses Anna Berg,\nKommunal, och Per Holm, Vision.\n' +
  '§3\nInformation\nArbetsgivaren informerar om bemanningen i hemtjänsten.\n';

describe('layouts of batch 30, invented variants', () => {
  it('reads a signature label with a three-dot leader ("Sekreterare ...") over the name on a later line', () => {
    const parsed = parseMinutesText(COMMITTEE);
    expect(parsed.secretary).toBe('Lisa Ek');
    expect(parsed.chair).toBe('Eva Strand');
    expect(parsed.adjuster).toBe('Nils Berg');
  });

  it('does not take a three-dot leader after a sentence as a signature label', () => {
    const trailing = COMMITTEE.replace('Ordförande ...', 'Ordföranden återkommer ...');
    expect(parseMinutesText(trailing).chair).toBeNull();
  });

  it("drops the diary number and the pages that a protocol's table of contents prints after a paragraph's title", () => {
    const titles = parseMinutesText(COMMITTEE).items.map((i) => [i.number, i.title]);
    expect(titles).toEqual(
      expect.arrayContaining([
        ['3', 'Lönekartläggning 2026'],
        ['4', 'Arbetsmiljöplan'],
        ['5', 'Övriga frågor'],
      ]),
    );
  });

  it('keeps a year or a number that ends a title without a diary number before it', () => {
    const plain = COMMITTEE.replace('§ 3 Lönekartläggning 2026 2026/14 4', '§ 3 Lönekartläggning 2026');
    const titles = parseMinutesText(plain).items.map((i) => i.title);
    expect(titles).toContain('Lönekartläggning 2026');
  });

  it('takes the adjuster from "Att jämte arbetsgivaren justera dagens protokoll utses Name, Union, …"', () => {
    expect(parseMinutesText(FSG).adjuster).toBe('Anna Berg');
  });

  it('takes the adjuster from "Till justerare utsågs: Name (Union), …"', () => {
    const colon = FSG.replace(
      'Att jämte arbetsgivaren justera dagens protokoll utses Anna Berg,\nKommunal, och Per Holm, Vision.',
      'Till justerare utsågs: Per Holm (Vision), Anna Berg (Kommunal)',
    );
    expect(parseMinutesText(colon).adjuster).toBe('Per Holm');
  });
});

describe('attendance grouped by organisation in prose, batch 30', () => {
  const VISIT =
    'Minnesanteckningar från besök på Ekgården\n\nNärvarande: Anna Berg, Bo Ek från Ekgården. Eva Al och Per Holm ' +
    'från SKPF.\n\nBoendet har en aktivitetsplan för varje vecka.\n';

  it('reads the next "Name och Name från <org>." group after a full stop as attendees too', () => {
    const names = parseMinutesText(VISIT).attendees.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Anna Berg', 'Bo Ek', 'Eva Al', 'Per Holm']));
  });

  it('does not read a sentence after the group that starts with a word and a lower-case word as a name', () => {
    const names = parseMinutesText(VISIT.replace('Eva Al och Per Holm', 'Boendet har')).attendees.map((a) => a.name);
    expect(names).not.toContain('Boendet har');
  });
});
