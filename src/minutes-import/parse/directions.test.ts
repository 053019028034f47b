import { describe, expect, it } from 'vitest';
import { findTimeRange } from '../text/dates.ts';
import { parseMinutesText } from './index.ts';

// Layouts of batch 24 (protocols of kommunalförbund directions and nämnder), invented variants: all names are invented.
const head = (lists: string, after = '') =>
  'Direktionens protokoll 4 mars 2026\n\nNärvarande\n\nDirektionens ledamöter och ersättare som var närvarande på mötet\n\n' +
  `${lists}\n\nJustering och sekreterare\nAtt jämte ordförande Stina Vall justera dagens protokoll valdes Olof Brink. ` +
  'Sekreterare är Tove Mark.\n\n1 § Sammanträdets öppnande\n\nOrdföranden öppnade mötet.\n\n' +
  `2 § Föregående protokoll\n\nProtokollet lades till handlingarna.\n\n${after}`;

describe('layouts of batch 24 (direction and nämnd protocols), invented variants', () => {
  it('reads lists captioned by the body in the genitive ("Direktionens ledamöter") and the unions\' representatives', () => {
    const parsed = parseMinutesText(
      head(
        'Direktionens ledamöter\nStina Vall (S), ordförande\nOlof Brink (M)\n\nDirektionens ersättare\n' +
          'Leo Falk (C), tjänstgörande\n\nÖvriga deltagare\nTove Mark, förbundschef\n\nFackliga organisationer\n' +
          'Rut Holm, Vision\nIda Sten, Kommunal',
      ),
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual([
      'Stina Vall',
      'Olof Brink',
      'Leo Falk',
      'Tove Mark',
      'Rut Holm',
      'Ida Sten',
    ]);
    // A sentence opening with the same words is no caption.
    expect(
      parseMinutesText(
        'Protokoll 4 mars 2026\n\nNärvarande: Stina Vall, Olof Brink\n\n1. Utbildning\n\n' +
          'Nämndens ledamöter ska delta i utbildningen.\nOlle Ek och Per Nyman informerar.\n',
      ).attendees.map((a) => a.name),
    ).toEqual(['Stina Vall', 'Olof Brink']);
  });

  it('reads "Inbjudna" right after the participant lists as guests who were there, and not a call\'s invitation list', () => {
    const parsed = parseMinutesText(
      head('Direktionens ledamöter\nStina Vall (S), ordförande\nOlof Brink (M)\n\nInbjudna\nLeo Falk, länsstyrelsen'),
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Stina Vall', 'Olof Brink', 'Leo Falk', 'Tove Mark']);
    // Invited to a meeting, with no participant list above: nothing said of presence.
    expect(
      parseMinutesText(
        'Kallelse och protokoll 4 mars 2026\n\nInbjudna\nLeo Falk, länsstyrelsen\nRut Holm, Region Öst\n\n' +
          '1. Mötets öppnande\n\nMötet öppnades av Olof Brink.\n',
      ).attendees.map((a) => a.name),
    ).not.toContain('Leo Falk');
  });

  it('names the secretary from "Sekreterare är Name" and the chair from "jämte (vice) ordförande Name justera"', () => {
    const parsed = parseMinutesText(head('Direktionens ledamöter\nStina Vall (S)\nOlof Brink (M)'));
    expect([parsed.chair, parsed.secretary, parsed.adjuster]).toEqual(['Stina Vall', 'Tove Mark', 'Olof Brink']);
    const vice = parseMinutesText(
      head('Direktionens ledamöter\nStina Vall, vice ordförande (S)\nOlof Brink (M)').replace(
        'jämte ordförande',
        'jämte vice ordförande',
      ),
    );
    expect(vice.chair).toBe('Stina Vall');
    // A web page may lose the full stop before "Sekreterare är".
    expect(
      parseMinutesText(
        head('Direktionens ledamöter\nStina Vall (S)\nOlof Brink (M)').replace(
          'Olof Brink. Sekreterare',
          'Olof Brink Sekreterare',
        ),
      ).secretary,
    ).toBe('Tove Mark');
  });

  it('takes a point moved to a coming meeting as a deferral without an owner', () => {
    const parsed = parseMinutesText(
      head(
        'Direktionens ledamöter\nStina Vall (S)\nOlof Brink (M)',
        '3 § Information om säkerhetsfrågor\n\nPunkten flyttas för behandling vid kommande direktionssammanträde.\n\n',
      ),
    );
    expect(parsed.items.flatMap((i) => i.actions)).toEqual([
      { owner: null, task: 'Punkten flyttas för behandling vid kommande direktionssammanträde.', due: null },
    ]);
  });

  it('reads "kl 9,30 – 12,00" (a decimal comma after "kl") as the times and keeps them out of the place', () => {
    expect(findTimeRange('kl 9,30 – 12,00', false)).toEqual({ start: '09:30', end: '12:00' });
    // Without "kl" a comma between numbers is no time.
    expect(findTimeRange('§§ 9,30 och 12', false)).toEqual({ start: null, end: null });
    const parsed = parseMinutesText(
      'Direktionsprotokoll 2026-03-04\n\nPlats och tid Hotell Väster, Borås, kl 9,30 – 12,00\n\n' +
        'Beslutande Stina Vall (S) ordförande\n\n§ 1 Val av justerare\n\nOlof Brink utses att justera protokollet.\n',
    );
    expect([parsed.startTime, parsed.endTime, parsed.location]).toEqual(['09:30', '12:00', 'Hotell Väster, Borås']);
  });

  it('reads a flattened PDF head: "Name (C) 1-e vice ordförande Name (S)", a label run to a row\'s end, "2 Sekreterare ………"', () => {
    const parsed = parseMinutesText(
      'Direktionsprotokoll 2026-03-04\n\nPlats och tid Borås, kl 9,30 – 12,00\n\n' +
        'Beslutande Stina Vall (S) ordförande\n\nOlof Brink (C) 1-e vice ordförande Leo Falk (S)\n\n' +
        'Rut Holm (M) Ida Sten (S) Adjungerade\n\nPer Nyman (V) Eva Lund (MP)\n\n' +
        '2 Sekreterare ………\n\nTove Mark\n\nOrdförande………\n\nStina Vall\n\n' +
        '§ 1 Val av justerare\n\nOlof Brink utses att jämte ordförande justera dagens protokoll.\n',
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(
      expect.arrayContaining(['Olof Brink', 'Leo Falk', 'Ida Sten', 'Per Nyman', 'Tove Mark']),
    );
    expect(parsed.attendees.map((a) => a.name).filter((n) => /Adjungerade|ordförande/.test(n))).toEqual([]);
    expect([parsed.chair, parsed.secretary, parsed.adjuster]).toEqual(['Stina Vall', 'Tove Mark', 'Olof Brink']);
  });
});

describe("a committee page's proposal (batch 24), invented variants", () => {
  const page = (proposal: string) =>
    'Sammanträde 2026-03-04\n\nDatum\nKlockan\n18:30\nPlats\nRådssalen\n\n1 Nämndspecifik utbildning\n\n' +
    'Diarienummer 2026/ÄON 0001 001\n\nÄldre- och omsorgsnämndens förslag till beslut\n- Informationen noteras.\n\n' +
    'Beskrivning av ärendet\nStina Vall föredrar om nyckeltal.\n\n2 Valfrihetssystem inom daglig verksamhet\n\n' +
    `Diarienummer 2026/ÄON 0002 51\n\nÄldre- och omsorgsnämndens förslag till beslut\n${proposal}\n\n` +
    'Beskrivning av ärendet\nFörvaltningen kommer att kräva in en handlingsplan från utföraren.\n';
  it('keeps the numbered clauses under "… förslag till beslut" in their point, not as agenda items, and sets no tasks from them', () => {
    const parsed = parseMinutesText(
      page(
        '1. Valfriheten ska bibehållas.\n2. Förvaltningschefen får i uppdrag att förändra underlaget.\n' +
          '3. Förvaltningschefen får delegation att teckna avtal.\n4. Utföraren får i uppdrag att utöka verksamheten.',
      ),
    );
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Nämndspecifik utbildning'],
      ['2', 'Valfrihetssystem inom daglig verksamhet'],
    ]);
    // The description under the proposal still holds the administration's task.
    expect(parsed.items[1]!.actions.map((a) => a.task)).toEqual([
      'Förvaltningen kommer att kräva in en handlingsplan från utföraren.',
    ]);
  });

  it('reads a member list whose "Name (party)" rows a web page parted with two empty paragraphs', () => {
    const parsed = parseMinutesText(
      head('Direktionens ledamöter\n\nStina Vall (S)\n\nOlof Brink (M)\n\n\nLeo Falk (C)\n\n\nRut Holm (L)'),
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual([
      'Stina Vall',
      'Olof Brink',
      'Leo Falk',
      'Rut Holm',
      'Tove Mark',
    ]);
  });
});
