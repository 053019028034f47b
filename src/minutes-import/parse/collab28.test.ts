import { describe, expect, it } from 'vitest';
import { parseMinutesText } from './index.ts';

// Layouts of batch 28 (health and care collaboration: a region's council with the pensioners' organisations in a web
// meeting system, an R&D unit's steering-group report, a kommun's covid collaboration group's weekly report), invented
// variants: all names and matters are invented.
const COUNCIL =
  'Hoppa över navigering\n • § 4\n\n  Justering\n\n • § 5\n\n  Godkännande av föredragningslistan\n\n' +
  '  • Ny kontaktperson på kansliet\n   Lisa Ek slutar sin tjänst och Omar Berg blir ny kontaktperson för rådet.\n    \n' +
  ' • Rådet diskuterar planeringen av höstens konferens om äldres hälsa.\n\n  Bilagor\n\n' +
  '  • Konferensen är fastställd till den 12 oktober 2026 och lokalen är bokad\n' +
  '  • Karin tar kontakt med föreläsaren och frågar om hon kan medverka\n' +
  '  • Underlag från vårdcentralerna - Per SK tar reda på mer\n';

const WEEKLY =
  'Use Google to translate the web site. We take no responsibility for the accuracy of the translation.\n\n' +
  'Lägesrapport från vecka 12\n\n' +
  'En kommungemensam krisgrupp träffas varje morgon med anledning av utbrottet.\n\n' +
  'För att du som invånare ska veta vad som händer kommer vi publicera en lägesrapport från gruppen varje fredag.\n\n' +
  'Det här har hänt under veckan:\n\n' +
  ' • Information om besöksförbud har gått ut till alla boenden.\n' +
  ' • Skolornas rutiner för lunch har setts över.\n' +
  ' • Samverkansmöten med vårdcentralerna hålls två gånger i veckan.\n' +
  ' • Frivilliga har anmält sig för att handla åt äldre.\n';

describe('layouts of batch 28, invented variants', () => {
  it('keeps one-line sub-bullets under a web meeting point as its list; a sub-bullet over its own text is an item', () => {
    const items = parseMinutesText(COUNCIL).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ['4', 'Justering'],
      ['5', 'Godkännande av föredragningslistan'],
      [null, 'Ny kontaktperson på kansliet'],
      [null, 'Rådet diskuterar planeringen av höstens konferens om äldres hälsa.'],
    ]);
  });

  it('reads a line closed by a colon over the bullets that end the text as the one point, its lead paragraphs in it', () => {
    const parsed = parseMinutesText(WEEKLY);
    expect(parsed.title).toBe('Lägesrapport från vecka 12');
    expect(parsed.items.map((i) => i.title)).toEqual(['Det här har hänt under veckan']);
    expect(parsed.items[0]!.actions.map((a) => a.task)).toEqual([
      'För att du som invånare ska veta vad som händer kommer vi publicera en lägesrapport från gruppen varje fredag.',
    ]);
  });

  it('reads "kommer vi …"/"ska vi …" after a fronted phrase as the group\'s task, not after a fronted condition', () => {
    const text =
      'Minnesanteckningar styrgruppen 2026-03-02\n\n1. Nytt projekt\n\n' +
      'Inom projektet kommer vi att pröva ett nytt arbetssätt i socialtjänsten. ' +
      'Om någon känner sig jävig ska vi självmant meddela det. Till hösten kommer vi troligen se fler ansökningar.\n';
    expect(parseMinutesText(text).items[0]!.actions.map((a) => a.task)).toEqual([
      'Inom projektet kommer vi att pröva ett nytt arbetssätt i socialtjänsten.',
    ]);
  });

  it('reads "X beslutade om att …" in running text as a decision, "beslutade om en …" not', () => {
    const text =
      'Rapport från styrgruppens möte 3 mars 2026\n\nNytt projekt\n\n' +
      'Styrgruppen beslutade om att starta ett projekt om anhörigstöd. Forskarna presenterade en plan.\n\n' +
      'Ny organisation\n\nStyrgruppen beslutade om en ny organisation som gäller från 1 juli.\n';
    const items = parseMinutesText(text).items;
    expect(items.map((i) => i.decisions)).toEqual([['att starta ett projekt om anhörigstöd.'], []]);
  });

  const tasks = (text: string) => parseMinutesText(text).items.flatMap((i) => i.actions.map((a) => [a.owner, a.task]));

  it('reads tasks in a council point: a subject after a fronted adverb, "håller på att …" and "skickas", a person asked', () => {
    const text =
      'Minnesanteckningar rådet 2026-02-10\n\n1. Enkäten\n\n' +
      'Svaren håller på att sammanställas och skickas till rådet när de är klara. ' +
      'Därefter skickar föreningarna svaren till tidningen. Föreningarna berättade om enkäten.\n\n' +
      '2. Temadagen\n\n• Eva Lind, verksamhetschef vid sjukhuset, tillfrågas om hon kan medverka\n' +
      '• Underlag från vårdcentralerna - Per SK tar reda på mer\n• Lokalen är bokad\n';
    expect(tasks(text)).toEqual([
      [null, 'Svaren håller på att sammanställas och skickas till rådet när de är klara.'],
      ['föreningarna', 'Därefter skickar föreningarna svaren till tidningen.'],
      [null, 'Eva Lind, verksamhetschef vid sjukhuset, tillfrågas om hon kan medverka'],
      ['Per SK', 'Underlag från vårdcentralerna - Per SK tar reda på mer'],
    ]);
  });

  it('reads a person with an apposition, a delivery deadline and a point put to the next meeting as tasks', () => {
    const text =
      'Rapport från styrgruppens möte 3 mars 2026\n\nNytt projekt\n\n' +
      'Forskaren Anna Holm, lektor vid högskolan, kommer leda cirklarna. ' +
      'Förslagen ska vara Bo tillhanda senast 3/4. Lokalen ska vara bokad i god tid.\n\n' +
      'Planering\n\nVid nästa möte den 5 maj ska budgeten gås igenom. Gruppen har diskuterat budgeten.\n';
    expect(tasks(text)).toEqual([
      ['Forskaren Anna Holm', 'Forskaren Anna Holm, lektor vid högskolan, kommer leda cirklarna.'],
      [null, 'Förslagen ska vara Bo tillhanda senast 3/4.'],
      [null, 'Vid nästa möte den 5 maj ska budgeten gås igenom.'],
    ]);
  });
});
