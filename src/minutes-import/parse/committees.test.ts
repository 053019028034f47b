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
});
