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
  'validation.deadline_pair': {
    sv: 'Ange både datum och tid för sista dag.',
    en: 'Give both the date and the time of the deadline.',
  },
  'validation.required': { sv: 'Fältet måste fyllas i.', en: 'This field is required.' },
};
