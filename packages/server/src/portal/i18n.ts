/**
 * The words the server sends to a person on supervision (sign-in codes, reminders, the notice of a new
 * message, the reasons a job fits), in English and Spanish, through i18next like the portal itself: the
 * catalogues are ./locales/en.json and es.json, with the same keys (a test checks). Plain words at a sixth-to-
 * eighth-grade level; Spanish addresses the reader as usted. Values come in already formatted for the
 * language (dates and money by Intl), and nothing is escaped: these are texts and emails, not HTML.
 */
import i18next, { type TFunction } from 'i18next';
import en from './locales/en.json' with { type: 'json' };
import es from './locales/es.json' with { type: 'json' };

export type Language = 'en' | 'es';
export const CATALOGUES = { en, es } as const;

const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: en }, es: { translation: es } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The translator for one language. */
export function translator(language: Language): TFunction {
  return instance.getFixedT(language);
}
