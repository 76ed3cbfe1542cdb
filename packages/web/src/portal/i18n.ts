/**
 * i18next for the portal: one namespace per language (locales/en.json, locales/es.json), each loaded as a
 * chunk of its own when first needed, so a visit downloads only the language it reads. The language in use
 * is kept in three places that must agree: i18next, `<html lang>` (screen readers pick their voice by it)
 * and this device's saved choice. Signed in, the Settings screen and the language switch also save it to
 * the person's account (PUT /api/portal/preferences), which reminders by text and email follow.
 */
import i18next, { type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initialLanguage, isLanguage, LANGUAGES, type Language } from './presenters/language.ts';

export const i18n = i18next.createInstance();

const LOADERS: Record<Language, () => Promise<{ default: ResourceKey }>> = {
  en: () => import('./locales/en.json'),
  es: () => import('./locales/es.json'),
};

const STORAGE_KEY = 'pathways.portal.language';

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage refused (a private window with strict settings): the browser's languages decide.
    return null;
  }
}

function store(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // As above: the choice then lasts for this visit only.
  }
}

async function ensureLoaded(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  const bundle = await LOADERS[language]();
  i18n.addResourceBundle(language, 'translation', bundle.default);
}

/** Starts i18next in the visit's language (the saved one, else the browser's) before the first render. */
export async function startI18n(): Promise<Language> {
  const language = initialLanguage(readStored(), navigator.languages ?? [navigator.language]);
  const bundle = await LOADERS[language]();
  i18n.on('languageChanged', (lng) => {
    if (isLanguage(lng)) document.documentElement.lang = lng;
  });
  await i18n.use(initReactI18next).init({
    lng: language,
    supportedLngs: [...LANGUAGES],
    // The locale files have the same keys (locales.test.ts), so there is nothing to fall back to.
    fallbackLng: false,
    partialBundledLanguages: true,
    resources: { [language]: { translation: bundle.default } },
    // React escapes what it renders; escaping here as well would show "&amp;" in names.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  document.documentElement.lang = language;
  return language;
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/** Shows the portal in `language` and remembers it on this device. */
export async function switchLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
  await i18n.changeLanguage(language);
  store(language);
}
