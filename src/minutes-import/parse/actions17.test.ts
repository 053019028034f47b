import { describe, expect, it } from 'vitest';
import { parseMinutesText } from './index.ts';

/**
 * act17: action forms that generalise. Each case is invented (fictional people, kinds of organisation and layouts seen
 * in minutes, not sentences of a corpus document), labelled by ../shared/minutes/SCHEMA.md before the rule was written:
 * the owner as written (`null` for a passive or a deferral without one), the due date only for a calendar date.
 */
interface Found {
  owner: string | null;
  task: string;
  due: string | null;
}

/** The text as the notes of the second item of small minutes held on 2024-03-05. */
function actionsIn(body: string): Found[] {
  const parsed = parseMinutesText(
    'Minnesanteckningar\nSamverkansgruppen\nDatum: 2024-03-05\n\n1. Lägesbild\nRegionen redovisade beläggningen.\n\n' +
      `2. Aktuella frågor\n${body}\n\n3. Övrigt\nInga övriga frågor.\n`,
  );
  return parsed.items.flatMap((item) => item.actions.map(({ owner, task, due }) => ({ owner, task, due })));
}

/** A whole document whose second item has the heading given. */
function actionsUnder(heading: string, lines: string): Found[] {
  const parsed = parseMinutesText(
    `Minnesanteckningar\nArbetsgruppen\nDatum: 2024-03-05\n\n1. Lägesbild\nRegionen redovisade läget.\n\n2. ${heading}\n${lines}\n`,
  );
  return parsed.items.flatMap((item) => item.actions.map(({ owner, task, due }) => ({ owner, task, due })));
}

const owners = (found: readonly Found[]) => found.map((a) => a.owner);

describe('a task given to someone (act17)', () => {
  it('"Uppdrag till/åt X: …" names the owner in the marker', () => {
    expect(actionsIn('Uppdrag till Nora Vik: sammanställ svaren från kommunerna till den 20 mars.')).toEqual([
      { owner: 'Nora Vik', task: 'sammanställ svaren från kommunerna till den 20 mars.', due: '2024-03-20' },
    ]);
    expect(owners(actionsIn('Uppdrag åt förvaltningen: ta fram en kostnadsberäkning.'))).toEqual(['förvaltningen']);
  });

  it('"X ges i uppdrag att", "X fick uppdraget att" and the inverted "… fick X i uppdrag att"', () => {
    expect(owners(actionsIn('Tilda Rask ges i uppdrag att revidera riktlinjen för hemgång.'))).toEqual(['Tilda Rask']);
    expect(owners(actionsIn('Olle Sten fick uppdraget att samla in synpunkter från kommunerna.'))).toEqual([
      'Olle Sten',
    ]);
    expect(owners(actionsIn('Efter en kort diskussion fick Vera Lönn i uppdrag att utreda frågan.'))).toEqual([
      'Vera Lönn',
    ]);
  });

  it('"uppdrar åt" a body in lower case ("arbetsgruppen", "socialförvaltningen")', () => {
    expect(owners(actionsIn('Styrgruppen uppdrar åt arbetsgruppen att se över ansvarsfördelningen.'))).toEqual([
      'arbetsgruppen',
    ]);
    expect(owners(actionsIn('Nätverket uppdrar åt socialförvaltningen att kartlägga behoven.'))).toEqual([
      'socialförvaltningen',
    ]);
  });

  it('"ber X att" / "bad X att": the one asked owns the task', () => {
    expect(owners(actionsIn('Gruppen ber Siv Holm att ta kontakt med IVO om tillsynen.'))).toEqual(['Siv Holm']);
    expect(owners(actionsIn('Ordföranden bad Jon Alm och Eva Rask att förbereda nästa workshop.'))).toEqual([
      'Jon Alm och Eva Rask',
    ]);
    expect(actionsIn('Gruppen ber om ursäkt för förseningen.')).toEqual([]);
  });
});

describe('a named person doing it in the present tense (act17)', () => {
  it('"kollar med", "hör med", "mailar ut"', () => {
    expect(owners(actionsIn('Ordföranden kollar med regionen om tolkstödet kan förlängas.'))).toEqual(['Ordföranden']);
    expect(owners(actionsIn('Lisen hör med Region Norrby om kostnaderna.'))).toEqual(['Lisen']);
    expect(owners(actionsIn('Sanna mailar ut kallelsen till nätverket.'))).toEqual(['Sanna']);
  });

  it('"till nästa gång" is the next meeting', () => {
    expect(owners(actionsIn('Pelle läser in sig på den nya lagen till nästa gång.'))).toEqual(['Pelle']);
  });

  it('"Till nästa möte tar X fram …": a fronted time puts the subject after the verb', () => {
    expect(actionsIn('Till nästa möte tar Erik Sund fram statistik över utskrivningsklara.')).toEqual([
      {
        owner: 'Erik Sund',
        task: 'Till nästa möte tar Erik Sund fram statistik över utskrivningsklara.',
        due: null,
      },
    ]);
    expect(owners(actionsIn('Efter mötet kontaktar Maja Lind primärvården.'))).toEqual(['Maja Lind']);
    // A fronted phrase without a task's verb stays no task.
    expect(actionsIn('Till nästa möte finns Erik Sund med som gäst.')).toEqual([]);
  });

  it('"Maria och Lena … och återkommer", "Rektor Anna Palm … och återkommer": the whole subject owns it', () => {
    expect(owners(actionsIn('Maria och Lena tittar vidare på frågan och återkommer.'))).toEqual(['Maria och Lena']);
    expect(owners(actionsIn('Rektor Anna Palm utreder frågan och återkommer till gruppen.'))).toEqual([
      'Rektor Anna Palm',
    ]);
  });
});

describe('a task in the passive (act17)', () => {
  it('names its agent, a person or a meeting role, at the end', () => {
    expect(owners(actionsIn('En handlingsplan ska tas fram av Helena Sjö.'))).toEqual(['Helena Sjö']);
    expect(owners(actionsIn('Inbjudan till dialogmötet skickas ut av sekreteraren.'))).toEqual(['sekreteraren']);
    expect(owners(actionsIn('Ny tid för workshopen bokas av Bo Ek.'))).toEqual(['Bo Ek']);
    // Presenting a point or signing the minutes is no task.
    expect(actionsIn('Ärendet föredras av Bo Ek.')).toEqual([]);
  });

  it('"… presenteras på nästa möte": put to a later meeting, without an owner', () => {
    expect(owners(actionsIn('Resultatet av enkäten presenteras på nästa möte.'))).toEqual([null]);
  });
});

describe('owner lines, to-do lists and tables (act17)', () => {
  it('"Ansvar: X" is an owner line like "Ansvarig: X"', () => {
    expect(actionsIn('Åtgärd: Bjud in Försäkringskassan till nästa möte. Ansvar: Bo Ek.')).toEqual([
      { owner: 'Bo Ek', task: 'Bjud in Försäkringskassan till nästa möte.', due: null },
    ]);
  });

  it('"Ansvarig: X, klart till 15/3": the owner ends at the comma, the date is the due date', () => {
    expect(actionsIn('Revidera rutinen för trygg hemgång.\nAnsvarig: Bo Ek, klart till 15/3')).toEqual([
      { owner: 'Bo Ek', task: 'Revidera rutinen för trygg hemgång.', due: '2024-03-15' },
    ]);
  });

  it('"(ansvarig: X)" after the task', () => {
    expect(owners(actionsIn('Ta fram förslag på gemensamma nyckeltal (ansvarig: Per Lind).'))).toEqual(['Per Lind']);
  });

  it('"Actions", "Åtgärdspunkter", "Nästa steg" head to-do lists; "Name – task" names its owner', () => {
    expect(owners(actionsUnder('Actions', '- Karin: boka nästa möte\n- Per: skicka presentationen'))).toEqual([
      'Karin',
      'Per',
    ]);
    expect(
      owners(actionsUnder('Åtgärdspunkter', '1. Uppdatera rutinen (Karin)\n2. Skicka ut enkäten (Jonas)')),
    ).toEqual(['Karin', 'Jonas']);
    expect(
      owners(actionsUnder('Nästa steg', '- Anna Berg – sammanställa statistik\n- Per Lind - kontakta primärvården')),
    ).toEqual(['Anna Berg', 'Per Lind']);
    expect(
      owners(actionsUnder('Nästa steg', '- Boka uppföljningsmöte i maj – Ida Ek\n- Ta fram underlag – Per Lind')),
    ).toEqual(['Ida Ek', 'Per Lind']);
  });

  it('"… lämnas till X senast <date>": a duty without an owner, the receiver before the deadline', () => {
    expect(actionsIn('Synpunkter på förslaget lämnas till Ulla Berg senast 31 mars.')).toEqual([
      { owner: null, task: 'Synpunkter på förslaget lämnas till Ulla Berg senast 31 mars.', due: '2024-03-31' },
    ]);
  });

  it('"Till nästa möte: …" marks a task', () => {
    expect(owners(actionsIn('Till nästa möte: alla läser igenom förslaget till överenskommelse.'))).toEqual(['alla']);
  });
});

describe('step 2: forms of the third and fourth variant rounds (act17)', () => {
  it('"uppdrogs åt X att", "Styrelsen uppdrog åt X att": the past tense too', () => {
    expect(owners(actionsIn('Det uppdrogs åt Siri Berg att sammankalla en referensgrupp.'))).toEqual(['Siri Berg']);
    expect(owners(actionsIn('Styrelsen uppdrog åt Nils Ahl att boka lokal.'))).toEqual(['Nils Ahl']);
  });

  it('a task line, its "Ansvarig:" line and a "Klart:" line under it', () => {
    expect(actionsIn('Ta fram en utbildningsplan för nya medarbetare.\nAnsvarig: Rut Sand\nKlart: 2024-05-15')).toEqual(
      [{ owner: 'Rut Sand', task: 'Ta fram en utbildningsplan för nya medarbetare.', due: '2024-05-15' }],
    );
  });

  it('"Beslut: Ulf och Berit tar fram …": the clause after a label\'s colon', () => {
    expect(owners(actionsIn('Beslut: Ulf och Berit tar fram ett förslag till nästa möte.'))).toEqual(['Ulf och Berit']);
  });

  it('"Org: Vi kontaktar … till nästa möte": the speaker\'s group, at a time after the meeting', () => {
    expect(owners(actionsIn('Region Västerby: Vi kontaktar ambulansen om rutinen till nästa möte.'))).toEqual([
      'Region Västerby',
    ]);
    // Without a time after the meeting it is the group's ongoing work.
    expect(actionsIn('Region Västerby: Vi kontaktar ambulansen vid varje larm.')).toEqual([]);
  });

  it('"Uppdrag" heads a to-do list; "Uppgift" heads a task table\'s column', () => {
    expect(owners(actionsUnder('Uppdrag', '1. Greta Lund: ta fram en enkät\n2. Oskar Ahl: boka lokal'))).toEqual([
      'Greta Lund',
      'Oskar Ahl',
    ]);
    expect(actionsIn('\tUppgift\n\tAnsvarig\n\tDatum\n\n\tSkicka ut kallelse\n\tLinn Ek\n\t2024-04-01\n')).toEqual([
      { owner: 'Linn Ek', task: 'Skicka ut kallelse.', due: '2024-04-01' },
    ]);
  });

  it('"X tar med informationen till sin ledningsgrupp"', () => {
    expect(owners(actionsIn('Karin tar med informationen till sin ledningsgrupp.'))).toEqual(['Karin']);
  });
});

describe('step 3: forms of the fifth variant round (act17)', () => {
  it('"ombads" (past of "ombeds") commits its subject', () => {
    expect(actionsIn('Kommunerna ombads inkomma med synpunkter senast 1 april.')).toEqual([
      {
        owner: 'Kommunerna',
        task: 'Kommunerna ombads inkomma med synpunkter senast 1 april.',
        due: '2024-04-01',
      },
    ]);
  });

  it('a passive agent followed by a time: "… inventeras av Petra Lind till nästa möte"', () => {
    expect(owners(actionsIn('Behovet av utbildning inventeras av Petra Lind till nästa möte.'))).toEqual([
      'Petra Lind',
    ]);
    expect(owners(actionsIn('Svaren ska sammanställas av sekreteraren senast 15/4.'))).toEqual(['sekreteraren']);
  });

  it('"ska inventeras/kartläggas/sammanställas/bokas": a deed someone not named does', () => {
    expect(owners(actionsIn('Behoven ska kartläggas i alla kommuner.'))).toEqual([null]);
  });

  it('"Uppföljning: Ahmed återkommer …": the owner starts after the label', () => {
    expect(owners(actionsIn('Uppföljning: Ahmed återkommer om läget i april.'))).toEqual(['Ahmed']);
  });

  it('a to-do entry with a body as its subject is owned by it', () => {
    expect(
      owners(
        actionsUnder('Nästa steg', '- Kommunerna lämnar underlag senast 30/4.\n- Regionen sammanställer underlaget.'),
      ),
    ).toEqual(['Kommunerna', 'Regionen']);
  });
});

describe('step 3b: forms of the sixth variant round (act17)', () => {
  it('"X bjuds in till nästa möte": an invitation someone not named sends', () => {
    expect(owners(actionsIn('Smittskyddsläkaren bjuds in till nästa möte.'))).toEqual([null]);
  });
});

describe('step 4: forms of the seventh variant round (act17)', () => {
  it('"ska skickas ut": a sending someone not named does', () => {
    expect(owners(actionsIn('Enkäten ska skickas ut till alla enheter i april.'))).toEqual([null]);
  });
});

describe('no task (act17)', () => {
  it.each([
    'Åtgärd: ingen.',
    'Kommunerna ska enligt lagen erbjuda samordnad individuell plan.',
    'Anna Berg tar över som ordförande från 1 april.',
    'Eva Holm återkommer ofta till vikten av tidiga insatser.',
    'Frågan om bemanning återkommer ofta i diskussionerna.',
    'Minnesanteckningarna skickas till alla deltagare.',
    // A standing rule: "ska alltid/aldrig/normalt …".
    'Avvikelser ska alltid rapporteras i systemet.',
    // "återkommer som …": a recurrence.
    'Temat återkommer som stående punkt på dagordningen.',
  ])('%s', (sentence) => {
    expect(actionsIn(sentence)).toEqual([]);
  });
});
