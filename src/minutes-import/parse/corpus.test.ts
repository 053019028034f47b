import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, loadCorpus, loadSamples, parseCorpusText, scoreDocuments } from '../test-support.ts';
import { resultWords, STRUCTURE_WORDS, wordsOf } from './coverage.ts';
import { parseMinutesText } from './index.ts';

// Real public minutes (src/minutes-import/corpus, sources in manifest.json), labelled by hand after
// shared/minutes/README.md before the parser was tuned on them. The thresholds sit just below the level
// reached, so a regression fails (the goal is 0.90 overall and 0.80 per field).
const MIN_OVERALL = 0.94;
const MIN_FIELD = 0.88;
/** Hosts kept for independent evaluation: never part of the development corpus. */
const RESERVED_HOSTS = ['forum.regionjh.se', 'handlingar.se', 'docplayer.se'];
/**
 * Batches after batch 4 have thresholds of their own, just below the level reached on them (README, figures per
 * batch); a new batch is scored here only once its threshold is set, and the 0.94/0.88 above apply to batches 1-4. Batch 5 is at the level reached
 * after two rounds of general rules; batch 6 (regional health and social care collaboration: vårdsamverkan,
 * kommunförbund, region–kommun groups, a national agency's reference group; 0.700 before tuning) at the level
 * reached after its rules (0.964, items 0.869).
 */
const BATCH_THRESHOLDS: Record<number, { overall: number; field: number; perField?: Record<string, number> }> = {
  // miss23: 0.912 (items 0.859) with c37's heading glued to the paragraph before it given a line of its own.
  5: { overall: 0.9, field: 0.58 },
  6: { overall: 0.95, field: 0.84 },
  // Batch 7: 0.533 before tuning; after its rules 0.931, items 0.778 the lowest field (c49: a protocol head cut before
  // its first paragraph still gets an item for its text).
  // gen16: 0.977 (items 0.933) once c49's cut protocol head became the document's notes instead of an item.
  7: { overall: 0.97, field: 0.93 },
  // Batch 8: 0.689 before tuning (main 5f37ec9); after its rules 0.923 (no task left in its gold or prediction).
  8: { overall: 0.92, field: 0, perField: { meta: 0.99, att: 0.99, items: 0.79 } },
  // Batch 9, scored once before any tuning on it (0.460 with main 76e412a); after its rules 0.675, after tune11's 0.874.
  // gen17: 0.927 (c58's quoted letter and "Våra frågor blir därför:" no longer items).
  9: { overall: 0.92, field: 0, perField: { meta: 0.96, att: 0.99, items: 0.97, dec: 0.99, act: 0.49 } },
  // Batch 10, scored once before any tuning on it (0.462 with main 71c0f8d); after its rules 0.891, 0.905 with batch 7's "Lyssna" rule.
  // miss23: 0.928 (items 0.970) with c63's heading over organisation sub-headings read as an item.
  10: { overall: 0.92, field: 0.83 },
  // Batch 11, scored once before any tuning on it (0.483 with main 0dc4a25); 0.919 → 0.928 after its rules (Markdown, elections, decisions, place, tasks in list entries, summary and agenda bullets, first-name role holders),
  // 0.928; 0.985 after tune12's task rules (a capitalised verb, an imperative with its owner after it, "ombeds X och Y").
  11: { overall: 0.98, field: 0, perField: { meta: 0.99, att: 0.99, items: 0.99, dec: 0.99, act: 0.88 } },
  // Batch 12, scored once before any tuning on it (0.452 with main af4ba0a); 0.903 after its rules (protocol heads on
  // one line, Markdown to-do lists, web bullets, stacked signatures, task forms).
  // gen16: 1.000 once c72's cut protocol head became the document's notes instead of two items.
  12: { overall: 0.99, field: 0.99 },
  // Batch 13, scored once before any tuning on it (0.687 with main 6dc98ed); 0.737 after its rules (a column of lone
  // labels over its values, a flattened web page's "Bilagor" paragraphs, an adjournment beside the time). Actions stay at 0:
  // c78's announced participation is missed and c79's agreement terms are taken as tasks.
  // gen16: 0.895 (items 1.000) once the cut protocol heads became the document's notes.
  13: { overall: 0.89, field: 0, perField: { meta: 0.95, att: 0.92, items: 0.99 } },
  // Batch 14, scored once before any tuning on it (0.792 with main 0ab9e3c); 0.903 after its rules (a day programme's
  // start and end, lone "-" list markers, a point's own clock time, headings over presenter lines, a § run on one line).
  14: { overall: 0.9, field: 0, perField: { meta: 0.98, att: 0.99, items: 0.79, dec: 0.99 } },
  // Batch 15, scored once before any tuning on it (0.663 with main c7994dc); 0.810 after its rules (a "Tid och plats" line
  // below a table of contents with a lower-case weekday, decisions with the decider after the verb, "tog beslut om att").
  // gen16: 0.843 (act 0.643) with 'Storsthlm fick i uppdrag att återkomma …' read as a task.
  // gen18: 0.912 (c92's "Ordinarie ledamöter", c93's plan aims "ska verka för att …" no longer tasks).
  // miss23: 0.974 (items 1.000) with c93's top bullets read over the page's dated footer, "Måldialog - …" by its topic.
  15: { overall: 0.97, field: 0, perField: { meta: 0.92, att: 0.96, items: 0.99, dec: 0.99, act: 0.99 } },
  // Batch 16, scored once before any tuning on it (0.523 with main d86cbe3); 0.753 after its rules (web page furniture
  // above the title, "vid mötet 21 maj", headings over "Föredragande:" lines, "Ställningstagande:" lines, deeper bullets
  // under a web page's numbered points, "beslut nästa regionstyrelse").
  // gen17: 0.867 (c97 "Skickar ut …", c99's run-in topic, c101's signature block and members without their label).
  // gen18: 0.879 (c100's "A/ …" lettered sub-topics).
  16: { overall: 0.87, field: 0, perField: { meta: 0.99, att: 0.93, items: 0.87, dec: 0.99, act: 0.55 } },
  // Batch 17, scored once before any tuning on it (0.767 with main 7e909d0); 0.882 after its rules ("beslutade att A, att B
  // och att C" and "Vidare beslutades att …", "kommer att uppdateras/bjudas in", "går vidare till fullmäktige för beslut",
  // "går nu vidare med att"). No named participant list in the batch: attendees N/A.
  // gen18: act 0.630 (c109 "Rapporten publiceras under hösten").
  // miss23: 0.895 (items 0.864) with c109's heading over organisation sub-headings read as an item.
  17: { overall: 0.89, field: 0, perField: { meta: 0.99, items: 0.86, dec: 0.99, act: 0.62 } },
  // Batch 18, scored once before any tuning on it (0.618 with main 4329cc8); 0.737 after its rules ("Name (party), Kommun"
  // entries run together, a list label at the end of the line above, a proposal under a bare "BESLUT" heading,
  // "återkommer vi med" after a fronted object); 0.796 with "ordförande Name Sekreterare Name" read as the two roles.
  // batch19: 0.830 (items 0.816) with c116's 'Agendan var:' bullets with ' - Name, role' presenters read as items.
  // miss23: 0.890 (items 0.959) with c114's one-paragraph extract ("ON § 26 ON/2012:15 - 700") read over its inner list.
  18: { overall: 0.88, field: 0, perField: { meta: 0.89, att: 0.82, items: 0.95, dec: 0.99, act: 0.58 } },
  // Batch 19, scored once before any tuning on it (0.609 with main 1d70bab); 0.673 after its rules ('Programpunkter' over
  // '• Föredragning: Title – Name' bullets, 'Från möte 2018-11-30' as the meeting day). Attendees stay at 0: the one
  // participant (c120's adjuster in 'Förslag till justerare: Name') is missed.
  // miss23: 0.852 (items 0.648) with c120's whole agenda read above its two published paragraphs.
  19: { overall: 0.85, field: 0, perField: { meta: 0.93, items: 0.64, dec: 0.99, act: 0.49 } },
  // Batch 20, scored once before any tuning on it (0.594 with main 1181866); 0.784 after its rules (a web page copied from
  // its first bullet, a page header between "§ N" and its title, the chair and secretary named in running text,
  // "bordlades och hänsköts till ett extra sammanträde"). No participant list in c127/c128: attendees from four documents.
  // miss22: 0.829 (act 1.000: c128's delegation report "återrapporterar beslut fattade …" no longer a task; items 0.733
  // with c127's bulleted "§ N" paragraphs over a gap).
  20: { overall: 0.82, field: 0, perField: { meta: 0.93, att: 0.68, items: 0.73, dec: 0.99, act: 0.99 } },
  // Batch 21, scored once before any tuning on it (0.700 with main a1a7f02); 0.782 after its rules (material published on
  // the web in the present passive, "Protokollet kommer att justeras … av X och Y", a role with the body's acronym after
  // it). No decision in the batch. Items stay at 0.69: c133's hard-wrapped "§ 92" paragraph and bare "§ 117", c135's
  // "Samt styrelsemedlemmar:" row read as an item.
  // miss22: 0.923 (meta 0.979, att 0.987, items 0.989) with those two read, c134's and c132's head, c137's title.
  21: { overall: 0.92, field: 0, perField: { meta: 0.97, att: 0.98, items: 0.98, act: 0.39 } },
  // Batch 22, scored once before any tuning on it (0.683 with main f14b632); 0.974 after its rules and those landed
  // meanwhile (election points with the name alone, "skall", numbered decision clauses without "att", a one-sentence
  // protocol head, "kl 13.00 14.00", the medium after the day, "Anteckningar från …, den …", "uppdrar till Name S och Name
  // J att", a dated passive sending, adjusters "Name, PRO och Name, SKPF"): 0.974. Left: c139's heading cut mid-word at
  // the end, c140's "SaraMari" and imperative "Begär återkoppling senast 210215.".
  22: { overall: 0.97, field: 0, perField: { meta: 0.99, att: 0.98, items: 0.94, dec: 0.99, act: 0.92 } },
  // Batch 23, scored once before any tuning on it (0.669 with main 0af17fa); 0.883 after its rules ('Mötesanteckningar' in the
  // guard, captions over '• Organisation – Name' groups, 'Organisation – Name' rows, bullets under 'Inledning', 'kommer att
  // skickas ut', a cut last sentence, a lone '1. Mötets öppnande'). No decision in the batch. Items stay at 0.83: c153's
  // group heading over organisation headings, c154's bullets of perspectives read as items.
  // miss23: 0.938 (items 0.861) with c153's group heading over organisation headings read as an item.
  23: { overall: 0.93, field: 0, perField: { meta: 0.95, att: 0.98, items: 0.86, act: 0.66 } },
  // Batch 24, scored once before any tuning on it (0.812 with main c75f783); 0.994 after its rules ('Direktionens
  // ledamöter'/'… ersättare' and 'Fackliga organisationer' captions, 'Inbjudna' right after the lists, 'Sekreterare är Name',
  // 'jämte (vice) ordförande Name justera', a point moved to a coming meeting, 'kl 9,30 – 12,00', a flattened PDF head's
  // '(C) 1-e vice ordförande Name' and '2 Sekreterare ………'). Left: c166's place before a name ('Varberg Cristina …').
  // Its second part (c169–c173, labelled after those rules, before any run on them) scored 0.880 (c173 0.333: a proposal's
  // numbered clauses read as the agenda); all twelve 0.995 with the proposal rule, 0.996 (att 0.982) with c169's rows.
  24: { overall: 0.99, field: 0, perField: { meta: 0.99, att: 0.98, items: 0.99, dec: 0.99, act: 0.99 } },
  // Batch 25 (councils of a kommun and many organisations), scored once before any tuning on it (0.762 with main b723cf0;
  // 0.730 with c176's label corrected afterwards: the chair named by her role also attends); 0.986 after its rules (a list
  // marking the present with ', närvarande', a bare 'Övriga' caption, 'Organ:' ⏎ value, an empty 'Plats' over '§1', '…
  // följande ärenden behandlades:' over the agenda, 'X representerades av …', 'har styrelsens uppdrag att', ', beslutas att'
  // after a proposal sent out, '… till X som ombeds …', 'UPS ordförande Name hälsar välkommen', the adjuster 'jämte
  // ordföranden' no chair). Left: c175's lone '1 Godkännande av dagordningen' (a number without a dot) under 'Välkommen'.
  25: { overall: 0.98, field: 0, perField: { meta: 0.99, att: 0.99, items: 0.95, dec: 0.99, act: 0.99 } },
  // Batch 26 (health-care committees and councils: drug committee protocols, a kommunförbund's board summary on RSS,
  // pensioners' council protocols), scored once before any tuning on it (0.775 with main 5b6e6d1); 0.995 after its rules
  // (an election point whose names stand alone below it, "Name, protokoll", "Möte på X, kl. …", "Tid: 8.30-11-30", a
  // label line "… närvarande enligt ovan." heading no list, a web summary's one heading under its lead, passive tasks
  // with an agent, "ålades X att", staff changes and aims no tasks). Left: c185's "AU skall representera i KPR".
  26: { overall: 0.99, field: 0, perField: { meta: 0.99, att: 0.99, items: 0.99, dec: 0.99, act: 0.96 } },
  // Batch 27 (committee protocols from Word documents, association board protocols on the web), scored once before any
  // tuning on it (0.699 with main 2140400); 0.868 after its rules ('beslutade enhälligt att', 'kap.' before a number, '§ 8
  // b).', attendance in prose and under a numbered 'Närvarande ledamöter voro:', a Word table saved with '|' after each
  // cell, a presence table one cell per line with blank lines between, 'Möte i <forum> 26/9 2018', lettered officers).
  // Left: c196's 'Name Association' rows whose tab was lost, sub-headings under a numbered 'Rapporter' (c196, c197, c201),
  // c199's decimal sub-points (c07's label does not count such points), tasks in c196/c197/c201.
  27: { overall: 0.86, field: 0, perField: { meta: 0.94, att: 0.86, items: 0.85, dec: 0.99, act: 0.38 } },
  // Batch 28 (health and care collaboration: a region's council with the pensioners' organisations in a web meeting
  // system, an R&D unit's steering-group report, a kommun's covid collaboration group's weekly reports), scored once
  // before any tuning on it (0.603 with main 49003f7); 1.000 after its rules (one-line sub-bullets a list in the point, a
  // colon line over the closing bullets the one point with its lead's tasks, a translation notice as furniture, "kommer
  // vi …" after a fronted phrase, "beslutade om att", a subject after "Därefter", "håller på att … skickas", "Name, role,
  // tillfrågas", an apposition before "kommer", "ska vara Name tillhanda senast", "Vid nästa möte … ska"). No participant
  // list in the batch: attendees N/A.
  28: { overall: 0.99, field: 0, perField: { meta: 0.99, items: 0.99, dec: 0.99, act: 0.99 } },
  // Batch 29 (protocols of kommuner's and regions' own bodies in health and social care), scored once before any tuning
  // on it (0.827 with main a2baeb4); 0.901 after its rules (a vice chair's line in an attendance block, the adjuster signed
  // beside the chair under "Justerat den <date>", "Name närvarande som <role>", "Dessutom var Name, …", a letterhead in
  // capitals no label's value, "ska bestå av" no task). Left: c220's one task ("… kommer hållas …", act 0.00), c222's
  // page rendered twice, c218's last bullet cut by the copy. Its first document (c217) was the text of c92 (batch 15) again
  // and was removed: without it 0.783 before, 0.869 after.
  29: { overall: 0.86, field: 0, perField: { meta: 0.99, att: 0.99, items: 0.88, act: 0 } },
  30: { overall: 0.74, field: 0, perField: { meta: 0.89, att: 0.67, items: 0.75, act: 0.49 } },
  // Batch 31 (meetings between organisations in health and social care published as web reports: a disability
  // federation's collaboration council with the region board and its meetings with region politicians, a county
  // association of kommuner's board summaries on region–kommun agreements), scored once before any tuning on it (0.465
  // with main 2460641); 1.000 after its rules (a post's image text under its title, a lead opening with the full date,
  // "Gäst på mötet var …", "Deltagare från X var …", "träffade X politikerna A och B", "beslutades också att", "beslutade
  // om X och att", a publishing date over a title naming the day, bullets under a summary's headed sections, a lead's
  // decisions, a system as the subject of "ska", "enligt fastställd modell", "vill återkomma"). Its second part (c240,
  // c241, two more summaries of the c237 site, labelled after those rules, before any run on them) scored 0.750 (items
  // 0.50, act 0.50 with main e47055e); the eight 0.942, the floors lowered to that level for the two unseen documents.
  // 0.954 (act 0.933) with "lämnas nu över till <a later meeting>" a step. Left: c241's one heading under several lead
  // paragraphs, c240's "Här ska fem ledamöter utses".
  31: { overall: 0.95, field: 0, perField: { meta: 0.99, att: 0.99, items: 0.87, dec: 0.99, act: 0.93 } },
  // Batch 32 (protocols of bodies in health and social care: a parliamentary committee, a kommun's disability and
  // pensioners' councils, two regions' health and care committees in web meeting systems), scored once before any
  // tuning on it (0.655 with main 13e3b13; attendees and actions 0). Three task labels were then corrected to the
  // corpus's conventions for the same layouts (c194's bare "Ärendet bordlades.", c73's "… ska byggas om" under
  // "Beskrivning av ärendet", a requirement in a paragraph on the agreement): 0.806 before tuning with them; 1.000 after
  // its rules (the Riksdag's "N" ⏎ "R" column heads and "O" mark in an attendance annex, one name under "Justeras den
  // <date>", "Ordförande Name återrapporterar/informerar", a short sentence bullet at a web page's points' level).
  // Its second part (c251, c252: a national agency's collaboration group notes, an older page of c248's council),
  // labelled after those rules and scored once before any tuning on it (0.833 with main 13799c1; c251's five tasks
  // missed): all seven 0.944; 0.986 after its rules ("att" between a definite noun and an infinitive is no clause,
  // "Planerar att …"/"Kommer också att …" under an organisation's heading). Left: c251's "… presenteras på
  // Hygiendagarna 2024." (a present passive dated by a year only).
  32: { overall: 0.98, field: 0, perField: { meta: 0.99, att: 0.99, items: 0.99, dec: 0.99, act: 0.74 } },
};
/**
 * Corpus documents the parser may refuse with a clear reason (scored as an empty result); refusing any other document
 * fails below. None today: c57, a city's covid lägesbild page, was refused until the guard took the genre's own words
 * (lägesbild, krisledning) as evidence.
 */
const MAY_BE_REFUSED: Record<string, string> = {};
const corpus = loadCorpus();

describe('real-minutes development corpus', () => {
  it('holds at least 20 documents with a source address and a gold file, none from a reserved host', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    for (const doc of corpus) {
      const host = new URL(doc.url).hostname;
      expect(
        RESERVED_HOSTS.some((h) => host === h || host.endsWith(`.${h}`)),
        doc.id,
      ).toBe(false);
      expect(() => readFileSync(path.join(corpusDir, `${doc.id}.json`), 'utf8'), doc.id).not.toThrow();
    }
  });

  const scoreBatches = (keep: (batch: number) => boolean) =>
    scoreDocuments(
      corpus
        .filter((doc) => keep(doc.batch))
        .map((doc) => ({
          name: doc.id,
          parsed: parseCorpusText(doc.text).parsed,
          goldFile: path.join(corpusDir, `${doc.id}.json`),
        })),
    );

  it(`scores at least ${MIN_OVERALL} overall and ${MIN_FIELD} per field on batches 1-4 with the shared scorer`, () => {
    const { report, overall, fields } = scoreBatches((batch) => batch <= 4);
    expect(overall, report).toBeGreaterThanOrEqual(MIN_OVERALL);
    for (const [field, value] of fields) expect(value, `${field}\n${report}`).toBeGreaterThanOrEqual(MIN_FIELD);
  });

  for (const [batch, min] of Object.entries(BATCH_THRESHOLDS)) {
    const floors = min.perField
      ? Object.entries(min.perField)
          .map(([field, value]) => `${field} ${value}`)
          .join(', ')
      : `${min.field} per field`;
    it(`scores at least ${min.overall} overall and ${floors} on batch ${batch}`, () => {
      const { report, overall, fields } = scoreBatches((b) => b === Number(batch));
      expect(overall, report).toBeGreaterThanOrEqual(min.overall);
      for (const [field, value] of fields)
        expect(value, `${field}\n${report}`).toBeGreaterThanOrEqual(min.perField?.[field] ?? min.field);
    });
  }

  it('refuses no corpus document except the listed ones, and those with their listed reason', () => {
    for (const doc of corpus) {
      const { refused } = parseCorpusText(doc.text);
      if (refused) expect(refused, doc.id).toBe(MAY_BE_REFUSED[doc.id]);
    }
  });

  it('keeps every line of every accepted document somewhere in the result (nothing silently dropped)', () => {
    const documents = [
      ...corpus.filter((d) => parseCorpusText(d.text).refused === null).map((d) => ({ name: d.id, text: d.text })),
      ...loadSamples().map((s) => ({ name: s.name, text: s.text })),
    ];
    for (const { name, text } of documents) {
      const kept = resultWords(parseMinutesText(text));
      for (const line of text.split('\n')) {
        const lost = wordsOf(line).filter((w) => !kept.has(w) && !STRUCTURE_WORDS.has(w));
        expect(lost, `${name}: "${line.trim()}"`).toEqual([]);
      }
    }
  });
});
