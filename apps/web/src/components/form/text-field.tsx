import type { InputHTMLAttributes } from 'react';
import { get, useFormContext } from 'react-hook-form';
import type { FieldError as RhfFieldError, FieldValues, Path } from 'react-hook-form';
import { describedBy, fieldId, hintId } from './field-ids';
import { FieldError } from './field-error';

interface TextFieldProps<T extends FieldValues> extends Omit<InputHTMLAttributes<HTMLInputElement>, 'name'> {
  name: Path<T>;
  label: string;
  hint?: string;
  multiline?: boolean;
}

/** A labelled text input (or textarea) with its hint and error linked by aria-describedby. */
export function TextField<T extends FieldValues>({ name, label, hint, multiline, ...input }: TextFieldProps<T>) {
  const { register, formState } = useFormContext<T>();
  const error: RhfFieldError | undefined = get(formState.errors, name);
  const props = {
    id: fieldId(name),
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(name, Boolean(hint), Boolean(error)),
    ...register(name),
  };
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={fieldId(name)}>{label}</label>
      {hint && (
        <p id={hintId(name)} className="hint">
          {hint}
        </p>
      )}
      <FieldError name={name} error={error} />
      {multiline ? <textarea rows={5} {...props} /> : <input type="text" {...input} {...props} />}
    </div>
  );
}
