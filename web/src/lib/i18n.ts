import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@server/auth/schema.ts';
import { sv, type TranslationKey } from '../locales/sv.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof sv };
    keySeparator: false;
    nsSeparator: false;
  }
}

const STORAGE_KEY = 'samverkan.locale';

function isLocale(value: unknown): value is Locale {
  return value === 'sv' || value === 'en';
}

/** The language this browser was last switched to, if any. */
export function storedLocale(): Locale | undefined {
  const value = localStorage.getItem(STORAGE_KEY);
  return isLocale(value) ? value : undefined;
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : 'sv';
}

export function isTranslationKey(value: string): value is TranslationKey {
  return Object.hasOwn(sv, value);
}

/**
 * Swedish is in the app's first script; English is fetched the first time it is chosen, so most
 * users do not download a dictionary they never read.
 */
async function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'sv' || i18next.hasResourceBundle(locale, 'translation')) return;
  const { en } = await import('../locales/en.ts');
  i18next.addResourceBundle('en', 'translation', en);
}

export async function changeLocale(locale: Locale, options: { remember: boolean }): Promise<void> {
  if (options.remember) localStorage.setItem(STORAGE_KEY, locale);
  await loadLocale(locale);
  await i18next.changeLanguage(locale);
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

/**
 * Resolves once the remembered language is loaded; main.tsx renders after it. Not a top-level
 * await: the English dictionary's chunk imports modules from this one's chunk, and a chunk that
 * awaits an import of a chunk that waits for it never finishes loading (a blank page in English).
 */
export const i18nReady: Promise<void> = i18next
  .use(initReactI18next)
  .init({
    lng: 'sv',
    fallbackLng: 'sv',
    resources: { sv: { translation: sv } },
    keySeparator: false,
    nsSeparator: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
  })
  .then(() => changeLocale(storedLocale() ?? 'sv', { remember: false }));
