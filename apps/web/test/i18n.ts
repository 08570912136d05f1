import de from '../src/i18n/locales/de.json';
import en from '../src/i18n/locales/en.json';
import fr from '../src/i18n/locales/fr.json';
import nl from '../src/i18n/locales/nl.json';
import { startI18n } from '../src/i18n/i18n';
import type { Language } from '../src/i18n/languages';

/** i18next in `language`, every catalogue at hand (the browser loads them one by one). */
export const startTestI18n = (language: Language) => startI18n(language, { fr, nl, de, en });
