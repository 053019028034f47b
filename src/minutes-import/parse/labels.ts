import { collapseSpaces, type Line } from '../text/lines.ts';
export type RoleKind = 'chair' | 'secretary' | 'adjuster';
export type LabelKind = 'date' | 'time' | 'placeTime' | 'location' | 'dnr' | RoleKind | 'attendees' | 'excluded';

interface LabelDef {
  kind: LabelKind;
  pattern: string;
  /** People lists may carry a qualifier before the colon ("Närvarande tjänstepersoner:"). */
  qualified?: boolean;
  /** English labels of mixed-language notes count only with their colon ("Time: 10-11.30", not "Time is short"). */
  colon?: boolean;
  /** An English label that also stands alone without its colon (Teams' "Attendees" heading over the list). */
  bare?: boolean;
}

const LABELS: LabelDef[] = [
  { kind: 'placeTime', pattern: '(?:sammanträdets |mötets )?(?:plats och tid|tid och plats)' },
  { kind: 'date', pattern: 'datum|mötesdatum|sammanträdesdatum' },
  { kind: 'time', pattern: 'tid|klockslag|tidpunkt|klockan' },
  {
    kind: 'location',
    pattern: 'plats|lokal|mötesplats|möteslokal|mötesrum|mötesform|sammanträdesplats|sammanträdesrum',
  },
  { kind: 'dnr', pattern: 'dnr|diarienummer|diarienr|ärendenummer|ärendenr' },
  {
    kind: 'chair',
    pattern: 'ordförande för mötet|ordförande|ordf|mötesordförande|mötesledare|sammankallande',
  },
  {
    kind: 'secretary',
    pattern:
      'sekreterare|nämndsekreterare|vid datorn|vid anteckningarna|vid protokollet|vid tangentbordet|vid pennan|antecknare|protokollförare|antecknat av|antecknad av|protokollet fört av|(?:mötes|minnes)?anteckningar(?:na)? (?:förda|fördes|förs) av|sekr',
  },
  {
    kind: 'adjuster',
    pattern: 'justerare|justerande|justeras|justeras av|justerat av|utses att justera|justeringsperson|justeringsman',
  },
  {
    kind: 'excluded',
    pattern:
      'frånvarande|förhindrade|icke deltagande|ej deltagande|icke närvarande|anmält förhinder|meddelat förhinder|anmält frånvaro|förhinder|inbjudna|kallade|ej närvarande|sändlista|kopia|justeringens plats och tid|justeringens plats|justeringens tid',
    qualified: true,
  },
  // "Meeting notes / Minnesanteckningar": notes in English, or with English head labels.
  { kind: 'date', pattern: 'date|meeting date', colon: true },
  { kind: 'time', pattern: 'time', colon: true },
  { kind: 'location', pattern: 'location|venue', colon: true },
  { kind: 'attendees', pattern: 'attendees|participants|meeting participants|invitees', colon: true, bare: true },
  { kind: 'attendees', pattern: 'present', colon: true },
  // Teams meeting notes: "Organizer: Anna Berg" called the meeting (sammankallande), "Notes by: Jonas Ek" took notes.
  { kind: 'chair', pattern: 'organizer|organiser|chair|chairperson|meeting chair', colon: true },
  { kind: 'secretary', pattern: 'notes by|note taker|notetaker|minutes by|minute taker|minutes taken by', colon: true },
  // "Dokumentation: Linnea Rask, S1" (a staff meeting's note taker) and "Deltog: Anna Berg (…), …" (a summary sent
  // after the meeting) only with their colon: "Dokumentation" alone heads a topic, "Deltog gjorde även …" is prose.
  { kind: 'secretary', pattern: 'dokumentation|dokumenterat av', colon: true },
  { kind: 'attendees', pattern: 'deltog|deltog på mötet|deltog i mötet', colon: true },
  {
    kind: 'attendees',
    pattern:
      'närvarande|närvaro|närvarolista|deltagarlista|mötesdeltagare|deltagare|deltagande|beslutande|ordinarie ledamöter|(?:\\d:[ae] |förste |andre )?vice ordförande|tjänstgörande ledamöter|tjänstgörande ersättare|ej tjänstgörande ersättare|ej tjänstgörande|ersättare|(?:tjänstgörande |närvarande )?suppleanter|ordinarie(?= ?:)|övriga deltagare|övriga deltagande|övriga närvarande|ledamöter|medverkande|övriga medverkande|särskilt inbjudna|tjänstemän|tjänstepersoner|adjungerade|adjungerad|insynsplats|övriga(?= ?:|$)',
    qualified: true,
  },
  // "Direktionens ledamöter", "Styrelsens ersättare", "Fackliga organisationer": a body's members named by the body in
  // the genitive, and the unions' representatives, as captions of the participant list. Unqualified, so that a
  // sentence ("Nämndens ledamöter ska delta …") is no label.
  {
    kind: 'attendees',
    pattern:
      '\\p{L}+(?:ens|ets|ns) (?:ledamöter|ersättare)|fackliga (?:organisationer|representanter|företrädare)|facklig representant',
  },
];

/**
 * "Närvarande ledamöter", "Närvarande, ej tjg ers": up to four qualifying words, after a comma when lower-case; a
 * relative clause up to seven ("Deltagare som medverkade på plats i Solna").
 */
const QUALIFIER = '(?:,(?= \\p{Ll}))?(?:(?: [^\\s:]+){0,4}|(?: som)(?: [^\\s:]+){1,6})';

const COMPILED = LABELS.map((def) => ({
  def,
  /** What the three patterns below start with: a line without it is none of them (most lines are no label). */
  start: new RegExp(`^(?:${def.pattern})`, 'iu'),
  withValue: new RegExp(`^(?:${def.pattern})${def.qualified ? QUALIFIER : ''} ?: ?(.*)$`, 'iu'),
  alone: def.colon
    ? new RegExp(`^(?:${def.pattern})${def.bare ? ':?' : ':'}$`, 'iu')
    : new RegExp(`^(?:${def.pattern})${def.qualified ? QUALIFIER : ''}:?$`, 'iu'),
  // "^(?!)", not "(?!)": an unanchored pattern that never matches is tried at every position of the line.
  spaced: def.colon ? /^(?!)/ : new RegExp(`^(?:${def.pattern}) (.+)$`, 'iu'),
  // "Närvarande tjänstepersoner Kristian Lund, förvaltningschef": a qualified label, its colon lost, then a person.
  qualifiedSpaced: def.qualified ? new RegExp(`^(?:${def.pattern})((?: \\p{Ll}[\\p{Ll}-]*){1,2}) (.+)$`, 'u') : /^(?!)/,
}));

/** Words that make "Närvarande var Anna Berg …", "Deltagare från Region X …" a sentence, not a qualified label. */
const NOT_QUALIFIER = /^(?:från|i|på|som|vid|av|för|med|var|är|under|och|samt|enligt|se|kl|den|till|om)$/;

/** Cheap first test: every label starts its line. */
const ANY_LABEL = new RegExp(`^\\**(?:${LABELS.map((d) => d.pattern).join('|')})`, 'iu');

export interface LabelMatch {
  kind: LabelKind;
  /** Text after the label on the same line; '' when the value is on the following lines. */
  value: string;
}

const SPACED_PERSON = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \(|,| \p{Lu}|$)/u;
// "Justerare Carina Grahn Hellberg, S": a name of two or three words, then a party or post.
const SPACED_ROLE_VALUE =
  /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?: \([^()]{1,20}\))?(?:,.*)?$/u;

/** Header-style values may follow the label after a space ("Datum 2020-04-30", "Tid kl 9"). */
const WEEKDAY_START = /^(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)? (?:den )?\d/;

function spacedValueFits(kind: LabelKind, value: string, label: string): boolean {
  if (kind === 'date' || kind === 'time') return /^(?:kl\b|\d)/i.test(value);
  // "Tid och plats onsdagen den 8 februari 2017 kl 09.00-11.15 Rådhuset": a value may open with a weekday in lower case.
  if (kind === 'placeTime') return (/^\p{Lu}/u.test(value) || WEEKDAY_START.test(value)) && /\bkl\b|\d/.test(value);
  // "Beslutande Anna Berg (S), ordförande", "Utses att justera Anna Berg": a PDF label column lost its gap.
  if (kind === 'attendees') return SPACED_PERSON.test(value);
  if (kind === 'chair' || kind === 'secretary' || kind === 'adjuster') return SPACED_ROLE_VALUE.test(value);
  // "Sammanträdesplats Sessionssalen, Landstingshuset"; a bare "Plats Kommunhuset, rum 3" only with a short
  // capitalised value that is no sentence (not "Plats för nästa möte …", "Plats finns för …").
  if (kind === 'location')
    return (
      /^\p{Lu}/u.test(value) &&
      (/^(?:sammanträdes|mötes)(?:plats|lokal)\b/i.test(label) ||
        (/^plats /i.test(label) && value.split(' ').length <= 8 && !/[.!?:]$/.test(value)))
    );
  return kind === 'dnr' && /\d/.test(value);
}

/** OCR reads a capital O as a zero ("0rdförande"); dotted signature leaders ("Ordförande ......") act as a colon. */
function normaliseLabelText(text: string): string {
  return (
    text
      .replace(/\*+/g, '')
      .replace(/^0(?=\p{Ll})/u, 'O')
      // "2 Sekreterare ………": a flattened PDF page's number run into the signature label under it.
      .replace(/^\d{1,3} (?=\p{Lu}\p{Ll}+ ?(?:[.…_]{4,}|…{2,}))/u, '')
      // "Underskrifter Sekreterare ………" ⏎ "Anna Berg": the block's heading run into its first signature label.
      .replace(/^Underskrift(?:er)? (?=\p{Lu}\p{Ll}+ ?(?:[.…_]{3,}|…+)$)/u, '')
      // "Ordförande ……………", "Sekreterare ………" (three ellipsis characters are nine dots): a signature leader.
      .replace(/ ?(?:[.…_]{4,}|…{2,}) ?/g, ': ')
      // "Sekreterare ..." ⏎ "Anna Berg": a short leader of three dots after a lone word ends a signature label too.
      .replace(/^(\p{Lu}\p{Ll}+) ?(?:\.{3}|…)$/u, '$1:')
      .trim()
  );
}

export function matchLabel(text: string): LabelMatch | null {
  if (text.length > 2000) return null;
  // "Övriga (under hela eller delar av sammanträdet)": a label qualified in parentheses stands alone.
  const bare = normaliseLabelText(text).replace(
    /^(\p{L}+(?: \p{Ll}+)?) \((?=[^()]*\p{Ll} \p{Ll})[^()]{1,80}\)(?=:?$)/u,
    '$1:',
  );
  if (!ANY_LABEL.test(bare)) return null;
  for (const { def, start, withValue, alone, spaced, qualifiedSpaced } of COMPILED) {
    if (!start.test(bare)) continue;
    // "Beslutande Anna Berg (S)" is a label with its value, not a qualified label ("Närvarande ledamöter").
    const spacedPerson = def.qualified ? spaced.exec(bare) : null;
    if (spacedPerson && !bare.includes(':') && SPACED_PERSON.test(spacedPerson[1]!)) {
      return { kind: def.kind, value: spacedPerson[1]!.trim() };
    }
    // The patterns are lower case and the qualifier must be: only the label's first letter is lowered.
    const qualified = bare.includes(':') ? null : qualifiedSpaced.exec(bare.charAt(0).toLowerCase() + bare.slice(1));
    if (
      qualified &&
      SPACED_PERSON.test(qualified[2]!) &&
      qualified[1]!
        .trim()
        .split(' ')
        .every((w) => !NOT_QUALIFIER.test(w))
    )
      return { kind: def.kind, value: qualified[2]!.trim() };
    if (alone.test(bare)) return { kind: def.kind, value: '' };
    const m = withValue.exec(bare);
    if (m) return { kind: def.kind, value: m[1]!.trim() };
    const s = spaced.exec(bare);
    if (s && spacedValueFits(def.kind, s[1]!, bare)) return { kind: def.kind, value: s[1]!.trim() };
  }
  return null;
}

/** Flattened headers put several labels on one line: "Datum: 2021-01-14 Tid: 10-11 Plats: Teams". */
const INLINE_LABEL_START = / (?=\p{Lu}\p{Ll}{1,24}(?: \p{Ll}{1,12})?: )/u;

/**
 * The labels of a line; a line holding two or more known "Label: value" pairs is split before each
 * capitalised "Word:". Otherwise the whole line is one label (or none).
 */
export function matchLabels(text: string): LabelMatch[] {
  const whole = matchLabel(text);
  if (text.length <= 400 && text.includes(': ')) {
    const segments = text.split(INLINE_LABEL_START);
    if (segments.length >= 2) {
      const found = segments.map(matchLabel).filter((m): m is LabelMatch => m !== null);
      if (found.length >= 2 || (found.length === 1 && (!whole || whole.value.includes(': ')))) return found;
    }
  }
  return whole ? [whole] : [];
}

// "Anna Berg, protokoll" in a participant list: the one who keeps the minutes.
const ROLE_WORDS: [RegExp, RoleKind][] = [
  [/^(?:ordförande|ordf\.?|mötesordförande|mötesledare|sammankallande)$/i, 'chair'],
  [
    /^(?:sekreterare|nämndsekreterare|vid datorn|vid anteckningarna|vid protokollet|vid tangentbordet|vid pennan|antecknare|protokollförare|protokoll|sekr\.?)$/i,
    'secretary',
  ],
  [/^(?:justerare|justerande|justeras)$/i, 'adjuster'],
];

/** A cell or parenthesis that is only a role word ("Mötesledare", "ordförande"). */
export function roleOf(text: string): RoleKind | null {
  const bare = text.replace(/[*:]/g, '').trim();
  for (const [pattern, kind] of ROLE_WORDS) if (pattern.test(bare)) return kind;
  return null;
}

/** Role words inside a participant entry ("Anna Berg (S), ordförande"); a vice chair is not the chair. */
export function roleMentioned(text: string): RoleKind | null {
  const withoutVice = text.replace(/(?:\d:[ae] )?vice (?:ordförande|ordf\.?)/gi, '');
  // "(ordf)", "(sekr)": the abbreviations also come without their dot in run-in lists.
  if (/\b(?:mötesordförande|mötesordf|ordförande|ordf|mötesledare|sammankallande|chair)(?![\p{L}])/iu.test(withoutVice))
    return 'chair';
  // "kommunalrådssekreterare", "politisk sekreterare" are posts; the minutes' secretary is "(nämnd)sekreterare".
  if (
    /(?<![\p{L}])(?:nämnd|mötes|protokoll)?sekreterare(?![\p{L}])|\bsekr(?![\p{L}])|\b(?:antecknare|protokollförare|vid pennan|vid datorn|vid anteckningarna)\b/iu.test(
      text.replace(/politisk sekreterare/gi, ''),
    )
  )
    return 'secretary';
  // "Jonas Berg, Region X (notes)", "Anna Ek, Region X (anteckningar)": the note taker, only in parentheses.
  if (/\((?:notes|note taker|minutes|anteckningar|antecknar)\)|^(?:notes|note taker|minutes)$/i.test(text.trim()))
    return 'secretary';
  if (/\bjusterare\b/i.test(text)) return 'adjuster';
  return null;
}

const LABEL_COLUMN = /^ {0,4}(\p{L}[\p{L} ]{1,40}?) {3,}(\S.{0,3000})$/u;

/**
 * PDF layouts put a label column beside the values ("Plats och tid      Stadshuset, kl 13"); such a
 * line is rewritten as "Label: value" so the label patterns apply.
 */
export function joinLabelColumns(lines: Line[]): void {
  lines.forEach((line, i) => {
    if (line.cell || line.text === '' || line.raw.length > 3000) return;
    if (line.parts.length === 2) {
      // "Plats⇥Teams": a Word label column with a tab; two labels side by side are a signature row.
      const [label, value] = line.parts as [string, string];
      // "Ledamöter⇥Organisation" over "Name⇥Org" rows is a table's header row, not a label and its value.
      const next = lines.slice(i + 1, i + 3).find((l) => l.text !== '');
      const tableFollows = next !== undefined && next.parts.length >= 2 && !matchLabel(`${next.parts[0]}:`);
      if (!tableFollows && matchLabel(`${label}:`)?.value === '' && !matchLabel(value) && roleOf(value) === null)
        line.text = `${label}: ${value}`;
      return;
    }
    if (line.parts.length > 2) return;
    // A Word table cell wrapped after its first word: "Justeringens" ⏎ "plats och tid".
    const previous = lines[i - 1];
    if (previous && /^justeringens$/i.test(previous.text) && /^(?:plats|tid)\b/i.test(line.text)) {
      line.text = `${previous.text} ${line.text}`;
      previous.text = '';
      return;
    }
    const glued = GLUED_LABEL.exec(line.text);
    if (glued) {
      line.text = `${glued[1]}: ${line.text.slice(glued[1]!.length)}`;
      return;
    }
    const m = LABEL_COLUMN.exec(line.raw);
    if (!m) return;
    const label = m[1]!.trim();
    if (matchLabel(`${label}:`)?.value === '') line.text = `${label}: ${collapseSpaces(m[2]!)}`;
  });
}

/**
 * Word/Notes protocol templates exported as text lose the cell border between a label and its value:
 * "Utses att justeraIsabel Hildén", "Sammanträdesdatum2019-01-28", "LedamöterBirgitta Falk, …". Only labels the readers consume are
 * split: the raw line then stays checked by the coverage net (src/minutes-import/parse/coverage.ts).
 */
const GLUED_LABEL =
  /^([Uu]tses att justera|[Jj]usterare|[Ss]ammanträdesdatum|[Mm]ötesdatum|[Pp]lats och tid|[Oo]rdförande|[Ss]ekreterare|[Ll]edamöter|[Bb]eslutande|[Nn]ärvarande|[Dd]eltagare|[Ee]rsättare|[Öö]vriga närvarande|[Öö]vriga deltagare)(?=[\p{Lu}\d])/u;
