export type RoleKind = 'chair' | 'secretary' | 'adjuster';
export type LabelKind = 'date' | 'time' | 'placeTime' | 'location' | 'dnr' | RoleKind | 'attendees' | 'excluded';

interface LabelDef {
  kind: LabelKind;
  pattern: string;
  /** People lists may carry a qualifier before the colon ("Närvarande tjänstepersoner:"). */
  qualified?: boolean;
}

const LABELS: LabelDef[] = [
  { kind: 'placeTime', pattern: 'plats och tid|tid och plats' },
  { kind: 'date', pattern: 'datum|mötesdatum|sammanträdesdatum' },
  { kind: 'time', pattern: 'tid|klockslag|tidpunkt' },
  { kind: 'location', pattern: 'plats|lokal|mötesplats|möteslokal|mötesform|sammanträdesplats' },
  { kind: 'dnr', pattern: 'dnr|diarienummer|diarienr' },
  { kind: 'chair', pattern: 'ordförande|ordf|mötesordförande|mötesledare|sammankallande' },
  { kind: 'secretary', pattern: 'sekreterare|vid datorn|vid anteckningarna|vid protokollet|vid tangentbordet|antecknare|protokollförare|sekr' },
  { kind: 'adjuster', pattern: 'justerare|justerande|justeras|utses att justera' },
  { kind: 'excluded', pattern: 'frånvarande|anmält förhinder|förhinder|inbjudna|ej närvarande|sändlista|kopia|justeringens plats och tid', qualified: true },
  {
    kind: 'attendees',
    pattern: 'närvarande|deltagare|beslutande|tjänstgörande ersättare|ersättare|övriga deltagare|övriga närvarande|ledamöter|medverkande|övriga medverkande',
    qualified: true,
  },
];

const COMPILED = LABELS.map((def) => ({
  def,
  withValue: new RegExp(`^(?:${def.pattern})${def.qualified ? '(?: [^\\s:]+){0,4}' : ''} ?: ?(.*)$`, 'iu'),
  alone: new RegExp(`^(?:${def.pattern})${def.qualified ? '(?: [^\\s:]+){0,4}' : ''}:?$`, 'iu'),
  spaced: new RegExp(`^(?:${def.pattern}) (.+)$`, 'iu'),
}));

/** Cheap first test: every label starts its line. */
const ANY_LABEL = new RegExp(`^\\**(?:${LABELS.map((d) => d.pattern).join('|')})`, 'iu');

export interface LabelMatch {
  kind: LabelKind;
  /** Text after the label on the same line; '' when the value is on the following lines. */
  value: string;
}

/** Header-style values may follow the label after a space ("Datum 2020-04-30", "Tid kl 9"). */
function spacedValueFits(kind: LabelKind, value: string): boolean {
  if (kind === 'date' || kind === 'time') return /^(?:kl\b|\d)/i.test(value);
  return kind === 'dnr' && /\d/.test(value);
}

export function matchLabel(text: string): LabelMatch | null {
  if (text.length > 2000 || !ANY_LABEL.test(text)) return null;
  const bare = text.replace(/\*+/g, '').trim();
  for (const { def, withValue, alone, spaced } of COMPILED) {
    if (alone.test(bare)) return { kind: def.kind, value: '' };
    const m = withValue.exec(bare);
    if (m) return { kind: def.kind, value: m[1]!.trim() };
    const s = spaced.exec(bare);
    if (s && spacedValueFits(def.kind, s[1]!)) return { kind: def.kind, value: s[1]!.trim() };
  }
  return null;
}

const ROLE_WORDS: [RegExp, RoleKind][] = [
  [/^(?:ordförande|ordf\.?|mötesordförande|mötesledare|sammankallande)$/i, 'chair'],
  [/^(?:sekreterare|vid datorn|vid anteckningarna|vid protokollet|vid tangentbordet|antecknare|protokollförare)$/i, 'secretary'],
  [/^(?:justerare|justerande|justeras)$/i, 'adjuster'],
];

/** A cell or parenthesis that is only a role word ("Mötesledare", "ordförande"). */
export function roleOf(text: string): RoleKind | null {
  const bare = text.replace(/[*:]/g, '').trim();
  for (const [pattern, kind] of ROLE_WORDS) if (pattern.test(bare)) return kind;
  return null;
}

/** Role words inside a participant entry ("Anna Berg (S), ordförande"). */
export function roleMentioned(text: string): RoleKind | null {
  if (/\b(?:ordförande|ordf\.|mötesledare|sammankallande)\b/i.test(text)) return 'chair';
  if (/\bsekreterare\b/i.test(text)) return 'secretary';
  if (/\bjusterare\b/i.test(text)) return 'adjuster';
  return null;
}
