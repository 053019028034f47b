import type { LocalizedMessage } from './errors.ts';

/**
 * Messages that schemas name by key (`{ message: 'validation.municipality_code' }`), so the same
 * schema can answer in Swedish or English. Zod's own messages are localised with its locales.
 */
export const validationMessages: Record<string, LocalizedMessage> = {
  'validation.municipality_code': {
    sv: 'Kommunkoden ska vara fyra siffror, till exempel 2080.',
    en: 'The municipality code must be four digits, for example 2080.',
  },
  'validation.municipality_code_kind': {
    sv: 'Bara en kommun har kommunkod.',
    en: 'Only a municipality has a municipality code.',
  },
  'validation.password_length': {
    sv: 'Lösenordet ska ha minst 10 tecken.',
    en: 'The password must have at least 10 characters.',
  },
  'validation.hsa_id': {
    sv: 'HSA-id skrivs som landskod, organisationsnummer, bindestreck och löpnummer, till exempel SE2321000016-1003.',
    en: 'An HSA-id is a country code, an organisation number, a hyphen and a serial, for example SE2321000016-1003.',
  },
  'validation.range_order': {
    sv: 'Största värdet får inte vara mindre än minsta värdet.',
    en: 'The maximum must not be less than the minimum.',
  },
  'validation.period_order': {
    sv: 'Perioden kan inte sluta före den börjar.',
    en: 'The period cannot end before it starts.',
  },
  'validation.time': {
    sv: 'Ange tiden som TT:MM, till exempel 12:00.',
    en: 'Give the time as HH:MM, for example 12:00.',
  },
  'validation.substitute_pair': {
    sv: 'Ange antingen vem som ersatte den kallade personen eller vem ersättaren ersätter, inte båda på samma rad.',
    en: 'Give either who replaced the invited person or whom the substitute replaces, not both on one line.',
  },
  'validation.deadline_pair': {
    sv: 'Ange både datum och tid för sista dag.',
    en: 'Give both the date and the time of the deadline.',
  },
  'validation.nul_character': {
    sv: 'Texten innehåller ett otillåtet tecken (NUL, teckenkod 0). Ta bort det och försök igen.',
    en: 'The text contains a character that is not allowed (NUL, code 0). Remove it and try again.',
  },
  'validation.lone_surrogate': {
    sv: 'Texten innehåller ett trasigt tecken (ett ensamt UTF-16-surrogat). Skriv in texten på nytt.',
    en: 'The text contains a broken character (a lone UTF-16 surrogate). Type the text again.',
  },
  'validation.unprintable_character': {
    sv: 'Texten innehåller tecken som inte kan skrivas ut i protokollet, till exempel kinesiska, thailändska eller etiopiska tecken eller styrtecken. Latinska, grekiska, kyrilliska, arabiska, hebreiska, armeniska och georgiska bokstäver och emoji går bra.',
    en: 'The text contains characters that cannot be printed in the minutes, for example Chinese, Thai or Ethiopic characters or control characters. Latin, Greek, Cyrillic, Arabic, Hebrew, Armenian and Georgian letters and emoji are fine.',
  },
  'validation.date_range': {
    sv: 'Datumet måste ligga mellan år 1900 och 9999.',
    en: 'The date must be between the years 1900 and 9999.',
  },
  'validation.duplicate': {
    sv: 'Samma val finns med två gånger.',
    en: 'The same choice is listed twice.',
  },
  'validation.search_empty': {
    sv: 'Skriv minst ett ord att söka efter.',
    en: 'Type at least one word to search for.',
  },
  'validation.search_length': {
    sv: 'Sökningen får vara högst 200 tecken. Korta ner den.',
    en: 'A search can be at most 200 characters. Shorten it.',
  },
  'validation.required': { sv: 'Fältet måste fyllas i.', en: 'This field is required.' },
};
