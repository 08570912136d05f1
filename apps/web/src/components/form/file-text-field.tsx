import { get, useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldError as RhfFieldError, FieldValues, Path } from 'react-hook-form';
import { describedBy, fieldId, hintId } from './field-ids';
import { FieldError } from './field-error';

interface FileTextFieldProps<T extends FieldValues> {
  name: Path<T>;
  label: string;
  hint?: string;
  accept: string;
}

/** Uploads a small text file (a PEM certificate, an SSH public key): the form holds its text, never the file. */
export function FileTextField<T extends FieldValues>({ name, label, hint, accept }: FileTextFieldProps<T>) {
  const { t } = useTranslation();
  const { control, formState } = useFormContext<T>();
  const { field } = useController({ name, control });
  const error: RhfFieldError | undefined = get(formState.errors, name);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={fieldId(name)}>{label}</label>
      {hint && (
        <p id={hintId(name)} className="hint">
          {hint}
        </p>
      )}
      <FieldError name={name} error={error} />
      <input
        id={fieldId(name)}
        type="file"
        accept={accept}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, Boolean(hint), Boolean(error))}
        onBlur={field.onBlur}
        ref={field.ref}
        onChange={async (event) => field.onChange((await event.target.files?.[0]?.text()) ?? '')}
      />
      {field.value ? <p className="hint">{t('form.fileRead', { count: String(field.value).length })}</p> : null}
    </div>
  );
}
