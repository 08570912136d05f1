import { get, useFormContext } from 'react-hook-form';
import type { FieldError as RhfFieldError, FieldValues, Path } from 'react-hook-form';
import { describedBy, fieldId, hintId } from './field-ids';
import { FieldError } from './field-error';

interface SelectFieldProps<T extends FieldValues> {
  name: Path<T>;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
}

/** A labelled drop-down list for a choice among many. */
export function SelectField<T extends FieldValues>({ name, label, hint, options }: SelectFieldProps<T>) {
  const { register, formState } = useFormContext<T>();
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
      <select
        id={fieldId(name)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, Boolean(hint), Boolean(error))}
        {...register(name)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
