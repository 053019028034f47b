import { tokens } from './sentences.ts';

// A PDF may give a diacritic as a spacing accent after its letter ("Savic´" for Savić).
// "O'Connor", "McLean", "MacLeod", "D'Angelo": a prefix before a second capital.
const NAME_TOKEN = /^(?:\p{Lu}['’](?=\p{Lu})|Ma?c(?=\p{Lu}))?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)*´?$/u;
const PARTICLES = new Set(['af', 'av', 'von', 'van', 'de', 'der', 'den', 'la', 'le', 'di', 'da', 'el']);

// Generic Swedish words that are capitalised in headings and lists but are never part of a person's name.
const NOT_NAME = new Set([
  'region',
  'regionen',
  'kommun',
  'kommunen',
  'kommunerna',
  'länsstyrelsen',
  'socialstyrelsen',
  'folkhälsomyndigheten',
  'bilaga',
  'bilagor',
  'se',
  'det',
  'den',
  'de',
  'dessa',
  'detta',
  'vi',
  'jag',
  'hon',
  'han',
  'man',
  'och',
  'samt',
  'eller',
  'med',
  'från',
  'för',
  'till',
  'om',
  'i',
  'på',
  'av',
  'en',
  'ett',
  'alla',
  'varje',
  'nästa',
  'mötet',
  'möte',
  'frågan',
  'fråga',
  'frågor',
  'information',
  'info',
  'rapport',
  'beslut',
  'ordförande',
  'sekreterare',
  'justerare',
  'mötesledare',
  'sammankallande',
  'föredragande',
  // The sides of a samverkan (MBL) group: the employer and the unions, written after each member's name.
  'arbetsgivare',
  'arbetsgivaren',
  'arbetsgivarsidan',
  'arbetstagare',
  'arbetstagarsidan',
  'kommunal',
  'vision',
  'saco',
  'ledarna',
  'närvarande',
  'deltagare',
  'ersättare',
  'ledamot',
  'ledamöter',
  'tjänsteperson',
  'tjänstepersoner',
  'övriga',
  'verksamhet',
  'nuläge',
  'utmaning',
  'medskick',
  'datum',
  'tid',
  'plats',
  'måndag',
  'tisdag',
  'onsdag',
  'torsdag',
  'fredag',
  'lördag',
  'söndag',
  'idag',
  'ingen',
  'inga',
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
  'enligt',
  'vid',
  'under',
  'efter',
  'inför',
  'inom',
  'mot',
  'via',
  'angående',
  'avseende',
  'gällande',
  'teams',
  'även',
  'dock',
  'nu',
  'här',
  'där',
  'när',
  'hur',
  'vad',
  'vem',
  'vilka',
  'som',
  'att',
  'ej',
  'inte',
  'både',
  'ska',
  'kan',
  'har',
  'är',
  'var',
  'blir',
]);

// Role and organisation words recognised by their ending (Utvecklingsledare, Vaccinationssamordnare, Länsnätverket …).
const ROLE_OR_ORG_SUFFIX =
  /(?:ledare|ordnare|läkare|chef|chefer|sekreterare|handläggare|strateg|direktör|ansvarig|ombud|sköterska|rådgivare|utredare|specialist|konsult|assistent|person|personer|samordnare|kurator|terapeut|pedagog|controller|ekonom|jurist|representant|styrelsen|myndigheten|myndighet|nämnden|nämnd|förvaltningen|förvaltning|rådet|råd|nätverket|nätverk|verket|enheten|enhet|sjukhus|sjukhuset|institutet|förbundet|kontoret|avdelningen|centrum|vården|staben|gruppen|grupp|kommun|kommuner|kommunerna|regionen|regioner|landsting|vårdgivare|vårdcentral|sjukvård|omsorg|tjänst|tjänsten|mottagning|mottagningen|kliniken|klinik|psykiatri|psykiatrin|beredningen|utskottet|förening|föreningen|föreningar|föreningarna|sektion|sektionen|hälsan|hälsa|skolan|boendet|centralen|vård|lasarett|lasarettet)$/i;

export function isNameToken(token: string): boolean {
  if (!NAME_TOKEN.test(token)) return false;
  const lower = token.toLowerCase();
  return !NOT_NAME.has(lower) && !ROLE_OR_ORG_SUFFIX.test(lower);
}

function cleanToken(raw: string): string {
  return raw.replace(/^[("'”“»]+|[)"'”“»,;:.!?]+$/g, '');
}

/** Org markers like "Region X", "Länsstyrelsen X" swallow the following capitalised word. */
function startsOrgPhrase(token: string): boolean {
  return /^(?:region|länsstyrelsen|kommun|landstinget)$/i.test(token);
}

/**
 * Runs of 2–4 consecutive name-like tokens ("Förnamn Efternamn Efternamn"). Punctuation inside a token's
 * surroundings (a comma, a parenthesis) ends the run, so "Axman, Utvecklingsledare" stays apart.
 */
export function findNameRuns(text: string, minLength = 2): string[] {
  const runs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    while (current.length > 0 && PARTICLES.has(current[current.length - 1]!)) current.pop();
    if (current.length >= minLength && current.length <= 4) runs.push(current.join(' '));
    current = [];
  };
  let skipNext = false;
  for (const raw of tokens(text.replace(/[()]/g, (p) => ` ${p} `))) {
    if (/^[("“»]/.test(raw)) flush();
    const token = cleanToken(raw);
    if (skipNext) {
      skipNext = false;
      if (NAME_TOKEN.test(token)) continue;
    }
    if (startsOrgPhrase(token)) {
      flush();
      skipNext = true;
    } else if (isNameToken(token) || (current.length > 0 && PARTICLES.has(token))) {
      current.push(token);
    } else {
      flush();
    }
    if (/[)"”,;:.!?]$/.test(raw)) flush();
  }
  flush();
  return runs;
}

/** A text that is nothing but a person's name (2–4 name tokens). */
export function isPersonName(text: string): boolean {
  const parts = tokens(text);
  // A middle initial ("Jan P Hanning") counts between two name tokens.
  return (
    parts.length >= 2 &&
    parts.length <= 4 &&
    parts.every(
      (p, k) => isNameToken(p) || PARTICLES.has(p) || (k > 0 && k < parts.length - 1 && /^\p{Lu}\.?$/u.test(p)),
    )
  );
}

export function leadingNameRun(text: string): string | null {
  const parts = tokens(text);
  const run: string[] = [];
  for (const raw of parts) {
    const token = cleanToken(raw);
    if (!isNameToken(token)) break;
    run.push(token);
    if (token !== raw || run.length === 4) break;
  }
  return run.length > 0 ? run.join(' ') : null;
}
