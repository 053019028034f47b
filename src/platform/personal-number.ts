// Swedish personnummer and samordningsnummer must never be stored in free text.
// Forms we refuse: YYMMDD-XXXX, YYMMDD+XXXX, YYYYMMDDXXXX and YYYYMMDD-XXXX, each with a valid
// date (day + 60 for a samordningsnummer) and a valid Luhn check digit. Ten bare digits are
// deliberately not matched: that is the shape of a Swedish mobile number.
const CANDIDATE =
  /(?<![\d-])(?:(\d{2})?(\d{2})(\d{2})(\d{2})([-+])(\d{4})|(\d{2})(\d{2})(\d{2})(\d{2})(\d{4}))(?![\d-])/g;

function luhnIsValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let digit = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return sum % 10 === 0;
}

function isPlausibleDate(month: number, day: number): boolean {
  const calendarDay = day > 60 ? day - 60 : day;
  return month >= 1 && month <= 12 && calendarDay >= 1 && calendarDay <= 31;
}

function isIdentityNumber(yy: string, mm: string, dd: string, serial: string, century?: string): boolean {
  if (century !== undefined && !['18', '19', '20'].includes(century)) return false;
  if (!isPlausibleDate(Number(mm), Number(dd))) return false;
  return luhnIsValid(`${yy}${mm}${dd}${serial}`);
}

/** Returns the first personnummer or samordningsnummer found in the text, if any. */
export function findPersonalIdentityNumber(text: string): string | undefined {
  for (const match of text.matchAll(CANDIDATE)) {
    const [whole, c1, y1, m1, d1, , s1, c2, y2, m2, d2, s2] = match;
    const found = s1 !== undefined ? isIdentityNumber(y1!, m1!, d1!, s1, c1) : isIdentityNumber(y2!, m2!, d2!, s2!, c2);
    if (found) return whole;
  }
  return undefined;
}
