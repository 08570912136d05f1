import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/languages';

/** The language switch on every page; each language is named in itself. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <nav aria-label={t('layout.languages')} className="language-switch">
      <ul>
        {LANGUAGES.map(({ code, label }) => (
          <li key={code}>
            <button type="button" lang={code} aria-pressed={i18n.language === code} onClick={() => void chooseLanguage(code)}>
              {label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
