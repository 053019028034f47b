import { describe, expect, it } from 'vitest';
import { parseMinutesText } from './index.ts';

// Layouts of batch 26 (health-care committees and councils: drug committee protocols, board notes), invented variants:
// all names are invented.
const COMMITTEE =
  'Protokoll\nTerapirådet\nTisdag 3 mars 2026 kl 13-16\nLokal: Regionhuset B4\nDeltagare\nAnna Ljung\nBo Sten\n' +
  'Cecilia Holm\nDavid Ek\n§1\nVal av justerare\nAnna och David.\n§2\nFöregående mötes protokoll\nGodkändes.\n' +
  '§3\nNytt från kansliet\nInformationen noterades.\n';

describe('layouts of batch 26 (health-care committees and councils), invented variants', () => {
  it('reads an election point whose text is only the elected names: first names as written, an inverted "Utsågs"', () => {
    const parsed = parseMinutesText(COMMITTEE);
    expect(parsed.adjuster).toBe('Anna');
    // The first names belong to listed attendees: no one is added.
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Anna Ljung', 'Bo Sten', 'Cecilia Holm', 'David Ek']);
    const inverted = parseMinutesText(
      'Tid: Kl 09.00 – 12.00\nPlats: Föreningens lokal\n\nNärvarande: Eva Lind, ordförande, Olle Berg, Pia Nord.\n\n' +
        '1. Mötet öppnas\nOrdföranden öppnade mötet.\n\n2. Justerare\nUtsågs Olle Berg\n\n3. Budget\nGodkändes.\n',
    );
    expect(inverted.adjuster).toBe('Olle Berg');
  });

  it('reads "Name, protokoll" in a run-in participant list as the one keeping the minutes', () => {
    const parsed = parseMinutesText(
      'Dag: Onsdagen den 4 mars 2026\nTid: Kl 09.00 – 12.00\nPlats: Föreningens lokal\n\n' +
        'Närvarande: Eva Lind, ordförande, Olle Berg, protokoll, Pia Nord, Stig Holm.\n\n1. Mötet öppnas\nOrdföranden öppnade mötet.\n',
    );
    expect(parsed.secretary).toBe('Olle Berg');
    expect(parsed.chair).toBe('Eva Lind');
  });

  it('reads the place of "Möte på Storgatan 11, kl.13-15.30" and the end of "Tid: 8.30-11-30"', () => {
    const parsed = parseMinutesText(
      'Möte på Kvarngatan 4, kl.13-15.30\n\nNärvarande: Eva Lind, ordf, Olle Berg, sekr, Pia Nord.\n\n' +
        '1. Mötet öppnas\nOrdförande öppnar mötet.\n',
    );
    expect(parsed.location).toBe('Kvarngatan 4');
    expect([parsed.startTime, parsed.endTime]).toEqual(['13:00', '15:30']);
    const dashed = parseMinutesText(
      'Plats: Församlingshemmet, Ystad\nTid: 8.30-11-30\n\nOrdförande Eva Lind hälsar alla välkomna till höstmötet.\n' +
        'Frågan om färdtjänst tas upp till nästa möte.\n',
    );
    expect([dashed.startTime, dashed.endTime]).toEqual(['08:30', '11:30']);
    // An end written with its dot is read as before.
    const dated = parseMinutesText(
      'Plats: Församlingshemmet, Ystad\nTid: 8.30-11.00\n\nOrdförande Eva Lind hälsar alla välkomna till höstmötet.\n',
    );
    expect(dated.endTime).toBe('11:00');
  });

  it('reads "2. Närvarande" ⏎ "Ledamöter närvarande enligt ovan." as a point, not as a list over the points below', () => {
    const parsed = parseMinutesText(
      'Tid: Kl 09.00 – 12.00\nPlats: Föreningens lokal\n\nNärvarande: Eva Lind, ordförande, Olle Berg, Pia Nord.\n\n' +
        '1. Sammanträdet öppnas\nHälsade ordförande välkommen.\n\n2. Närvarande\nLedamöter närvarande enligt ovan.\n\n' +
        '3. Dagordning\nGodkändes.\n\n4. Budget\nGodkändes.\n',
    );
    expect(parsed.items.map((i) => i.title)).toEqual(['Sammanträdet öppnas', 'Närvarande', 'Dagordning', 'Budget']);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Eva Lind', 'Olle Berg', 'Pia Nord']);
  });

  it('reads the one heading of a web summary under its lead paragraph as its item', () => {
    const summary =
      'Sammanfattning från styrelsen den 4 mars 2026\n\nStyrelse / 6 mars 2026\n\n' +
      'Styrelsen fattade bland annat beslut om en ny inriktning för samarbetet om vård och omsorg i länet.\n\n' +
      'Ny inriktning för vård och omsorg\n\n' +
      'Inriktningen innebär att kommunerna och regionen tillsammans prioriterar hemsjukvården de kommande åren.\n';
    expect(parseMinutesText(summary).items.map((i) => i.title)).toEqual(['Ny inriktning för vård och omsorg']);
    // Under several paragraphs a short line is a link or a caption: the text stays one item titled by its lead.
    const linked = summary.replace(
      '\n\nNy inriktning',
      '\n\nMer information finns på förbundets webbplats sedan i går.\n\nNy inriktning',
    );
    expect(parseMinutesText(linked).items.map((i) => i.title)).not.toContain('Ny inriktning för vård och omsorg');
  });

  it('reads tasks in the passive with their agent, an enjoined group and an impersonal step; not staff changes or aims', () => {
    const tasks = (text: string) =>
      parseMinutesText(
        `Tid: Kl 09.00 – 12.00\nPlats: Föreningens lokal\n\nNärvarande: Eva Lind, ordförande, Olle Berg, Pia Nord.\n\n1. Mötet öppnas\nOrdföranden öppnade mötet.\n\n2. Ekonomi\nKassören redovisade läget. ${text}\n`,
      ).items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]));
    expect(tasks('Frågan om ett nytt bokföringsprogram kommer att följas upp av kassören.')).toEqual([
      ['kassören', 'Frågan om ett nytt bokföringsprogram kommer att följas upp av kassören.'],
    ]);
    expect(tasks('Efter redovisningen ålades varje grupp att lämna in sitt underlag till sekreteraren.')).toEqual([
      ['varje grupp', 'Efter redovisningen ålades varje grupp att lämna in sitt underlag till sekreteraren.'],
    ]);
    expect(tasks('Platserna räcker inte, och det skall inledas en utredning av orsaken.')).toEqual([
      [null, 'Platserna räcker inte, och det skall inledas en utredning av orsaken.'],
    ]);
    expect(tasks('Tio nya samordnare kommer att anställas.')).toEqual([
      [null, 'Tio nya samordnare kommer att anställas.'],
    ]);
    // A procedure with a body as its agent, a member's retirement, a state, a form field and an aim are no tasks.
    expect(tasks('Årsredovisningen ska godkännas av Kommunfullmäktige.')).toEqual([]);
    expect(tasks('Olle går i pension fr.o.m. 1 juni i år.')).toEqual([]);
    expect(tasks('Hon och Pia kommer att ha sina arbetsplatser i kommunhuset efter sommaren.')).toEqual([]);
    expect(tasks('Programpunkter: Kommer att utformas senare i samråd med föreläsaren.')).toEqual([]);
    expect(tasks('Kommunernas inflytande ska öka genom att de deltar tidigt i planeringen.')).toEqual([]);
  });
});
