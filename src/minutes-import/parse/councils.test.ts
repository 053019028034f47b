import { describe, expect, it } from 'vitest';
import { parseMinutesText } from './index.ts';

// Layouts of batch 25 (councils where a kommun and many organisations meet), invented variants: all names are invented.
const WEB_PROTOCOL =
  '2026-03-04 Protokoll Kommunala tillgänglighetsrådet\n\nOrgan:\n\nKommunala tillgänglighetsrådet.\n\n' +
  'Datum och tid:\n\n • 2026-03-04, klockan 13.00-15.00\n\nPlats:\n\n • Digitalt via Skype\n\n' +
  'Ledamöter:\n\n • Stina Vall (C) ordförande, närvarande\n • Olof Brink (S)\n • Tove Mark, närvarande\n\n' +
  'Ersättare\n\n • Leo Falk (M), närvarande\n • Eva Strand\n\n' +
  'Övriga\n\n • Nils Öberg, enhetschef socialförvaltningen\n • Karin Dahl, sekreterare\n\n' +
  'Välkommen\n\nOrdförande Stina Vall hälsar alla välkomna till dagens möte.\n\nDen föreslagna dagordningen godkänns.\n\n' +
  'Föregående protokoll godkänns och läggs till handlingarna.\n\n' +
  'Nils Öberg berättar om arbetet med tillgängligheten i kommunens lokaler under våren.\n';

describe('layouts of batch 25 (councils of a kommun and many organisations), invented variants', () => {
  it('keeps only the entries marked ", närvarande" where a participant list marks who was present', () => {
    const names = parseMinutesText(WEB_PROTOCOL).attendees.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Stina Vall', 'Tove Mark', 'Leo Falk']));
    expect(names).not.toContain('Olof Brink');
    expect(names).not.toContain('Eva Strand');
    // A list without any such mark keeps every entry.
    const unmarked = parseMinutesText(
      'Protokoll 2026-03-04\n\nLedamöter:\n\n • Stina Vall (C)\n • Olof Brink (S)\n\n1. Öppnande\nMötet öppnades.\n',
    ).attendees.map((a) => a.name);
    expect(unmarked).toEqual(['Stina Vall', 'Olof Brink']);
  });

  it('reads a bare "Övriga" line over a participant list as a group of attendees', () => {
    const names = parseMinutesText(WEB_PROTOCOL).attendees.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Nils Öberg', 'Karin Dahl']));
  });

  it('reads "Organ:" ⏎ value as the body, not as an item, and strips the bullet of a one-bullet label value', () => {
    const parsed = parseMinutesText(WEB_PROTOCOL);
    expect(parsed.body).toBe('Kommunala tillgänglighetsrådet');
    expect(parsed.location).toBe('Digitalt via Skype');
    expect(parsed.items.map((i) => i.title)).not.toContain('Organ');
  });

  it('gives an empty "Plats" label no value from the "§1" heading below it', () => {
    const parsed = parseMinutesText(
      'Sammanträde 2026-02-05\n\nDatum\nKlockan\n13:00\nPlats\n\n§1 Information från ordföranden\n\n' +
        'Dnr 2026/KS 0030\n\nRådets beslut\n- Informationen noteras.\n\n§2 Budget för 2027\n\nDnr 2026/KS 0031\n\n' +
        'Rådets beslut\n- Informationen noteras.\n',
    );
    expect(parsed.location).toBeNull();
    expect(parsed.items.map((i) => i.title)).toEqual(['Information från ordföranden', 'Budget för 2027']);
  });

  it('reads a numbered list after "… följande ärenden behandlades:" as the agenda points, not a sub-list', () => {
    const parsed = parseMinutesText(
      'Anteckningar från ordförandekonferensen\n\nOrdföranden Stina Vall hälsade välkommen till mötet och följande ärenden ' +
        'behandlades:\n\n  1. Föreningens jubileum\n  2. Nya hemsidan\n  3. Rapport från pensionärsrådet\n\n' +
        'Olof Brink berättade om arbetet med jubileet och vad som återstår att göra inför hösten.\n',
    );
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Föreningens jubileum'],
      ['2', 'Nya hemsidan'],
      ['3', 'Rapport från pensionärsrådet'],
    ]);
  });

  it('reads "X representerades av ordföranden Name, Name och Name." as attendees', () => {
    const parsed = parseMinutesText(
      'Anteckningar från ordförandekonferensen\n\nRådet representerades av ordföranden Stina Vall, Olof Brink och ' +
        'Tove Mark.\n\n1. Öppnande\nStina Vall hälsade välkommen.\n\n2. Rapporter\nInga rapporter.\n',
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(
      expect.arrayContaining(['Stina Vall', 'Olof Brink', 'Tove Mark']),
    );
  });

  it('reads "Name har styrelsens uppdrag att …" as a task of that person', () => {
    const parsed = parseMinutesText(
      'Protokoll styrelsemöte 2026-05-04\n\n1. Jubileet\nOlof har styrelsens uppdrag att skriva en minnesskrift om ' +
        'föreningens historia.\n\n2. Övriga frågor\nInga.\n',
    );
    expect(parsed.items.flatMap((i) => i.actions)).toEqual([
      {
        owner: 'Olof',
        task: 'Olof har styrelsens uppdrag att skriva en minnesskrift om föreningens historia.',
        due: null,
      },
    ]);
  });

  it('reads "Förslag till … utskickat till styrelsen, beslutas att …" as a decision (the proposal is the matter, not a motion)', () => {
    const parsed = parseMinutesText(
      'Protokoll styrelsemöte 2026-05-26\n\n1. Öppnande\nMötet öppnades.\n\n2. Arbetsgrupper\nFörslag till ' +
        'arbetsgrupper utskickat till samtliga ledamöter, beslutas att detta tas upp vid styrelsemötet 25 augusti.\n\n' +
        '3. Budget\nOrdföranden föreslår att styrelsen beslutar att budgeten fastställs.\n',
    );
    expect(parsed.items.flatMap((i) => i.decisions)).toEqual(['att detta tas upp vid styrelsemötet 25 augusti.']);
  });

  it('gives a request "… till samtliga ledamöter som ombeds …" to the ones named before "som"', () => {
    const parsed = parseMinutesText(
      'Protokoll styrelsemöte 2026-05-26\n\n1. Öppnande\nMötet öppnades.\n\n2. Organisationen\nFörslaget till ny ' +
        'organisation har skickats ut till samtliga ledamöter som ombeds komma med synpunkter inför styrelsemötet den ' +
        '25 augusti.\n\n3. Övriga frågor\nInga.\n',
    );
    expect(parsed.items.flatMap((i) => i.actions).map((a) => [a.owner, a.due])).toEqual([
      ['samtliga ledamöter', '2026-08-25'],
    ]);
  });

  it('reads the chair from "PRO ordförande Name hälsar välkommen" opening the notes', () => {
    const parsed = parseMinutesText(
      'Tid : 9.00-12.00\nPlats : Folkets hus\n\nPRO ordförande Stina Vall hälsar välkommen och informerar från ' +
        'pensionärsrådet.\nFöljande noteras:\n\n • Rådet har haft fyra möten under året.\n • Lokalfrågan drivs vidare.\n',
    );
    expect(parsed.chair).toBe('Stina Vall');
  });

  it('does not take the adjuster elected "jämte ordföranden" as the chair: the other "Name, ordförande" entry chairs', () => {
    const parsed = parseMinutesText(
      'Plats och tid: KPR — Kommunala pensionärsrådet Mötesrum: Ugglan, 2026-03-27, kl. 09.00-11.30\n\n' +
        'Ordinarie ledamöter: Förtroendevalda:\nStina Vall (S), kommunstyrelsen, ordförande\nOlof Brink (M), äldrenämnden\n\n' +
        'Ordinarie ledamöter: För pensionärsorganisationerna:\nTove Mark, ordförande\nLeo Falk\n\n' +
        'Utses att justera:\nTove Mark  Paragraf 1-5\n\n§1 Val av justerare\n\n' +
        'Tove Mark utses att jämte ordföranden justera protokollet.\n\n§2 Föredragningslistan\n\nGodkänns.\n',
    );
    expect(parsed.adjuster).toBe('Tove Mark');
    expect(parsed.chair).toBe('Stina Vall');
  });
});
