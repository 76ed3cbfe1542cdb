/**
 * The portal's two languages and which one a visit starts in: the choice saved on this device, else the
 * browser's first English or Spanish preference, else English. Pure, so the rule is tested without a
 * browser; i18n.ts applies it.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, so a reader of either finds their own: never translated. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** `stored`: the device's saved choice; `browser`: navigator.languages, most preferred first. */
export function initialLanguage(stored: string | null, browser: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** The locale for Intl and react-aria: US conventions (dollars, month-day order in English) in both. */
export function localeOf(language: Language): string {
  return language === 'es' ? 'es-US' : 'en-US';
}
