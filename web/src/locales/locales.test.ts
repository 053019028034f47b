import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { sv } from './sv.ts';

const dictionaries = { sv, en } as const;
type Language = keyof typeof dictionaries;

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

/** Every leaf of a dictionary by its dotted path, so a nested block is checked like a flat key. */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  if (typeof value === 'string') return leaves.set(prefix, value);
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    for (const [path, text] of flatten(child, prefix ? `${prefix}.${key}` : key)) leaves.set(path, text);
  }
  return leaves;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Keys without their plural suffix: the keys the code asks for. */
function baseKeys(keys: Iterable<string>): Set<string> {
  return new Set([...keys].map((key) => key.replace(PLURAL_SUFFIX, '')));
}

/** Which plural forms of a base key a dictionary has, e.g. ['one', 'other']. */
function pluralForms(keys: Iterable<string>, base: string): string[] {
  return [...keys]
    .filter((key) => key.replace(PLURAL_SUFFIX, '') === base && PLURAL_SUFFIX.test(key))
    .map((key) => PLURAL_SUFFIX.exec(key)![1]!)
    .sort();
}

/** The differences between two dictionaries, as readable lines; empty when they match. */
function compareDictionaries(languages: Record<string, { locale: string; dictionary: unknown }>): string[] {
  const flat = Object.entries(languages).map(([name, { locale, dictionary }]) => ({
    name,
    locale,
    keys: [...flatten(dictionary).keys()],
  }));
  const problems: string[] = [];
  const allBases = new Set(flat.flatMap(({ keys }) => [...baseKeys(keys)]));
  for (const base of [...allBases].sort()) {
    const isPlural = flat.some(({ keys }) => pluralForms(keys, base).length > 0);
    for (const { name, locale, keys } of flat) {
      if (!isPlural) {
        if (!keys.includes(base)) problems.push(`${name} lacks ${base}`);
        continue;
      }
      // The forms a language needs are the ones Intl's plural rules can select for it.
      const needed: string[] = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
      const present = pluralForms(keys, base);
      const missing = needed.filter((form) => !present.includes(form));
      const extra = present.filter((form) => !needed.includes(form));
      if (missing.length > 0) problems.push(`${name} lacks ${missing.map((form) => `${base}_${form}`).join(', ')}`);
      if (extra.length > 0) problems.push(`${name} has unused ${extra.map((form) => `${base}_${form}`).join(', ')}`);
      if (keys.includes(base)) problems.push(`${name} has both ${base} and its plural forms`);
    }
  }
  return problems;
}

const languages = { sv: { locale: 'sv-SE', dictionary: sv }, en: { locale: 'en-GB', dictionary: en } };

describe('locales', () => {
  it('has every key in both languages, with the plural forms each language needs', () => {
    expect(compareDictionaries(languages)).toEqual([]);
  });

  it('finds a key missing on either side, in a nested block, and a missing plural form', () => {
    expect(
      compareDictionaries({
        sv: { locale: 'sv-SE', dictionary: { a: 'A', nested: { b: 'B' }, n_one: '1', n_other: 'n' } },
        en: { locale: 'en-GB', dictionary: { a: 'A', c: 'C', nested: {}, n_other: 'n' } },
      }),
    ).toEqual(['sv lacks c', 'en lacks n_one', 'en lacks nested.b']);
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(sv[key]));
    }
  });

  it('has no empty translations', () => {
    for (const [key, text] of [...Object.entries(sv), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('puts every count next to a word through plural forms ("1 organisation", not "1 organisationer")', () => {
    // A bare "(12)" after a heading needs no plural; a count inside a phrase does.
    for (const language of Object.keys(dictionaries) as Language[]) {
      for (const [key, text] of Object.entries(dictionaries[language])) {
        if (!text.includes('{{count}}') || /\(\{\{count\}\}\)/.test(text)) continue;
        expect(PLURAL_SUFFIX.test(key), `${language} ${key}: "${text}"`).toBe(true);
      }
    }
  });
});

describe('plural rules', () => {
  it('say "1 organisation" and "2 organisationer" through i18next', async () => {
    const { default: i18next } = await import('i18next');
    const instance = i18next.createInstance();
    await instance.init({
      lng: 'sv',
      resources: { sv: { translation: sv }, en: { translation: en } },
      keySeparator: false,
      nsSeparator: false,
    });
    expect(instance.t('rounds.strain.organizations', { count: 1 })).toBe('1 organisation');
    expect(instance.t('rounds.strain.organizations', { count: 2 })).toBe('2 organisationer');
    expect(instance.t('rounds.strain.organizations', { count: 0 })).toBe('0 organisationer');
    expect(instance.getFixedT('en')('rounds.counts.notYet', { count: 1 })).toBe('1 has not reported yet');
    expect(instance.getFixedT('en')('rounds.counts.notYet', { count: 3 })).toBe('3 have not reported yet');
  });
});
