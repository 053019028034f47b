import { findAllDates } from '../text/dates.ts';
import { isNameToken, isPersonName } from '../text/names.ts';
import { wordCount } from '../text/lines.ts';
import { splitSentences, tokens } from '../text/sentences.ts';
import type { Action } from '../types.ts';

/** Verbs that commit an actor to something after the meeting ("Föreningen går nu vidare med att utarbeta …": its next step). */
// JavaScript's \b treats å, ä and ö as non-word characters, so word edges are spelled out.
const COMMITMENT =
  /(?<![\p{L}\p{N}])(?:återkommer|återkomma|återrapporterar|återrapportera|återkopplar|återkoppla|tar (?:med (?:sig )?)?frågan(?: vidare)?|tar med sig|tar med (?:\p{Ll}+ ){1,3}(?:till|tillbaka)|ombeds|ombedes|ombads|uppmanas att|åläggs att|ålägges att|ålades att|får i uppgift att|fick i uppgift att|planerar(?: även| också)? (?:att|en|ett)|åtar sig att|följer upp|(?:får|fick|ges|gavs) (?:i )?uppdrag(?:et)? att|har (?:\p{Ll}+s )?(?:i )?uppdrag(?:et)? att|ansvarar för att|tar på sig att|ser till att|bjuder in|skickar ut|kommer att \p{Ll}+|kommer (?:även|också) att \p{Ll}+|kommer \p{Ll}+a|ska \p{Ll}+|skall \p{Ll}+|går (?:nu |därför )?vidare med att \p{Ll}+)(?![\p{L}\p{N}])/iu;
/**
 * Present tense is how minutes assign a task to a named person ("Tiina tar kontakt med …",
 * "Ordföranden skriver … omgående"); these verbs count only with such an owner.
 */
const PRESENT_TASK =
  /(?<![\p{L}\p{N}])(?:tar (?:också |även |nu )?över(?! som)|tar kontakt med|tar reda på|kontaktar|lägger upp|lägger ut|skriver|sammanställer|undersöker|kollar (?:upp|med)|hör (?:med|av)|stämmer av|sätter ihop|tittar vidare på|bokar|kallar till|mejlar|mailar|skickar|tar fram|förbereder|bevakar|försöker|fixar|ordnar|beställer)(?![\p{L}\p{N}])/iu;
const ROLE_OWNER = /^(?:ordföranden|ordförande|sekreteraren|kassören|sammankallande|mötesledaren)$/i;
/** A committee as subject and a verb of deciding: "Nämnden ska fastställa …", "Kommunstyrelsen ska yttra sig …". */
const OWN_DECISION =
  /^(?:\p{Lu}[\p{L}-]*(?:nämnden|styrelsen|fullmäktige|utskottet|direktionen)|nämnden|styrelsen) (?:ska|skall) (?:godkänna|besluta|fastställa|anta|yttra|ta ställning|behandla|utse|välja)$/u;
/** A speaker's claim: what follows "hävdar/menar/anser … att" is what they hold true, not what anyone will do. */
const CLAIM =
  /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2} (?:hävdar|menar|anser|påpekar|framhåller|betonar|tycker)(?: \([^()]{1,30}\))? att /u;
/** The body whose minutes these are, in lower case ("styrelsen", "arbetsgruppen"): an actor. */
const BODY_SUBJECT =
  /^(?:styrelsen|\p{Ll}*gruppen|nämnden|rådet|förvaltningen|kansliet|sekretariatet|presidiet|utskottet|förbundet|föreningen|nätverket)$/u;
/** "… till nästa möte": work that goes on towards a later meeting. */
const TOWARDS_NEXT = /(?<![\p{L}])(?:arbetar|jobbar) vidare med\b(?=.*\b(?:nästa|kommande) (?:möte|sammanträde))/iu;
const RULE_HEAD = /^(?:denna|detta|dessa|den|det|genom|med|för|inom|under|efter|vid|i|på|enligt|sedan)$/i;
const RULE_SUBJECT = /^(?:denna|detta|dessa|den|det|genom|med|för|inom|under|efter|vid|i|på|enligt)\s/i;
/**
 * "Rapporten ska bygga på …", "Rutinen ska revideras …", "Utjämningssystemet ska stå på egna ben …": a document, a
 * system or a model as the subject states a rule or a view, not a task.
 */
const DOCUMENT_SUBJECT =
  /^(?:rapporten|protokollet|dokumentet|underlaget|planen|rutinen|riktlinjen|riktlinjerna|policyn|avtalet|anteckningarna|minnesanteckningarna|handlingarna|budgeten|mallen|texten|enkäten|\p{L}*systemet|\p{L}*modellen)$/iu;
/**
 * "Carin deltar 17/9.", "Anna ringer upp kommunen till nästa möte": a named person, a verb in the
 * present tense and a later date or the next meeting make a task, whatever the verb.
 */
// The verb ends at a letter edge spelled out: \b would end "fr" inside "från" (å is no word character).
const PERSON_PRESENT = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}) (\p{Ll}+(?:ar|er|r))(?![\p{L}])(.*)$/u;
/** Verbs of state, speech verbs (a proposal or report in the meeting is no task) and quantifiers: "Vissa restriktioner har en bortre tidsgräns (den 24 januari)". */
const NOT_A_DEED =
  /^(?:har|är|blir|finns|gäller|ligger|kan|ska|skall|får|måste|behöver|vill|verkar|innebär|handlar|avser|omfattar|kommer|för|inför|efter|under|över|eller|där|här|mer|per|bakom|utanför|föreslår|yrkar|anser|menar|tycker|påpekar|konstaterar|framför|berättar|informerar|redogör|rapporterar|understryker)$/;
/**
 * "Anmälan sker senast den 1 oktober", "Utbildningen startar 5/10", "Överklagandetiden utgår den 25/5": a thing,
 * not a person, as the subject.
 */
const NOUN_SUBJECT =
  /^(?:\p{L}+(?:ning|ningen|else|elsen|het|heten|tion|tionen|ande|andet|ende|endet|tiden|perioden|fristen)|anmälan|ansökan|begäran|inbjudan|önskan)$/iu;
const QUANTIFIER = /^(?:vissa|alla|några|många|flera|andra|båda|samtliga|övriga|de|dessa)\b/i;
/** "… till nästa möte", "… till nästa gång". */
const TO_NEXT_MEETING = /\b(?:till|på|vid|inför) (?:nästa|kommande) (?:\p{Ll}*möte|sammanträde|träff|gång|tillfälle)/iu;
/** "Frågan återkommer på nästa möte": a question, not an actor, comes back; a deferral without an owner. */
const DEFERRED_SUBJECT =
  /^(?:frågan|ärendet|punkten|temat|ämnet|diskussionen)(?: (?:om|kring|gällande|angående) [^,.]{1,80})?$/i;
/** "… av Petra Lind till nästa möte", "… av sekreteraren senast 15/4": a time after the agent. */
const AGENT_TAIL = String.raw`(?: (?:till|inför|på|vid) (?:nästa|kommande) (?:\p{Ll}*möte|sammanträde|träff)| senast [^.,]{1,30})?`;
/**
 * "Påminnelse … skickas av Victor", "Datorerna uppdateras innevarande vecka av Lena och Kjell": a task
 * in the present passive with named agents at the end.
 */
const SENT_BY = new RegExp(
  String.raw`(?<![\p{L}])(?:skickas (?:ut )?|\p{Ll}{3,}eras (?:[^.,]{0,40} )?)av (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?: och \p{Lu}\p{Ll}+)?)${AGENT_TAIL}\s*\.?$`,
  'u',
);
/** "En återrapportering ska ske … senast den 25 mars": a task with a date even without an owner. */
const DATED_DUTY = /(?<![\p{L}])(?:ska|skall|kommer att) \p{Ll}+.*\bsenast\b/iu;
/**
 * Its last part alone, tested first: without a "senast" DATED_DUTY ran to the line's end and back from every "ska"
 * (a third of the parse of a long line of repeated clauses).
 */
const DATED_DUTY_END = /\bsenast\b/iu;
/**
 * Passive deferrals and sendings: the owner is not named. After a fronted phrase the subject stands between
 * "kommer" and "att" ("Under hösten kommer förfrågningar att gå ut till …"). "Handlingsplanen kommer att uppdateras",
 * "IVO kommer att bjudas in": a deed someone will do to the subject (not "Sektionen kommer att upplösas", what will
 * happen to it); with "ska" such a sentence may state a rule ("Rutinen ska revideras vartannat år"), so only "kommer att".
 * "Frågan bordlades och hänsköts till ett extra sammanträde 15/4": a question referred to a later meeting, as is "Punkten
 * flyttas för behandling vid kommande direktionssammanträde" (moved to a coming meeting, not within this one).
 */
const PASSIVE =
  /(?<![\p{L}\p{N}])(?:(?:flyttas|skjuts upp|senareläggs) (?:[^.]{0,40} )?(?:till|vid|på|inför) (?:nästa|kommande|ett senare) \p{Ll}*(?:möte|sammanträde)|tas (?:med|upp|vidare)|diskuteras vidare|bordläggs|hänsk(?:j)?(?:uts|öts) till|skickas (?:till|ut till|via|ut)|tas med till|lämnas (?:nu |därefter |sedan )?(?:över|vidare) till|(?:kommer att|ska|skall) gå ut|kommer (?:\p{Ll}+ ){1,2}att gå ut|(?:kommer att|ska|skall) (?:diskuteras|behandlas|tas upp|följas upp|utredas|återrapporteras|cirkuleras|distribueras|spridas|mejlas|delas ut|delas till|återupptas|påbörjas|ses över|tas fram|inventeras|kartläggas|sammanställas|bokas|skickas ut)|kommer att (?:skickas|uppdateras|revideras|kompletteras|bjudas in|kontaktas|sammanställas|publiceras|utvärderas|presenteras|anställas|rekryteras|tillsättas|utses|tillfrågas|informeras|kallas))(?![\p{L}\p{N}])/iu;
/**
 * "Martin Engström, hälso- och sjukvårdsdirektör, tillfrågas", "Anna Berg kontaktas om …": a person to be asked or
 * invited, in the present passive; someone not named does it after the meeting.
 */
const ASKED_PERSON =
  /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:, [^.]{1,100})? (?:tillfrågas|kontaktas|bjuds in|inbjuds)(?: (?:om|att|till|för) [^.]{1,100})?\.?$/u;
/** "Urval skall vara Anna tillhanda senast 8/12", "Svaren ska vara inne senast …": a deadline for delivering something. */
const DELIVERED_BY =
  /(?<![\p{L}])(?:ska|skall) vara (?:[^.]{1,60} )?(?:tillhanda|inne|inlämnad|inlämnat|inlämnade|inkommen|inkommet|inkomna) senast(?![\p{L}])/u;
/**
 * "Vid nästa möte den 8 december ska planeringen … sättas": what is put to the next meeting, a fronted phrase before
 * "ska", is a deferral to it.
 */
const NEXT_MEETING_FRONTED =
  /^(?:Vid|På|Till|Inför) (?:nästa|kommande) (?:\p{Ll}*möte|sammanträde|träff)(?![\p{L}])[^.]{0,60}?\s(?:ska|skall)\s/u;

/**
 * A protocol's distribution list ("Beslutet skickas till", "Protokollsutdrag till") and the notes' own ("Minnesanteckningarna
 * skickas till alla deltagare") are not tasks.
 */
const DISTRIBUTION =
  /^(?:beslutet|protokollet|protokollsutdrag(?:et)?|utdrag(?:et)?|expedieras|expediering|anteckningarna|minnesanteckningarna|mötesanteckningarna)(?![\p{L}])/iu;
const OWN_ATTACHMENTS =
  /\bskickas (?:med|ut separat|ut med)|\bbifogas\b|\bsom bilaga\b|\bmed anteckningarna\b|\bmed protokollet\b/i;
/**
 * "Kommunen ska verka för att öka tryggheten", "Polis och kommun ska genom samverkan arbeta aktivt för att …": an aim
 * of a plan or an agreement, not a task done after the meeting.
 */
const AIM =
  /^(?:ska|skall|kommer att) (?:[\p{Ll} ]{0,40} )?(?:verka|sträva|arbeta aktivt) (?:för|efter|mot)(?![\p{L}])/u;
const STATE_VERBS =
  /(?<![\p{L}\p{N}])(?:(?:ska|skall) (?:ha|gå ut)|(?:ska|skall|kommer(?: att)?|kommer (?:också|även) att) (?:vara|ha (?:sin|sina|sitt|kvar)|finnas|gälla|bestå av|utgöras av|kunna|bli|få|bidra|ingå|troligen|sannolikt|nog|inte|ej|också(?! att)|även(?! att)|kanske|behöva|råda|ligga|omfatta|innebära|handla|märkas|synas|som|äga rum|hållas|alltid|aldrig|normalt))(?![\p{L}\p{N}])/iu;
const SUBORDINATE = new Set([
  'som',
  'att',
  'om',
  'när',
  'eftersom',
  'då',
  'ifall',
  'hur',
  'vad',
  'vilka',
  'vilken',
  'vem',
  'där',
  'risken',
  'innan',
  'medan',
  'tills',
  'så',
]);
/**
 * A note opening with its verb: the future, or a sending or report-back in the present tense; under an organisation's
 * heading "Planerar att …", "Kommer också att …" (the heading's organisation the subject).
 */
const SUBJECTLESS =
  /^(?:(?:ska|skall|kommer att|kommer (?:även|också) att|planerar (?:(?:även|också) )?att) \p{Ll}|(?:skickar ut|återkommer|återrapporterar|återkopplar|bjuder in) )/iu;
const PRONOUN = new Set(['vi', 'jag', 'man', 'han', 'hon']);
const DEADLINE = /\bsenast\b/i;
/** Substrings every cue contains; checking them first keeps the Unicode-aware regexes off most sentences. */
const CUE_HINTS = [
  'gå ut',
  'åtar sig',
  'ansvarar för att',
  'tar på sig',
  'ser till att',
  'följer upp',
  'uppdra',
  'uppdrog',
  'delegera',
  'återk',
  'återr',
  'tar ',
  'ombeds',
  'ombedes',
  'ombads',
  'uppmanas',
  'uppgift',
  'bevakar',
  'planerar',
  'uppdrag',
  'bjuder',
  'skick',
  'lämnas',
  'kommer',
  'ska ',
  'skall ',
  'tas ',
  'diskuteras',
  'bordläggs',
  'hänsk',
  'flyttas',
  'skjuts upp',
  'senareläggs',
  'kontakt',
  'lägger',
  'skriver',
  'sammanställer',
  'undersöker',
  'kollar',
  'bokar',
  'kallar',
  'mejlar',
  'fram',
  'förbereder',
  'försöker',
  'fixar',
  'ordnar',
  'beställer',
  'eras ',
  'vidare',
  'ålad',
  'åläg',
  'ber ',
  'bad ',
  'hör ',
  'mailar',
  'stämmer av',
  'sätter ihop',
  'tittar vidare',
  'bokas',
  'kallas',
  'mejlas',
  'mailas',
  'ordnas',
  'beställs',
  'sammanställs',
  'förbereds',
  'undersöks',
  'utreds',
  'bevakas',
];

/** "08:15 Beslut: …", "Åtgärd: …": a row marked as a decision or task (a log's time first). */
const MARKED_ROW = /^(?:\d{1,2}[:.]\d{2}\s+)?(?:beslut|åtgärd|uppdrag)\s*:/i;
/** "Ansvarig: Anna Berg", "Ansvar: Bo Ek", "Ansvariga: A och B": who does the task beside it. */
export const OWNER_SENTENCE = /^(?:ansvarig(?:a)?|ansvar)\s*:\s*(\p{Lu}[^.:;]{1,80}?)\.?$/iu;
/** "Bo Ek, klart till 15/3", "Anna Berg, senast 1/4": an owner line's deadline after the name. */
const OWNER_DEADLINE = /,\s*(?:klart|klar|senast|deadline|datum|till)(?![\p{L}])/iu;
/** "Ta fram förslag på nyckeltal (ansvarig: Per Lind).": the owner in parentheses after the task. */
const OWNER_PAREN = new RegExp(
  String.raw`\((?:[Aa]nsvarig|[Aa]nsv\.|[Aa]nsvar)\s*:?\s*(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){0,2}(?:(?:, | och )\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){0,2}){0,3})\)\.?$`,
  'u',
);

/** The owner line's name, and the deadline written after it ("Bo Ek, klart till 15/3"). */
function ownerLine(value: string): { owner: string; due: string | null } {
  const cut = OWNER_DEADLINE.exec(value);
  return cut ? { owner: value.slice(0, cut.index), due: value.slice(cut.index) } : { owner: value, due: null };
}
/**
 * "Status: Klar.", "Status: Pågår, redovisas i juni.": an earlier task reported on (done, under way or not yet
 * started), not one the meeting gives; "Status: Ny" or "Kvarstår" leaves it a task.
 */
const REPORTED_STATUS =
  /^status\s*:\s*(?:klar|klart|avklarad|avslutad|avslutat|genomförd|genomfört|stängd|pågår|pågående|påbörjad|påbörjat|(?:ej|inte) påbörjad|(?:ej|inte) påbörjat|(?:ej|inte) startad)(?![\p{L}])/iu;
const DUE_SENTENCE = /^(?:klart|klar|senast|deadline|klart till)\s*:\s*(.{1,40}?)\.?$/iu;
/**
 * "Uppdrag:", "Åtgärd:", "Att göra:" before a task; "Uppdrag till Nora Vik:", "Uppdrag åt förvaltningen:" name its owner;
 * "Till nästa möte: alla läser …" is what is to be done by then.
 */
const TASK_MARKER =
  /^(?:(?:uppdrag|åtgärd|åtgärder|att göra|actions?|aktivitet)(?: (?:till|åt) (?!nästa |kommande |den |mötet)(\p{L}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}))?|till (?:nästa|kommande) (?:möte|gång|träff))\s*:\s*(?=\S)/iu;
/** "Åtgärd: ingen.", "Uppdrag: –": the marker with nothing to do. */
const NOTHING_MARKED = /^(?:ingen|inget|inga|nej|[-–—])(?![\p{L}])/iu;
/** "Till nästa möte: alla läser igenom …": everyone. */
const EVERYONE = /^(alla|samtliga)(?![\p{L}])/iu;

function leadingPerson(text: string): string | null {
  const words = tokens(text).slice(0, 4);
  for (let n = Math.min(3, words.length); n >= 1; n--)
    if (personOwner(words.slice(0, n))) return words.slice(0, n).join(' ');
  return null;
}

interface Sentence {
  text: string;
  speaker: string | null;
  /** Agreement terms or a case's background: a paragraph on an agreement, or under "Ärendebeskrivning"/"Bakgrund". */
  terms?: boolean;
  /** An "Ansvarig: X" line of its own. */
  ownerLine?: boolean;
  /** Under a "… förslag till beslut" heading: what is proposed to the meeting, no task of anyone yet. */
  proposal?: boolean;
}

/** "SKR/Socialstyrelsen: …" names who speaks for the rest of the paragraph. */
function speakerOf(paragraph: string): string | null {
  const m = /^([^\s:]{2,40}(?: [^\s:]{1,30}){0,2}):\s/.exec(paragraph);
  return m && /^[\p{Lu}]/u.test(m[1]!) ? m[1]! : null;
}

/** A protocol's sub-heading over the case's background or the proposal, not over what the meeting did. */
const BACKGROUND_HEADING =
  /^(?:ärendebeskrivning|ärendet|bakgrund|beskrivning av ärendet|sammanfattning(?: av ärendet)?|(?:[\p{L}-]+ ){0,4}förslag till beslut)$/iu;
/** A paragraph opening with another sub-heading of the paragraph (its text may run on after it): the proposal ended. */
const SECTION_START =
  /^(?:ärendebeskrivning|ärendet|bakgrund|beskrivning av ärendet|sammanfattning|beslutsunderlag|handlingar|yrkanden?|bilagor|beslut|reservation|protokollsanteckning)(?![\p{L}])/iu;
/** A paragraph opening with a proposal heading, its numbered clauses run on after it ("… förslag till beslut 1. …"). */
const PROPOSAL_FIRST_LINE = /^(?:[\p{L}-]+ ){0,4}förslag till beslut(?=$|:|\s)/iu;
const OTHER_SUBHEADING =
  /^(?:beslut|beslutsunderlag|handlingar|yrkanden?|propositionsordning|bilagor|reservation|protokollsanteckning|överläggning|diskussion|beslutet skickas till|expedieras(?: till)?)$/i;
/**
 * "Enligt avtalet ska kommunen …", "Avtalet reglerar också …": a paragraph that speaks of the agreement (definite: not
 * "en regional samverkansöverenskommelse" still to be made) states its terms.
 */
const AGREEMENT =
  /(?<![\p{L}])(?:\p{L}*avtalet|\p{L}*avtalets|\p{L}*överenskommelsen|\p{L}*överenskommelsens|enligt avtal)(?![\p{L}])/iu;

export function toSentences(paragraphs: readonly string[]): Sentence[] {
  let background = false;
  let proposal = false;
  return paragraphs.flatMap((p) => {
    const heading = p.trim().replace(/:$/, '');
    // "Äldre- och omsorgsnämndens förslag till beslut" ⏎ "1. …" ⏎ "2. …": a proposal heading may name a long body and
    // have its numbered clauses in the same paragraph.
    const firstLine = heading.split('\n', 1)[0]!.replace(/:$/, '');
    const proposed = PROPOSAL_FIRST_LINE.test(firstLine.slice(0, 120));
    if ((heading.length <= 80 && BACKGROUND_HEADING.test(heading)) || proposed) background = true;
    else if (heading.length <= 40 && OTHER_SUBHEADING.test(heading)) background = false;
    if (proposed) proposal = true;
    else if (SECTION_START.test(firstLine)) proposal = false;
    const speaker = speakerOf(p);
    const terms = background || (p.length <= 3000 && AGREEMENT.test(p));
    const ownerLine = OWNER_SENTENCE.test(p.trim());
    return splitSentences(p).map((text) => ({ text, speaker, terms, ownerLine, proposal }));
  });
}

/** "Frågan om X tas upp": "om" after a definite noun is a preposition, not "if". */
function isPreposition(lower: readonly string[], k: number): boolean {
  return lower[k] === 'om' && k > 0 && /(?:an|en|et|na|erna|arna)$/.test(lower[k - 1]!);
}

/** "Resultatet håller på att sammanställas": the "att" of "håller på att" marks an infinitive, not a clause. */
function isProgressive(lower: readonly string[], k: number): boolean {
  return lower[k] === 'att' && lower[k - 1] === 'på' && /^(?:håller|höll)$/.test(lower[k - 2] ?? '');
}

function isActorWord(word: string): boolean {
  if (/^(?:Region|Länsstyrelsen|Landstinget)$/.test(word)) return true;
  if (/^[A-ZÅÄÖ]{2,}(?:[/-][\p{L}]+)?$/u.test(word)) return true;
  // "SoS", "FoU", "FoHM": an organisation's acronym with lower-case letters inside.
  if (/^\p{Lu}\p{Ll}?\p{Lu}[\p{Lu}\p{Ll}]{0,3}$/u.test(word)) return true;
  if (isNameToken(word)) return true;
  return /^\p{Lu}\p{Ll}+(?:na|et|en)$/u.test(word);
}

/**
 * "Förslaget vid förra mötet att bjuda in IVO … skjuts upp": "att" between a definite noun and an infinitive (-a) marks the
 * noun's infinitive phrase, not a clause.
 */
function isNounInfinitive(lower: readonly string[], k: number): boolean {
  return (
    lower[k] === 'att' && k > 0 && /(?:et|en|an)$/.test(lower[k - 1]!) && /^\p{Ll}{2,}a$/u.test(lower[k + 1] ?? '')
  );
}

/** The words before the commitment must be a short subject, not a subordinate clause or a forecast. */
function ownerOf(sentence: Sentence, cueAt: number, passive: boolean): { ok: boolean; owner: string | null } {
  // "Uppföljning: Ahmed återkommer …": the subject starts after a label's colon.
  const colon = sentence.text.lastIndexOf(': ', cueAt);
  const from = colon > 0 && !/[,.]/.test(sentence.text.slice(0, colon)) ? colon + 2 : 0;
  const prefix = tokens(sentence.text.slice(from, cueAt).replace(/[,:;]/g, ' '));
  const lower = prefix.map((w) => w.toLowerCase());
  const last = lower[lower.length - 1];
  // "vi ska …" commits the speaker, unless it sits in a subordinate clause ("… hur vi ska nå ut").
  if (last !== undefined && PRONOUN.has(last)) {
    return { ok: !lower.slice(-3, -1).some((w) => SUBORDINATE.has(w)), owner: sentence.speaker };
  }
  if (passive)
    return {
      ok: !lower.some(
        (w, k) =>
          SUBORDINATE.has(w) && !isPreposition(lower, k) && !isProgressive(lower, k) && !isNounInfinitive(lower, k),
      ),
      owner: null,
    };
  // "Ska kolla på lokal imorgon.", "Skickar ut information om processen.": a note without its subject commits the
  // group that takes the notes.
  if (prefix.length === 0) return { ok: SUBJECTLESS.test(sentence.text), owner: null };
  // "Sofie: Halmstad – ingen uppdatering, återkommer via mejl.": a clause without its subject after a comma, in a
  // speaker's note, commits the speaker.
  const comma = sentence.text.lastIndexOf(',', cueAt);
  if (
    sentence.speaker &&
    comma >= 0 &&
    sentence.text.slice(comma + 1, cueAt).trim() === '' &&
    SUBJECTLESS.test(sentence.text.slice(comma + 1).trimStart())
  )
    return { ok: true, owner: sentence.speaker };
  // "Anna Berg och Per Holm planerar att …": coordinated actors.
  if (
    prefix.length > 4 &&
    prefix.length <= 9 &&
    isActorWord(prefix[0]!) &&
    prefix.every((w) => isActorWord(w) || w === 'och' || w === 'samt')
  ) {
    return { ok: true, owner: prefix.join(' ') };
  }
  // "Forskaren Harald Gegner, doktorand i socialt arbete vid …, kommer leda …": a person with an apposition between
  // commas before the verb.
  const apposition = /^([^,]{2,60}), [^,]{1,80}, ?$/u.exec(sentence.text.slice(0, cueAt));
  if (apposition) {
    const subject = tokens(apposition[1]!);
    if (subject.length <= 4 && isPersonName(subject.slice(-2).join(' '))) return { ok: true, owner: apposition[1]! };
  }
  if (prefix.length > 0 && prefix.length <= 4 && !lower.some((w) => SUBORDINATE.has(w))) {
    const head = prefix[0]!;
    // "Denna ska överlämnas …" states a rule about a document, not a task.
    // "Den gemensamma arbetsgruppen ska presentera …": a determiner and an adjective before a body or an office.
    if (/^(?:den|det|de)$/i.test(head) && prefix.length >= 3 && UNIT_OWNER.test(prefix[prefix.length - 1]!))
      return { ok: true, owner: prefix.join(' ') };
    const ok =
      !RULE_HEAD.test(head) &&
      !(prefix.length === 1 && DOCUMENT_SUBJECT.test(head)) &&
      (head.toLowerCase() === 'de' || PRONOUN.has(head.toLowerCase()) || isActorWord(head));
    return { ok, owner: ok ? prefix.join(' ') : null };
  }
  // Coordinated commitments ("X ställer sig positiva … och kommer att …") keep the sentence subject: its actor words
  // from the start, "och" between two of them included ("Maria och Lena tittar … och återkommer", "Rektor Anna Palm …").
  const first = prefix[0];
  if (first && isActorWord(first) && last === 'och') {
    let n = 1;
    while (n < prefix.length - 1 && (isActorWord(prefix[n]!) || (prefix[n] === 'och' && isActorWord(prefix[n + 1]!))))
      n += prefix[n] === 'och' ? 2 : 1;
    return { ok: true, owner: prefix.slice(0, n).join(' ') };
  }
  return { ok: false, owner: null };
}

/** "… till samtliga styrelsemedlemmar som ": the recipients named before a relative "som". */
const ASKED_RELATIVE = /(?<![\p{L}])(?:till|åt) ((?:\p{L}[\p{L}-]* ){0,2}\p{L}[\p{L}-]*) som $/u;

/** "Styrelsen uppdrar Anna och Bo att …": the actors named after the verb own the task. */
const ASSIGNED =
  /(?<![\p{L}])(?:uppdrar|uppdrog|uppdras) (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?(?:(?:, | och | samt )\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?){0,4}) att /u;

/** "Delegationen … delegerar till ordföranden att bevaka frågan", "uppdrar åt kansliet att …": the delegate owns it. */
const DELEGATED =
  /(?<![\p{L}])(?:delegerar|delegerade|delegeras|uppdrar|uppdrog|[Uu]ppdrogs|[Uu]ppdras) (?:till|åt) (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?|ordföranden|sekreteraren|\p{Ll}*(?:förvaltningen|gruppen|nämnden|kontoret|rådet|nätverket|utskottet|styrelsen|chefen|direktören)|kansliet|sekretariatet|presidiet) att /u;
/**
 * "Styrelsen uppdrar till Marianne S och Gunilla J att redigera skrivelsen": several delegates, named by a first name
 * and the initial of the surname as board members call each other.
 */
const DELEGATED_TO_NAMES =
  /(?<![\p{L}])(?:delegerar|delegerade|uppdrar|uppdrog|[Uu]ppdras) (?:till|åt) (\p{Lu}\p{Ll}+(?: \p{Lu}(?:\p{Ll}+)?\.?)?(?:(?:, | och | samt )\p{Lu}\p{Ll}+(?: \p{Lu}(?:\p{Ll}+)?\.?)?){1,4}) att /u;

/**
 * "Gruppen ger Anna Berg i uppdrag att kontakta …", "… gav förvaltningen i uppdrag att …", "Efter diskussion fick Lena Ek i
 * uppdrag att …" (a fronted phrase puts the subject after "fick"): the one given the task owns it.
 */
const GIVEN_TASK =
  /(?<![\p{L}])(?:ger|gav|ges|får|fick) (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?|ordföranden|ordförande|sekreteraren|sekreterare|kassören|kassör|förvaltningen|kansliet|sekretariatet|förbundschefen|direktören|arbetsgruppen|valberedningen) (?:i )?uppdrag(?:et)? att /u;
/** "Efter redovisningen ålades varje grupp att inlämna …", "Kassören åläggs att …": the one enjoined owns the task. */
const ENJOINED =
  /(?<![\p{L}])(?:ålades|åläggs|ålägges) ((?:varje|respektive|alla|samtliga) \p{Ll}+|\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?|ordföranden|sekreteraren|kassören|styrelsen|gruppen|arbetsgruppen) att /u;
/**
 * "Tips om andra program kommer att följas upp av kassören": a deed in the passive future with its agent, a meeting
 * role or a named person, at the end (not a body's procedure: "Årsredovisningen ska godkännas av fullmäktige").
 */
// "En handlingsplan ska tas fram av Helena Sjö"; in the present only a deed's verb ("Ny tid bokas av Bo Ek", "Inbjudan
// skickas ut av sekreteraren"), not "Ärendet föredras av …" or "Protokollet justeras av …".
const PASSIVE_AGENT = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:kommer att|ska|skall) (?:tas|\p{Ll}{3,}as)|bokas|skickas|mejlas|mailas|kallas|ordnas|beställs|sammanställs|förbereds|undersöks|utreds|bevakas|tas)(?: (?:upp|ut|in|fram))? av (ordföranden|sekreteraren|kassören|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})${AGENT_TAIL}\.?$`,
  'u',
);
/** The person or meeting role a passive task names as its agent ("… ska sammanställas av sekreteraren senast 15/4"). */
function passiveAgent(text: string): string | null {
  const agent = PASSIVE_AGENT.exec(text);
  return agent && (ROLE_OWNER.test(agent[1]!) || isPersonName(agent[1]!)) ? agent[1]! : null;
}
/** "… där det skall inledas en granskning", "Det kommer att tillsättas en arbetsgrupp": an impersonal passive step. */
const IMPERSONAL_PASSIVE = /(?<![\p{L}])det (?:ska|skall|kommer att) \p{Ll}{3,}as (?:en|ett) \p{Ll}/iu;
/** "Kommunernas inflytande ska öka genom att …", "Andelen ska minska till …": a change aimed at, no one's deed. */
const CHANGE_AIM =
  /^(?:ska|skall|kommer att) (?:öka|minska|växa|sjunka|stiga)(?=[.,;]|$| (?:genom|med|till|i|under|för|på|från|och|de (?:närmaste|kommande)|kraftigt|något|successivt|betydligt|markant|framöver)(?![\p{L}]))/u;
/**
 * "varje månad", "löpande", "enligt fastställd beräkningsmodell": a routine; "återkommer ofta till …", "Frågan återkommer
 * ofta i diskussionerna": a recurrence.
 */
const HABITUAL =
  /(?<![\p{L}])(?:(?:varje|varannan|var tredje) (?:dag|vecka|månad|år|termin|kvartal|möte)|löpande|kontinuerligt|regelbundet|årligen|månadsvis|ofta|ständigt|ibland|emellanåt|enligt (?:fastställd|fastställda|fastställt|gällande|befintlig|befintliga|ordinarie) \p{Ll}+)(?![\p{L}])/iu;
/** "efter mötet", "till nästa möte": a time after this meeting. */
const AFTER_MEETING =
  /(?<![\p{L}])(?:efter (?:dagens )?mötet|(?:till|inför) (?:nästa|kommande) (?:\p{Ll}*möte|sammanträde))(?![\p{L}])/iu;
/** "Synpunkter lämnas senast tisdag 28/4 till …": a duty in the present passive with a deadline, without an owner. */
// "Synpunkter lämnas till Ulla Berg senast 31 mars": the receiver may stand between the verb and "senast".
const DATED_PASSIVE = /(?<![\p{L}])\p{Ll}{3,}as (?:[^.]{1,60} )?senast (?=[^.]*\d)/u;
/**
 * "Ärendet följs upp i utskottet den 14 september", "Återrapporteras 13/12": a follow-up in the present passive with a
 * date after the meeting's is a deferral without an owner (a short subject: not a proposal's "Åtgärder till följd av
 * granskningen återrapporteras …"); right after a task it is that task's deadline.
 */
const FOLLOW_UP_PASSIVE = /^(?:\p{L}+ ){0,2}(?:följs upp|återrapporteras|redovisas|tas upp igen)(?![\p{L}])/iu;
/**
 * "Rapporten publiceras under hösten", "Enkäten skickas ut inom kort", "Resultatet presenteras på nästa möte": a deed in
 * the present passive set in a coming season, soon or at the next meeting is done after the meeting by someone not named (a short subject, a deed's verb: not "Utbildningen
 * startar …", what happens).
 */
const SCHEDULED_PASSIVE =
  /^(?:\p{L}+ ){1,4}(?:publiceras|presenteras|redovisas|skickas ut|sammanställs|genomförs|utvärderas|följs upp|tas fram|bjuds in|inbjuds|kallas)(?: [^.]{0,40})? (?:under (?:hösten|våren|sommaren|vintern)|i (?:höst|vår|sommar|vinter)|inom kort|under (?:nästa|kommande) (?:vecka|månad|år)|(?:på|vid|till|inför) (?:nästa|nästkommande|kommande) (?:\p{Ll}*möte|sammanträde|träff))(?![\p{L}])/iu;
/**
 * "Skrivelsen skickas måndag 18/1 som mail med läskvitto": a sending in the present passive on a day after the meeting
 * is a task without an owner (not the minutes' own attachments, nor the minutes themselves).
 */
const SENT_ON_DAY = /^(?:\p{L}+ ){1,3}(?:skickas|sänds|mejlas|mailas|postas)(?: ut)?(?![\p{L}])/iu;
/**
 * "Handlingen läggs ut på hemsidan", "Presentationen publiceras på webbplatsen": material published after the meeting by
 * someone not named (not the minutes themselves: "Protokollet läggs ut på hemsidan" distributes these notes).
 */
const PUBLISHED_PASSIVE =
  /^(?:\p{L}+ ){1,3}(?:läggs (?:ut|upp)|publiceras) (?:på|i) (?:\p{L}+ ){0,2}(?:hemsidan|webben|webbplatsen|intranätet|nätet|teams)(?![\p{L}])/iu;
const OWN_MINUTES_SUBJECT = /^(?:protokollet|protokollen|anteckningarna|minnesanteckningarna|mötesanteckningarna)\s/i;
const FOLLOW_UP_TAIL = /^(?:återrapporteras|redovisas|följs upp|återrapport|återrapportering)(?![\p{L}])[^.]{0,60}\d/iu;
/**
 * "Nästa tillfälle fortsätter vi med denna", "Vi tar upp frågan igen på nästa möte": the group defers the point;
 * "Information, beslut nästa regionstyrelse." (information now, the decision at the body's next meeting; a clause of its
 * own, not "… klart för beslut vid nästa möte") as well.
 */
const CONTINUED_NEXT_TIME =
  /(?<![\p{L}])(?:nästa (?:tillfälle|möte|gång|träff),? (?:fortsätter|tar) vi|vi (?:fortsätter|tar upp)[^.]{0,60}(?:nästa|kommande) (?:tillfälle|möte|gång|träff)|(?:^|(?<=[,;:–] ))beslut (?:fattas |tas )?(?:på |vid |i )?(?:nästa|kommande) (?:möte|sammanträde|\p{L}*(?:styrelse|nämnd|fullmäktige|rådet?|utskott)\p{L}*))(?![\p{L}])/iu;

/**
 * "Fem motioner går nu vidare till regionfullmäktige för beslut", "Ärendet skickas vidare till kommunstyrelsen för
 * yttrande": a matter sent on to another forum for its decision is a deferral without an owner.
 */
const SENT_ON =
  /(?<![\p{L}])(?:går|skickas|lämnas|överlämnas|förs) (?:nu |därmed |sedan )?vidare till (?:\p{Ll}+ ){0,2}\p{L}*(?:fullmäktige|styrelsen|styrelse|nämnden|nämnd|utskottet|rådet|beredningen|direktionen) för (?:beslut|ställningstagande|yttrande|behandling|fastställande)(?![\p{L}])/iu;

/** The actor (one to three capitalised words) named right after "och"/"samt"/a comma, before the cue. */
const GOT_AFTER_CONJUNCTION = /(?:,| och| samt) (\p{Lu}[\p{L}:-]*(?: \p{Lu}[\p{L}-]*){0,2}) $/u;

/** A named person ("Tiina", "Per F Pettersson") or a meeting role ("Ordföranden") as the clause subject. */
function personOwner(words: readonly string[]): boolean {
  if (words.length === 1 && ROLE_OWNER.test(words[0]!)) return true;
  // "Temagrupperna tar fram …", "Kommunerna sammanställer …": a plural definite noun is a group at its ongoing work.
  if (words.length === 1 && /\p{Ll}(?:erna|arna|orna)$/u.test(words[0]!)) return false;
  return (
    words.length >= 1 &&
    words.length <= 3 &&
    isNameToken(words[0]!) &&
    // "Marianne S", "Maria HM": a first name and the initials board members call each other by.
    words.every((w) => isNameToken(w) || /^\p{Lu}{1,2}\.?$/u.test(w))
  );
}

/**
 * The clause holding the cue: "Kopiera upp …, Tiina tar med sig …" starts after the last comma, "Underlag från
 * vårdcentralerna - Per tar reda på mer" after a spaced dash, "Beslut: Ulf och Berit tar fram …" after a label's colon.
 */
function clauseFrom(text: string, cueAt: number): number {
  const comma = text.lastIndexOf(',', cueAt);
  const dash = Math.max(text.lastIndexOf(' - ', cueAt), text.lastIndexOf(' – ', cueAt));
  const colon = text.lastIndexOf(': ', cueAt);
  const after = Math.max(comma + 1, dash >= 0 ? dash + 3 : 0, colon >= 0 ? colon + 2 : 0);
  return after;
}

/**
 * "Stig går i pension fr.o.m 1 juni", "Eva slutar den 30 april", "Anna tar över som ordförande från 1 april": a member's
 * leaving or starting, no task.
 */
const STAFF_CHANGE =
  /^(?:går i pension|slutar|avgår|tillträder|tar över som|börjar (?:sin|som|på|i)|går på (?:föräldra)?ledighet|är föräldraledig)(?![\p{L}])/u;

function datedPresentTask(text: string, meetingDate: string | null): { owner: string } | null {
  if (text.length > 300) return null;
  const m = PERSON_PRESENT.exec(text);
  if (!m || QUANTIFIER.test(m[1]!) || NOT_A_DEED.test(m[2]!) || NOUN_SUBJECT.test(m[1]!)) return null;
  if (STAFF_CHANGE.test(`${m[2]}${m[3]}`)) return null;
  if (!personOwner(m[1]!.split(' '))) return null;
  const later = meetingDate !== null && findAllDates(m[3]!, meetingDate).some((d) => d > meetingDate);
  return later || TO_NEXT_MEETING.test(m[3]!) ? { owner: m[1]! } : null;
}

/**
 * "Till nästa möte ska Anna ta fram …", "Enligt tidplanen ska GR:s styrelsen den 27 februari ta ställning …":
 * a fronted phrase puts the subject after "ska" (Swedish verb-second order). The subject is a name or a
 * genitive with its noun; an infinitive that is not a verb of state follows.
 */
const INVERTED =
  /^[^.]{2,80}?\s(?:ska|skall)\s(\p{Lu}[\p{L}-]+(?::s \p{Ll}+(?:en|et|na)|(?: \p{Lu}[\p{L}-]+){0,2}))\s(?:(?:den|i|under|senast|till) [^.]{1,30}?\s)?(\p{Ll}{2,})\s/u;
/**
 * "I den andra delstudien ska forskare skugga …": after a fronted phrase a lower-case actor noun (one who does:
 * -are, -ören, -chefen, -gruppen, -förvaltningen …) stands between "ska" and its verb.
 */
const INVERTED_ACTOR =
  /^(?:I|Under|Till|Efter|Inför|Från|Vid|På|Sedan|Därefter|Nu)\s[^.,]{0,60}?(?:ska|skall)\s(\p{Ll}+(?:are|arna|aren|ören|örerna|chefen|cheferna|gruppen|grupperna|förvaltningen|kommunerna|regionen))\s(\p{Ll}{2,})(?![\p{L}])/u;
const INVERTED_STATE = /^(?:vara|ha|finnas|gälla|kunna|bli|få|behöva|ligga|inte|ej|också|även|kanske|troligen)$/;
/** "… återkommer vi med …", "… återrapporterar jag till …": a report-back verb with its pronoun subject after it. */
const INVERTED_PRONOUN = /^(?:återkommer|återrapporterar|återkopplar) (?:vi|jag)(?![\p{L}])/iu;
/** "X återkopplar till de diskussioner som gruppen tidigare haft": a reference back, not a promise. */
const REFERS_BACK =
  /(?<![\p{L}])återkopplar till [^.]{0,80}?(?<![\p{L}])(?:tidigare|haft|hade|förts|fördes)(?![\p{L}])/iu;

/**
 * "Myndigheten informerade om att flera organisationer kommer att tillfrågas om …": a step the informer
 * announced, in the passive future after a reporting verb; it has no named owner.
 */
const REPORTED_PASSIVE =
  /(?<![\p{L}])(?:informerade|informerar|meddelade|meddelar|berättade|berättar)(?: om)? att [^.]{0,80}?(?<![\p{L}])(?:kommer att|ska|skall) \p{Ll}{3,}(?:as|ats)(?![\p{L}])/u;

const OWNER_NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){0,2}`;
/**
 * "Fr.o.m. hösten kommer verksamhetsutvecklare Kay Eriksson, BUP att delta i rådet": after a fronted phrase a
 * person's name (with a title before it, an organisation after its comma) stands between "kommer" and "att".
 */
const INVERTED_KOMMER = new RegExp(
  String.raw`\S\s(?:kommer|ska|skall)\s(?:\p{Ll}[\p{L}-]*\s){0,2}(${OWNER_NAME})(?:,\s[^,.]{1,30})?\satt\s(\p{Ll}{2,})(?![\p{L}])`,
  'u',
);

/**
 * "För att du ska veta … kommer vi ge ut en lägesrapport varje fredag", "Inom projektet kommer vi att utveckla …": after a
 * fronted phrase or clause the pronoun subject follows "kommer"/"ska" (verb-second order, a main clause: a subordinate
 * clause keeps "vi kommer"); the group writing commits itself, its infinitive not one of state.
 */
const INVERTED_WE =
  /^\S[^.]{0,200}?\s(?:ska|skall|kommer)\s(?:vi|jag)\s(?:också\s|även\s|nu\s)?(?:att\s)?(\p{Ll}{2,})(?![\p{L}])/u;

/**
 * "Till nästa möte tar Erik Sund fram statistik …", "Efter mötet kontaktar Maja Lind …": a fronted time puts the named
 * subject after the verb in the present tense; the verb and what follows the name must be a task's.
 */
const INVERTED_PRESENT = new RegExp(
  String.raw`^(?:Till|Inför|Efter|Före|Innan|Senast|Under|Nästa)\s[^.,]{0,50}?\s(\p{Ll}+(?:ar|er|r))\s(${OWNER_NAME})(?=[\s,])`,
  'u',
);

function invertedTask(text: string): { owner: string | null } | null {
  if (text.length > 400) return null;
  const present = INVERTED_PRESENT.exec(text);
  if (present && !NOT_A_DEED.test(present[1]!) && personOwner(present[2]!.split(' '))) {
    const deed = `${present[1]} ${text.slice(present.index + present[0].length).trimStart()}`;
    if (PRESENT_TASK.exec(deed)?.index === 0 || COMMITMENT.exec(deed)?.index === 0) return { owner: present[2]! };
  }
  // "Om jag känner till något …, ska jag …": a fronted condition; what follows is conditional, no task.
  const we = /^(?:om|ifall)\s/i.test(text) ? null : INVERTED_WE.exec(text);
  if (we && !INVERTED_STATE.test(we[1]!) && !/^(?:se|märka|få|behöva|kunna|vilja)$/.test(we[1]!))
    return { owner: null };
  const kommer = INVERTED_KOMMER.exec(text);
  if (kommer && isPersonName(kommer[1]!) && !INVERTED_STATE.test(kommer[2]!)) return { owner: kommer[1]! };
  const actor = INVERTED_ACTOR.exec(text);
  if (actor && !INVERTED_STATE.test(actor[2]!) && !/s$/.test(actor[2]!)) return { owner: actor[1]! };
  const m = INVERTED.exec(text);
  if (!m || INVERTED_STATE.test(m[2]!) || DOCUMENT_SUBJECT.test(m[1]!)) return null;
  return { owner: m[1]! };
}

/**
 * "Uppdatera hemsidan, Erik.", "Boka lokal – Anna Berg", "Skicka kallelsen (Bo)": a to-do in the imperative with its
 * owner after it. The imperatives are the usual ones of a to-do list, so a list of names ("Anna, Erik") is not one.
 */
const IMPERATIVE_OWNED = new RegExp(
  String.raw`^(?:boka|skicka|uppdatera|kontakta|ringa|maila|mejla|ordna|fixa|beställa|kolla|undersöka|ta fram|ta kontakt|sammanställa|kalla|bjuda in|förbereda|skriva|publicera|informera|påminna|lägga (?:ut|upp)|köpa|söka|ansöka|följa upp|kontrollera|planera|färdigställa|återkoppla|stämma av|justera|distribuera)(?![\p{L}])[^.!?:]{2,120}?(?:,| [–-]| \() ?(${OWNER_NAME}(?: (?:och|samt|&) ${OWNER_NAME})?)\)?\.?$`,
  'iu',
);
/**
 * "Gruppen ber Siv Holm att ta kontakt med …", "Ordföranden bad Jon Alm och Eva Rask att …": the ones asked to do it
 * (not "ber om ursäkt").
 */
const ASKED_TO = new RegExp(
  String.raw`(?<![\p{L}])(?:ber|bad) (${OWNER_NAME}(?:(?:, | och | samt )${OWNER_NAME}){0,3}) att \p{Ll}{2,}`,
  'u',
);
/** "Då ingen annan var närvarande ombeds Anna Berg och Bo Ek bevilja …": the ones asked stand after the verb. */
const ASKED_AFTER = new RegExp(
  String.raw`(?<![\p{L}])ombeds (${OWNER_NAME}(?:(?:, | och | samt )${OWNER_NAME}){0,3}) (?:att )?\p{Ll}{2,}`,
  'u',
);

/**
 * "Förvaltningen återrapporterar beslut fattade på delegation … under perioden 2023-10-01 – 2023-11-30": a report of
 * decisions already taken, given at this meeting (a nämnd's delegation report), not a report promised for later.
 */
const REPORTED_DECISIONS =
  /(?<![\p{L}])(?:återrapporterar|redovisar|anmäler) (?:de )?(?:beslut (?:fattade|som (?:har )?fattats)|fattade beslut|delegationsbeslut)(?![\p{L}])/iu;

/**
 * "… och svaret ska till": the last sentence of a text that stops on a word that cannot end one was cut off (a page
 * copy's end); inside the text such a sentence goes on after a blank line ("… ta ställning till en" ⏎ "" ⏎ "…").
 */
const CUT_OFF =
  /(?<![\p{L}])(?:och|att|som|för|med|på|i|av|om|till|ska|skall|den|det|en|ett|de|är|har|samt|eller|kommer)$/iu;

function detect(sentence: Sentence, meetingDate: string | null = null): { owner: string | null } | null {
  const text = sentence.text;
  const labelled = text.length <= 300 ? OWNER_PAREN.exec(text) : null;
  if (labelled) return { owner: labelled[1]! };
  const imperative = text.length <= 200 ? IMPERATIVE_OWNED.exec(text) : null;
  if (imperative && personOwner(tokens(imperative[1]!.split(/ (?:och|samt|&) /)[0]!))) return { owner: imperative[1]! };
  const lower = text.toLowerCase();
  if (text.length <= 300 && ASKED_PERSON.test(text) && isPersonName(ASKED_PERSON.exec(text)![1]!))
    return { owner: null };
  if (text.length <= 300 && DELIVERED_BY.test(text) && findAllDates(text, meetingDate).length > 0)
    return { owner: null };
  if (text.length <= 400 && !DISTRIBUTION.test(text)) {
    // "Denna ska överlämnas till fullmäktige … senast 15 april": a rule about a document, not a duty of the meeting.
    if (DATED_PASSIVE.test(text) && !RULE_SUBJECT.test(text) && findAllDates(text, meetingDate).length > 0)
      return { owner: passiveAgent(text) };
    if (CONTINUED_NEXT_TIME.test(text) || SENT_ON.test(text) || SCHEDULED_PASSIVE.test(text)) return { owner: null };
    if (PUBLISHED_PASSIVE.test(text) && !OWN_MINUTES_SUBJECT.test(text)) return { owner: null };
    if (
      meetingDate !== null &&
      (FOLLOW_UP_PASSIVE.test(text) ||
        (SENT_ON_DAY.test(text) && !OWN_ATTACHMENTS.test(text) && !OWN_MINUTES_SUBJECT.test(text))) &&
      findAllDates(text, meetingDate).some((d) => d > meetingDate)
    )
      return { owner: null };
  }
  if (!CUE_HINTS.some((hint) => lower.includes(hint))) return datedPresentTask(text, meetingDate);
  if (text.endsWith('?') || OWN_ATTACHMENTS.test(text) || DISTRIBUTION.test(text) || /^att\s/i.test(text)) return null;
  if (REFERS_BACK.test(text)) return null;
  if (REPORTED_DECISIONS.test(text.slice(0, 400))) return null;
  // "Ingen ny enkät skickas ut.": a negated subject says what will not happen.
  if (/^(?:ingen|inget|inga) /i.test(text)) return null;
  // "Temat återkommer som stående punkt på dagordningen": a recurrence, not a report-back.
  if (/(?<![\p{L}])återkommer som(?![\p{L}])/iu.test(text)) return null;
  // "Erik hävdar (korrekt) att enligt OIDC core så ska UserInfo användas …": a claim reported, not a task.
  if (CLAIM.test(text.slice(0, 200))) return null;
  const inverted = invertedTask(text);
  if (inverted) return inverted;
  if (text.length <= 400 && NEXT_MEETING_FRONTED.test(text)) return { owner: null };
  if (text.length <= 400 && REPORTED_PASSIVE.test(text) && !STATE_VERBS.test(text)) return { owner: null };
  const assigned =
    text.length <= 2000
      ? (ASSIGNED.exec(text) ??
        DELEGATED.exec(text) ??
        DELEGATED_TO_NAMES.exec(text) ??
        GIVEN_TASK.exec(text) ??
        ENJOINED.exec(text) ??
        ASKED_TO.exec(text))
      : null;
  if (assigned) return { owner: assigned[1]! };
  if (text.length > 2000) return null;
  const asked = ASKED_AFTER.exec(text);
  if (asked && personOwner(tokens(asked[1]!.split(/, | och | samt /)[0]!))) return { owner: asked[1]! };
  const sentBy = SENT_BY.exec(text);
  if (sentBy) return { owner: sentBy[1]! };
  const agent = passiveAgent(text);
  if (agent) return { owner: agent };
  if (text.length <= 400 && IMPERSONAL_PASSIVE.test(text)) return { owner: null };
  const passive = PASSIVE.exec(text);
  const active = COMMITMENT.exec(text) ?? TOWARDS_NEXT.exec(text);
  // "Information kommer att gå ut …": a passive sending wins over the "kommer att" it starts with.
  const cue = active && (!passive || active.index < passive.index) ? active : passive;
  // "Verksamheten följer upp avvikelser varje månad": a routine in the present tense is ongoing work, not a task.
  if (HABITUAL.test(text) && !FUTURE.test(text) && !TO_NEXT_MEETING.test(text)) return null;
  const present = PRESENT_TASK.exec(text);
  if (present && (!cue || present.index < cue.index)) {
    const clause = clauseFrom(text, present.index);
    const written = text.slice(clause, present.index).trim();
    // "Därefter skickar pensionärsföreningarna resultatet …": after a fronted adverb the subject follows the verb.
    if (FRONTED_ADVERB.test(written)) {
      const after = tokens(text.slice(present.index + present[0].length))[0] ?? '';
      return { owner: /^\p{Ll}+(?:na|en|et)$/u.test(after) || isNameToken(after) ? after : null };
    }
    // "Ordförande (Gustav) skickar mail.": a role with its holder's name in parentheses.
    if (
      personOwner(tokens(written)) ||
      // "Johan Berg och Lisa Dal tar fram …": named people together.
      (/ (?:och|samt) /.test(written) && written.split(/, | och | samt /).every((part) => personOwner(tokens(part)))) ||
      // "Regionen skickar materialet … efter mötet": a body's deed in the present tense, dated after the meeting.
      (AFTER_MEETING.test(text) && /^(?:Region \p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:en|et|na))$/u.test(written)) ||
      personOwner(tokens(written.replace(/ ?\([^()]{1,40}\)$/, ''))) ||
      OFFICE_OWNER.test(written)
    )
      return { owner: written };
    // "Region Västerby: Vi kontaktar ambulansen … till nästa möte": the speaker's group, at a time after the meeting.
    if (
      /^(?:vi|jag)$/iu.test(written) &&
      (AFTER_MEETING.test(text) ||
        TO_NEXT_MEETING.test(text) ||
        (meetingDate !== null && findAllDates(text, meetingDate).some((d) => d > meetingDate)))
    )
      return { owner: sentence.speaker };
    // "Vår kontaktperson i mediakontakter Mari Johansson kontaktar …": the name closing the subject does it.
    const apposed = /(?:^|\s)(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)$/u.exec(written)?.[1];
    if (apposed && wordCount(written) <= 8 && isPersonName(apposed)) return { owner: apposed };
  }
  if (!cue) return datedPresentTask(text, meetingDate);
  if (cue === active && STATE_VERBS.test(text.slice(cue.index, cue.index + cue[0].length + 20))) return null;
  if (cue === active && AIM.test(text.slice(cue.index, cue.index + 100))) return null;
  if (cue === active && CHANGE_AIM.test(text.slice(cue.index, cue.index + 60))) return null;
  // "Undervisningen ska ske på distans till och med 24 januari": an arrangement taking place, like "ska äga rum"; with a
  // "senast" deadline a duty ("En återrapportering ska ske … senast den 25 mars"), read below.
  if (cue === active && /^(?:ska|skall|kommer att) ske$/u.test(cue[0]) && !DATED_DUTY_END.test(text)) return null;
  // "Höstmötena kommer att fortsätta irl.", "… arbete med konferensen kommer att fortsätta.": something going on goes on,
  // a forecast; with an object or a verb after it ("kommer att fortsätta utredningen") it stays a task.
  if (
    cue === active &&
    /^(?:ska|skall|kommer att) fortsätta$/u.test(cue[0]) &&
    /^(?: \p{Ll}{1,4})?[.!]?$/u.test(text.slice(cue.index + cue[0].length))
  )
    return null;
  // "Sektionen kommer att upplösas vid årsskiftet": what will happen to the subject, a forecast, not its task.
  if (cue === active && /^[Kk]ommer att \p{Ll}{3,}as(?![\p{L}])/u.test(cue[0])) return null;
  // "Socialnämnden ska godkänna årsredovisningen": the committee's own decision at this meeting, the point's purpose.
  if (cue === active && OWN_DECISION.test(text.slice(0, cue.index + cue[0].length))) return null;
  // "Årsredovisningen ska godkännas av fullmäktige": a procedure with its agent, not a task.
  if (cue === active && /^(?:ska|skall|kommer att) \p{Ll}+as av /u.test(text.slice(cue.index, cue.index + 60)))
    return null;
  // "Årsmötet diskuteras, och styrelsen kommer jobba för …": the body named after the conjunction owns the task.
  const body = /, (?:och|men|samt) (\p{Ll}+) $/u.exec(text.slice(Math.max(0, cue.index - 40), cue.index));
  if (cue === active && body && BODY_SUBJECT.test(body[1]!)) return { owner: body[1]! };
  // "… godkändes med några tillägg och Storsthlm fick i uppdrag att återkomma …": the one named after the conjunction
  // got the task (a clause of its own after a finished one).
  const got =
    cue === active && /^f(?:å|i)(?:r|ck) i uppdrag att$/u.test(cue[0])
      ? GOT_AFTER_CONJUNCTION.exec(text.slice(Math.max(0, cue.index - 60), cue.index))
      : null;
  if (got) return { owner: got[1]! };
  // "Övriga slutsatser i rapporten återkommer vi med …": a fronted object puts the pronoun subject after the verb.
  if (cue === active && cue.index > 0 && INVERTED_PRONOUN.test(text.slice(cue.index))) return { owner: null };
  // "Förslaget har skickats ut till samtliga styrelsemedlemmar som ombeds komma med synpunkter …": the ones the
  // material went to are asked, in a relative clause; they own the task.
  // "Alla ombedes skicka in …", "Samtliga kommuner uppmanas att …": everyone asked owns the task.
  const everyone =
    cue === active && /^(?:ombeds|ombedes|uppmanas att)$/i.test(cue[0])
      ? /^((?:alla|samtliga)(?: \p{Ll}+)?) $/iu.exec(text.slice(0, cue.index))
      : null;
  if (everyone) return { owner: everyone[1]! };
  const askedWhich =
    cue === active && /^ombeds$/i.test(cue[0])
      ? ASKED_RELATIVE.exec(text.slice(Math.max(0, cue.index - 80), cue.index))
      : null;
  if (askedWhich) return { owner: askedWhich[1]! };
  const { ok, owner } = ownerOf(sentence, cue.index, cue === passive);
  if (ok) return { owner };
  // "… svarade Anna Berg att de arbetar med frågan och vill återkomma till oss om det.": a promise to come back, in
  // reported speech or not; its subject is the one after the last "att", else the sentence's first word.
  if (cue === active && /^återkomma$/iu.test(cue[0]) && /(?<![\p{L}])vill $/u.test(text.slice(0, cue.index))) {
    const before = text.slice(0, cue.index);
    const said = /^.*(?<![\p{L}])att (\p{L}+) /su.exec(before)?.[1] ?? /^(\p{L}+) /u.exec(before)?.[1] ?? '';
    return { owner: PRONOUN.has(said.toLowerCase()) || said.toLowerCase() === 'de' || isNameToken(said) ? said : null };
  }
  if (/^återkommer/i.test(cue[0]) && DEFERRED_SUBJECT.test(text.slice(0, cue.index).trim())) return { owner: null };
  // "Kopiera upp dagordning till SK , Tiina tar med sig …": the subject of the clause holding the cue.
  const clause = clauseFrom(text, cue.index);
  if (clause > 0) {
    const subject = tokens(text.slice(clause, cue.index));
    if (personOwner(subject)) return { owner: subject.join(' ') };
  }
  // A duty with a deadline ("En återrapportering ska ske … senast den 25 mars 2021") has no named owner;
  // "Denna ska överlämnas … senast …" states a rule about a document.
  if (
    cue === active &&
    !RULE_SUBJECT.test(text) &&
    DATED_DUTY_END.test(text) &&
    DATED_DUTY.test(text) &&
    findAllDates(text, null).length > 0
  )
    return { owner: null };
  return null;
}

/** "Därefter", "Sedan": an adverb before the verb, the subject after it (verb-second order). */
const FRONTED_ADVERB = /^(?:därefter|sedan|sen|senare|efteråt|efter det|då|nu|därför)$/iu;

/** The administration, a body or an officer: "Förvaltningen kommer att kräva in …", "Välfärdsrådet kommer att ta fram …". */
const UNIT_OWNER =
  /^(?:\p{L}*förvaltningen|kansliet|sekretariatet|\p{L}*kontoret|\p{L}*nämnden|\p{L}*styrelsen|\p{L}*rådet|\p{L}*gruppen|\p{L}*nätverket|\p{L}*utskottet|presidiet|\p{L}*chefen|\p{L}*direktören)$/iu;
/** "Förvaltningen tar fram ett förslag …", "Socialchefen sammanställer …": the administration or an officer does a task. */
const OFFICE_OWNER = /^(?:\p{L}*förvaltningen|kansliet|sekretariatet|\p{L}*kontoret|\p{L}*chefen|\p{L}*direktören)$/iu;
const FUTURE = /(?<![\p{L}])(?:ska|skall|kommer att)\s/iu;

/** "Kommunerna ska enligt lagen erbjuda …", "Enligt riktlinjerna ska …": a duty by law or rule, like an agreement's terms. */
const BY_RULE =
  /(?<![\p{L}])enligt (?:\p{Ll}+ ){0,2}(?:lag|lagen|\p{Ll}+lagen|\p{Ll}*förordningen|föreskrifterna|riktlinjerna|\p{Ll}*avtalet|\p{Ll}*överenskommelsen)(?![\p{L}])/iu;

/**
 * "Enligt avtalet ska Norrby kommun vara värdkommun och Lövsjö kommun ska betala …", under "Ärendebeskrivning" "Skolan
 * ska byggas om …": what a party or a thing shall do under an agreement, or the case's background, is no task of the
 * meeting; a named person ("Anna Berg ska ta fram ett avtalsförslag"), a meeting role, the administration
 * ("Förvaltningen kommer att kräva in …") or a dated duty ("… ska ske senast den 25 mars") still make one.
 */
function statesTerms(sentence: Sentence, owner: string | null): boolean {
  const terms = sentence.terms || (sentence.text.length <= 400 && BY_RULE.test(sentence.text));
  if (!terms || !FUTURE.test(sentence.text) || DEADLINE.test(sentence.text)) return false;
  return !(owner && (isPersonName(owner) || ROLE_OWNER.test(owner) || UNIT_OWNER.test(owner)));
}

/**
 * "## Actionpoints inför nästa gång", "3. Att göra:", "Åtgärder", Teams' "Follow-up tasks", "Actions", "Nästa steg",
 * "Åtgärdspunkter", "Uppdrag" (alone or "till nästa möte"): a heading over the meeting's to-do list.
 */
export const TODO_HEADING =
  /^(?:action ?points?|action items?|actions|follow[ -]?up tasks|next steps|nästa steg|att[ -]göra(?:[ -]lista)?|åtgärder|åtgärdspunkter|åtgärdslista|uppdragslista|uppdragslistan|(?:nya|givna) uppdrag|uppdrag(?=:?$| (?:till|inför) (?:nästa|kommande) )|to[ -]?do)(?![\p{L}])[^.!?]{0,40}$/iu;
/** A list entry; Teams and Loop tick boxes ("- [ ] …", "☐ …") are bullets too, a ticked one ("[x]", "☑") is done. */
const TODO_ENTRY = /^(?:(?:[-*•·▪◦–]|\d{1,2}[.)])\s+(?:\[ \]\s*)?|[☐□]\s*)(?!\[[xX]\])(\S.*)$/u;
/** "Skicka ut tidplanen @Ahmed Karimi": Teams' mention of the person assigned, at the end. */
const TRAILING_MENTION = /\s+@(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){0,2})\.?$/u;
/**
 * "(Josef)", "- (Josef)", "(alla).", "(Josef jobbar på draft)": who takes the point, at its end; "(Åsa Nordin, Roger
 * Hellgren) v. 50", "(Pia Ström) senast 20/11": the names, then when it is due.
 */
const TRAILING_OWNER =
  /\((\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?(?:(?:, | och )\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?){0,3}|alla)(?: \p{Ll}[^()]*)?\)+(?:,? (?:v\.? ?\d{1,2}|vecka \d{1,2}|senast [^()]{1,30}|\d{1,2}\/\d{1,2}|\d{4}-\d{2}-\d{2}))?\.?$/u;
/** "Josef synkar igen med …": a first name and a verb in the present tense open the entry. */
const LEADING_DOER = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) \p{Ll}+r\b/u;
/** "Anna Berg – sammanställa statistik", "Per - kontakta primärvården": the owner's name and a dash open the entry. */
const OWNER_DASH = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}) [–-] \S/u;
/** "Boka uppföljningsmöte i maj – Anna Berg": the owner's name after a dash at the entry's end. */
const DASH_OWNER =
  /\S [–-] (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}(?: (?:och|samt) \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})?)\.?$/u;
/** "Ahmed Karimi: skicka ut tidplanen …", "@Sofie Dahlgren: mejla …": the owner's name and a colon open the entry. */
const OWNER_COLON = /^@?(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){0,2}):\s+(\S.*)$/u;

/**
 * The entries of a to-do list under its heading are the meeting's tasks, each as written (a trailing link aside); the
 * owner is the name in parentheses at its end, else a first name doing the task in the present tense, else no one.
 */
export function listTasks(texts: readonly string[], meetingDate: string | null): Action[] {
  const out: Action[] = [];
  for (const text of texts) {
    const m = TODO_ENTRY.exec(text);
    if (!m) continue;
    const entry = m[1]!.replace(/\s+https?:\/\/\S+$/u, '').trim();
    const mention = TRAILING_MENTION.exec(entry);
    if (mention) {
      const task = entry.slice(0, mention.index);
      out.push({ owner: mention[1]!, task, due: findAllDates(task, meetingDate)[0] ?? null });
      continue;
    }
    const named = OWNER_COLON.exec(entry);
    if (named && named[1]!.split(/[- ]/).every(isNameToken)) {
      out.push({ owner: named[1]!, task: named[2]!, due: findAllDates(named[2]!, meetingDate)[0] ?? null });
      continue;
    }
    const task = entry;
    const dashed = OWNER_DASH.exec(task)?.[1] ?? DASH_OWNER.exec(task)?.[1];
    const leading = LEADING_DOER.exec(task)?.[1];
    // "Kommunerna lämnar underlag senast 30/4", "Regionen sammanställer …": a body as the subject.
    const body =
      leading && /^\p{Lu}\p{Ll}+(?:en|na|et)$/u.test(leading) && !NOUN_SUBJECT.test(leading) ? leading : null;
    const namedDoer =
      (dashed && dashed.split(/ (?:och|samt) | /).every(isNameToken) ? dashed : null) ??
      (leading && leading.split(' ').every(isNameToken) ? leading : null);
    const owner = TRAILING_OWNER.exec(task)?.[1] ?? namedDoer ?? body;
    out.push({ owner, task, due: findAllDates(task, meetingDate)[0] ?? null });
  }
  return out;
}

/**
 * Conservative action finder (see README): an actor commits to something later, a question is deferred,
 * or material will be sent. A following sentence with a deadline ("Inspel senast …") joins the task.
 */
export function findActions(sentences: readonly Sentence[], meetingDate: string | null): Action[] {
  const actions: Action[] = [];
  // "Ansvarig: Anna Berg" ⏎ "Ta fram ett förslag …": lines of their own that name the owner above each task, when
  // the notes do not end in one (then each follows its task).
  // "08:15 Beslut: Tekniska förvaltningen öppnar …" ⏎ "Ansvarig: Lena Höök": a log row marked as a decision or task
  // right above the first owner line is that owner's task, whatever follows the last one.
  const firstOwner = sentences.findIndex((s) => s.ownerLine);
  // "… ⏎ Ansvarig: Rut Sand ⏎ Klart: 2024-05-15": a due line after the last owner line still ends the notes in one.
  const last = sentences.at(-1);
  const endsInOwner = last?.ownerLine || (DUE_SENTENCE.test(last?.text ?? '') && sentences.at(-2)?.ownerLine);
  const ownerFirst =
    firstOwner >= 0 && !endsInOwner && !(firstOwner > 0 && MARKED_ROW.test(sentences[firstOwner - 1]!.text));
  for (let i = 0; i < sentences.length; i++) {
    if (sentences[i]!.proposal) continue;
    const ownerAbove = ownerFirst && sentences[i]!.ownerLine ? OWNER_SENTENCE.exec(sentences[i]!.text) : null;
    const below = sentences[i + 1];
    if (ownerAbove && below && !below.ownerLine) {
      const named = ownerLine(ownerAbove[1]!);
      actions.push({
        owner: named.owner,
        task: below.text,
        due: findAllDates(named.due ?? below.text, meetingDate)[0] ?? null,
      });
      i++;
      continue;
    }
    // "Uppdrag: Anna Berg tar fram …", "Åtgärd: …": the marker says it is a task; its owner is the
    // subject when that is a person, the text still goes through the rules for a better owner.
    const marked = TASK_MARKER.exec(sentences[i]!.text);
    const sentence = marked ? { text: sentences[i]!.text.slice(marked[0].length), speaker: null } : sentences[i]!;
    if (marked && NOTHING_MARKED.test(sentence.text)) continue;
    const detected =
      i === sentences.length - 1 && CUT_OFF.test(sentence.text.trimEnd()) ? null : detect(sentence, meetingDate);
    const markedOwner = marked?.[1] ?? null;
    const found =
      (detected && !statesTerms(sentence, detected.owner)
        ? { owner: markedOwner ?? detected.owner ?? (marked ? (EVERYONE.exec(sentence.text)?.[1] ?? null) : null) }
        : null) ??
      (marked && sentence.text.length > 0
        ? { owner: markedOwner ?? leadingPerson(sentence.text) ?? EVERYONE.exec(sentence.text)?.[1] ?? null }
        : null);
    // "… Ansvarig: Anna Berg. Klart: 2023-03-01.": the owner and due date follow the task.
    const owner = ownerFirst && sentences[i + 1]?.ownerLine ? null : OWNER_SENTENCE.exec(sentences[i + 1]?.text ?? '');
    if (!found && !owner) continue;
    if (owner) {
      i++;
      // "Uppdrag 2 – Ta fram en rutin. Ansvarig: Bengt Ek. Status: Pågår.": a follow-up of an earlier task.
      if (REPORTED_STATUS.test(sentences[i + 1]?.text ?? '')) {
        i++;
        continue;
      }
      const due = DUE_SENTENCE.exec(sentences[i + 1]?.text ?? '');
      if (due) i++;
      const named = ownerLine(owner[1]!);
      actions.push({
        owner: named.owner,
        task: sentence.text,
        due: findAllDates(due?.[1] ?? named.due ?? sentence.text, meetingDate)[0] ?? null,
      });
      continue;
    }
    if (!found) continue;
    let task = sentence.text;
    const next = sentences[i + 1];
    if (next && ((DEADLINE.test(next.text) && !detect(next)) || FOLLOW_UP_TAIL.test(next.text))) {
      task = `${task} ${next.text}`;
      i++;
    }
    actions.push({ owner: found.owner, task, due: findAllDates(task, meetingDate)[0] ?? null });
  }
  return actions;
}
