const SENTENCE_START = /[\p{Lu}\p{N}"”'»„]/u;

/**
 * Splits at ". ", "! " or "? " followed by a capital letter or digit. Lower-case continuations
 * ("t.ex. i Mora") stay together; single capital initials ("A. Berg") do not end a sentence.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < text.length && (text[j] === '"' || text[j] === '”' || text[j] === ')')) j++;
    if (j >= text.length || text[j] !== ' ') continue;
    let k = j;
    while (k < text.length && text[k] === ' ') k++;
    if (k >= text.length || !SENTENCE_START.test(text[k]!)) continue;
    if (ch === '.' && (isInitial(text, i) || isAbbreviation(text, i) || weekNumber(text, i, k))) continue;
    out.push(text.slice(start, j).trim());
    start = k;
    i = k - 1;
  }
  const last = text.slice(start).trim();
  if (last) out.push(last);
  return out;
}

/**
 * Abbreviations written before a number or a name ("kl. 13.00", "ca. 40", "kv. Eken", "fr.o.m. 1 mars", "7 kap. 20 §
 * riksdagsordningen").
 */
const ABBREVIATION =
  /(?:^|[\s(])(?:kl|ca|cirka|nr|kv|kvarteret|fr\.o\.m|t\.o\.m|p|s|sid|enl|inkl|exkl|resp|jfr|bil|tfn|tel|ang|avd|st|kap)$/i;

function isAbbreviation(text: string, dot: number): boolean {
  return ABBREVIATION.test(text.slice(Math.max(0, dot - 12), dot));
}

/** "senast v. 16": "v." before a number is the week, no sentence end. */
function weekNumber(text: string, dot: number, next: number): boolean {
  return /(?:^|[\s(])v$/i.test(text.slice(Math.max(0, dot - 2), dot)) && /\d/.test(text[next]!);
}

function isInitial(text: string, dot: number): boolean {
  const prev = text[dot - 1];
  const before = text[dot - 2];
  return prev !== undefined && /\p{Lu}/u.test(prev) && (before === undefined || before === ' ' || before === '.');
}

export function firstSentence(text: string): string {
  return splitSentences(text)[0] ?? text.trim();
}

export function endsSentence(text: string): boolean {
  return /[.!?]["”)]?$/.test(text);
}

export function tokens(text: string): string[] {
  return text.split(' ').filter((t) => t !== '');
}
