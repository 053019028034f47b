import { describe, expect, it } from 'vitest';
import { findPersonalIdentityNumber } from './personal-number.ts';

describe('findPersonalIdentityNumber', () => {
  it.each([
    ['YYMMDD-XXXX', 'Patienten 811218-9876 vårdas på IVA'],
    ['YYMMDD+XXXX (over 100 years old)', 'född 811218+9876'],
    ['YYYYMMDDXXXX', 'pnr 198112189876.'],
    ['YYYYMMDD-XXXX', 'pnr 19811218-9876'],
    ['samordningsnummer (day + 60)', 'sam.nr 701063-2391 noterat'],
    ['at the start of the text', '811218-9876'],
  ])('finds a %s', (_label, text) => {
    expect(findPersonalIdentityNumber(text)).toBeDefined();
  });

  it.each([
    ['a mobile number', 'Ring 070-123 45 67 eller 0701234567'],
    ['a landline', 'tel 023-490 00 00'],
    ['a Dnr', 'Dnr RD21/01391 och RS 2020-12-29'],
    ['a date with a count', '2021-01-12 1234 tester'],
    ['a wrong check digit', '811218-9875'],
    ['an impossible date', '811318-9876'],
    ['a longer digit run', '11811218-98761'],
    ['a twelve-digit number in the wrong century', '238112189876'],
  ])('ignores %s', (_label, text) => {
    expect(findPersonalIdentityNumber(text)).toBeUndefined();
  });
});
