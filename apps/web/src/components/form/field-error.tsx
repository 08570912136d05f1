import type { FieldError as RhfFieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorId } from './field-ids';

/** The error under a field: our own rule's message, or the service's refusal with its own (English) words. */
export function FieldError({ name, error }: { name: string; error?: RhfFieldError }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p id={errorId(name)} className="field-error">
      <span className="visually-hidden">{t('errors.prefix')} </span>
      {errorText(error, t)}
    </p>
  );
}

export function errorText(error: RhfFieldError, t: (key: string) => string) {
  if (error.type === 'server') {
    return (
      <>
        {t('errors.serverField')} <span lang="en">({error.message})</span>
      </>
    );
  }
  return t(error.message || 'validation.invalid');
}
