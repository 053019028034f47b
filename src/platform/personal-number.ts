// Swedish personnummer and samordningsnummer must never be stored in free text, file names or
// uploaded files. Browser-safe: the web app runs the same check in its forms.
//
// Refused: YYMMDD-NNNN, YYMMDD+NNNN (100 years or older), YYYYMMDD-NNNN, YYYYMMDDNNNN and ten bare
// digits YYMMDDNNNN, each with a real date (day + 60 for a samordningsnummer) and a valid Luhn check
// digit, wherever they stand in a token ("pnr-850709-9805", "id-198507099805"). The separator may
// be any dash, a space, a line break or an invisible character, because text pasted from Word, PDF
// or a web page carries all of them. Passed on purpose:
// - ten bare digits starting with 0: that is a Swedish phone number (0701234567), and nobody
//   born 2000–2009 can be told apart from one without a separator;
// - organisationsnummer: their month digits are 20 or more, so they are never a date;
// - numbers inside longer digit runs, and dates whose parts are split (2021-03-15 1234).

// Characters that render as nothing (format characters, Hangul fillers) and combining marks, which
// can hide inside and between digit groups ("8̲5̲0̲7̲0̲9̲"); none of them changes what a digit says.
const INVISIBLE = /[\p{Cf}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0]/gu;
const HAS_INVISIBLE = new RegExp(INVISIBLE.source, 'u');
// Every dash and minus, including the non-breaking hyphen (U+2011) and minus sign (U+2212). The
// ASCII hyphen and space are left out of these two only because replacing them by themselves
// made a 20 MB upload take seconds longer.
const DASH = /(?!-)[\p{Pd}\u2212\u2043\u02D7\u2796]/gu;
// JavaScript's \s covers the no-break, narrow and figure spaces and every line break.
const SPACE = /[^\S ]/g;

const SEPARATOR = String.raw`\+|[ ]{0,3}-{1,2}[ ]{0,3}|[ ]{1,3}`;
const CANDIDATE = new RegExp(String.raw`(?<!\d)(\d{2})?(\d{6})(${SEPARATOR})?(\d{4})(?!\d)`, 'g');

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** A real calendar day; a two-digit year is a leap year when either century makes it one. */
function isRealDate(year: number | undefined, yy: number, month: number, day: number): boolean {
  const calendarDay = day > 60 ? day - 60 : day;
  if (month < 1 || month > 12 || calendarDay < 1 || calendarDay > DAYS_IN_MONTH[month - 1]!) return false;
  if (month !== 2 || calendarDay !== 29) return true;
  return year === undefined ? yy % 4 === 0 : isLeapYear(year);
}

function hasValidCheckDigit(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let digit = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return sum % 10 === 0;
}

function isIdentityNumber(century: string | undefined, date: string, separator: string | undefined, serial: string) {
  if (century === undefined && separator === undefined && date.startsWith('0')) return false;
  const yy = Number(date.slice(0, 2));
  const year = century === undefined ? undefined : Number(century + date.slice(0, 2));
  if (year !== undefined && (year < 1800 || year > new Date().getFullYear())) return false;
  if (!isRealDate(year, yy, Number(date.slice(2, 4)), Number(date.slice(4, 6)))) return false;
  return hasValidCheckDigit(date + serial);
}

function findIn(normalized: string): string | undefined {
  CANDIDATE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CANDIDATE.exec(normalized))) {
    const [whole, century, date, separator, serial] = match;
    if (isIdentityNumber(century, date!, separator, serial!)) return whole;
    // Candidates may overlap ("19850709-9805" also holds "850709-9805"), so step one character.
    CANDIDATE.lastIndex = match.index + 1;
  }
  return undefined;
}

function normalize(text: string, invisibleAs: '' | '-'): string {
  return text.normalize('NFKC').replace(INVISIBLE, invisibleAs).replace(DASH, '-').replace(SPACE, ' ');
}

/**
 * Returns the first personnummer or samordningsnummer in the text (normalised: ASCII digits,
 * "-" for any dash), if there is one.
 */
export function findPersonalIdentityNumber(text: string): string | undefined {
  // An invisible character is dropped when it hides inside a group and is a separator when it
  // stands between the groups; both readings are tried.
  const found = findIn(normalize(text, ''));
  return found ?? (HAS_INVISIBLE.test(text) ? findIn(normalize(text, '-')) : undefined);
}

/** For text that is kept but never refused (a User-Agent, a search in a logged URL): null when it holds one. */
export function unlessPersonalNumber(text: string): string | null {
  return findPersonalIdentityNumber(text) ? null : text;
}
