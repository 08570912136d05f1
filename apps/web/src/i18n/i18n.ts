import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initialLanguage, type Language, LANGUAGE_STORAGE_KEY } from './languages';

type Catalogue = Record<string, unknown>;

/** Each language's catalogue is a chunk of its own: a visitor downloads the one shown, another only on a switch. */
const CATALOGUES: Record<Language, () => Promise<{ default: Catalogue }>> = {
  fr: () => import('./locales/fr.json'),
  nl: () => import('./locales/nl.json'),
  de: () => import('./locales/de.json'),
  en: () => import('./locales/en.json'),
};

const storedLanguage = (): string | null => {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
};

/** Starts i18next in `language` with the catalogues given (tests give all four) and keeps `<html lang>` in step. */
export function startI18n(language: Language, resources: Partial<Record<Language, Catalogue>>) {
  void i18next.use(initReactI18next).init({
    resources: Object.fromEntries(Object.entries(resources).map(([code, translation]) => [code, { translation }])),
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = language;
  i18next.off('languageChanged');
  i18next.on('languageChanged', (code) => {
    document.documentElement.lang = code;
  });
  return i18next;
}

/** The browser's start: the kept or preferred language, its catalogue alone. */
export async function startI18nInBrowser(
  language: Language = initialLanguage(storedLanguage(), navigator.languages ?? [navigator.language]),
) {
  return startI18n(language, { [language]: (await CATALOGUES[language]()).default });
}

/** The switch on every page: fetches the language's catalogue if needed, changes, and keeps the choice for the next visit. */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // A browser refusing storage still switches for this visit.
  }
  if (!i18next.hasResourceBundle(language, 'translation'))
    i18next.addResourceBundle(language, 'translation', (await CATALOGUES[language]()).default);
  await i18next.changeLanguage(language);
}
