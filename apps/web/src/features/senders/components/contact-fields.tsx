import { useTranslation } from 'react-i18next';
import { ChoiceField } from '../../../components/form/choice-field';
import { TextField } from '../../../components/form/text-field';
import { LANGUAGES } from '../../../i18n/languages';

/** The technical contact's fields; `prefix` is `contact.` when the contact is a member of a larger body. */
export function ContactFields({ prefix = '' }: { prefix?: '' | 'contact.' }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="inset">
        <p>{t('contact.whyOne')}</p>
      </div>
      <TextField name={`${prefix}firstName`} label={t('contact.firstName')} autoComplete="given-name" />
      <TextField name={`${prefix}lastName`} label={t('contact.lastName')} autoComplete="family-name" />
      <TextField
        name={`${prefix}email`}
        label={t('contact.email')}
        hint={t('contact.emailHint')}
        type="email"
        autoComplete="email"
        spellCheck={false}
      />
      <TextField name={`${prefix}phone`} label={t('contact.phone')} hint={t('contact.phoneHint')} type="tel" autoComplete="tel" />
      <ChoiceField
        name={`${prefix}language`}
        legend={t('contact.language')}
        hint={t('contact.languageHint')}
        options={LANGUAGES.map(({ code, label }) => ({ value: code, label }))}
      />
    </>
  );
}

/** The contact fields' labels by dotted name, in screen order, for the error summary. */
export const contactLabels = (t: (key: string) => string, prefix: '' | 'contact.' = '') => ({
  [`${prefix}firstName`]: t('contact.firstName'),
  [`${prefix}lastName`]: t('contact.lastName'),
  [`${prefix}email`]: t('contact.email'),
  [`${prefix}phone`]: t('contact.phone'),
  [`${prefix}language`]: t('contact.language'),
});
