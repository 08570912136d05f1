import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './locales/de.json';
import en from './locales/en.json';
import fr from './locales/fr.json';
import nl from './locales/nl.json';
import { initialLanguage, type Language, LANGUAGE_STORAGE_KEY } from './languages';

export const catalogues = { fr, nl, de, en } as const;

const storedLanguage = (): string | null => {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
};

/** Starts i18next in the kept or preferred language and keeps `<html lang>` and the stored choice in step. */
export function startI18n(language: Language = initialLanguage(storedLanguage(), navigator.languages ?? [navigator.language])) {
  void i18next.use(initReactI18next).init({
    resources: Object.fromEntries(Object.entries(catalogues).map(([code, translation]) => [code, { translation }])),
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (code) => {
    document.documentElement.lang = code;
  });
  return i18next;
}

/** The switch on every page: changes the language and keeps the choice for the next visit. */
export function chooseLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // A browser refusing storage still switches for this visit.
  }
  void i18next.changeLanguage(language);
}
