import { describe, expect, it } from 'vitest';
import { parseMinutesText } from './index.ts';

// Layouts of batch 32 (protocols of bodies in health and social care: a parliamentary committee, a kommun's councils
// in a meeting web, regions' health and care committees in web meeting systems), invented variants: all names and
// matters are invented.

const ANNEX = [
  'Vid protokollet',
  'Justeras den 12 mars 2026',
  'Bo Ek',
  '',
  'VÅRDUTSKOTTET',
  'NÄRVAROFÖRTECKNING',
  'Bilaga 1\ntill protokoll 2025/26:9',
  '§ 1',
  '§ 2-4',
  '§',
  'LEDAMÖTER',
  'N',
  'R',
  'N',
  'R',
  'Anna Berg (M), ordf.',
  'X',
  'X',
  'Bo Ek (S), vice ordf.',
  'X',
  'X',
  'Cecilia Holm (SD)',
  'O',
  'X',
  'Dan Lind (C)',
  'Eva Strand (V)',
  'X',
  'X',
  'SUPPLEANTER',
  'Fia Nord (S)',
];

const COMMITTEE =
  'Protokoll utskottssammanträde 2025/26:9\n\nVÅRDUTSKOTTET\n\nPROTOKOLL\n\nDATUM\n\n2026-03-10\n\nTID\n\n10.00–11.00\n\n' +
  'NÄRVARANDE\n\nSe bilaga 1\n\n§ 1\n\nJustering av protokoll\n\nUtskottet justerade protokoll 2025/26:8.\n\n' +
  '§ 2\n\nNästa sammanträde\n\nUtskottet beslutade att nästa sammanträde ska äga rum torsdagen den 12 mars 2026.\n\n';

describe('layouts of batch 32, invented variants', () => {
  it('reads an attendance annex with the one-letter heads "N" ⏎ "R" and an "O" mark: the rows marked X, the chair by "ordf."', () => {
    const parsed = parseMinutesText(`${COMMITTEE}${ANNEX.join('\n\n')}\n`);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Anna Berg', 'Bo Ek', 'Cecilia Holm', 'Eva Strand']);
    expect(parsed.chair).toBe('Anna Berg');
  });

  it('takes the one name under "Justeras den <date>", not the chair\'s, as the adjuster\'s', () => {
    expect(parseMinutesText(`${COMMITTEE}${ANNEX.join('\n\n')}\n`).adjuster).toBe('Bo Ek');
    // The chair signing alone adjusts nothing of anyone else.
    const chairSigns = ANNEX.map((l) => (l === 'Bo Ek' ? 'Anna Berg' : l));
    expect(parseMinutesText(`${COMMITTEE}${chairSigns.join('\n\n')}\n`).adjuster).toBeNull();
  });

  it('names the chair of a council who reports to it ("Ordförande Name återrapporterar efter mötet …")', () => {
    const text =
      'Sammanträde 2026-04-08\n\nDatum\nKlockan\n18:00\nPlats\nSalen\n\n§12 Information från förvaltningen\n\n' +
      'Rådets beslut\n- Informationen noteras.\n\nBeskrivning av ärendet\nEnhetschef Lisa Ek informerade om verksamheten.\n\n' +
      '§13 Information från ordföranden\n\nRådets beslut\n- Informationen noteras.\n\nBeskrivning av ärendet\n' +
      'Ordförande Karl Holm återrapporterar efter mötet med kommunstyrelsen.\n';
    const parsed = parseMinutesText(text);
    expect(parsed.chair).toBe('Karl Holm');
    expect(parsed.attendees.map((a) => a.name)).toContain('Karl Holm');
  });

  it("reads a short sentence bullet at the points' level over its own text as a point of a web meeting page", () => {
    const text =
      'Hoppa över navigering\n • § 21\n\n  Val av justerare\n\n' +
      ' • Ordförande informerar om ett inkommet ärende som tas upp sist under sammanträdet.\n\n' +
      ' • § 23\n\n  Anmälningar för kännedom\n\n' +
      ' • Inga beslut har anmälts idag.\n\n   \n\n' +
      '  Anna Berg (V) lämnar ett särskilt yttrande om hur ärendet har hanterats.\n\n' +
      '  • Beslut i enskilda ärenden\n';
    expect(parseMinutesText(text).items.map((i) => [i.number, i.title])).toEqual([
      ['21', 'Val av justerare'],
      [null, 'Ordförande informerar om ett inkommet ärende som tas upp sist under sammanträdet.'],
      ['23', 'Anmälningar för kännedom'],
      [null, 'Inga beslut har anmälts idag.'],
    ]);
  });

  it("reads the tasks of a group's notes: a proposal deferred to the next meeting, subjectless plans under a heading", () => {
    const text =
      'Mötesanteckningar 2026-05-06\n\nDeltagare\n\nEkförbundet, Almföreningen\n\n' +
      'Uppföljning från föregående möte\n\n' +
      'Förslaget vid förra mötet att bjuda in Lindverket till gruppen skjuts upp till nästa möte.\n\n' +
      'Informationsutbyte\n\nEkförbundet\n\n' +
      ' • Planerar att uppmärksamma regionerna på behovet av en gemensam funktion.\n' +
      ' • Kommer också att erbjuda sig som remissinstans.\n\n' +
      'Almföreningen\n\n • Föreningen kommer också att vara representerad i nästa års arbetsgrupp.\n';
    const tasks = parseMinutesText(text).items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]));
    expect(tasks).toEqual([
      [null, 'Förslaget vid förra mötet att bjuda in Lindverket till gruppen skjuts upp till nästa möte.'],
      [null, 'Planerar att uppmärksamma regionerna på behovet av en gemensam funktion.'],
      [null, 'Kommer också att erbjuda sig som remissinstans.'],
    ]);
  });
});
