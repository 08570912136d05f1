import { get, useFormContext } from 'react-hook-form';
import type { FieldError as RhfFieldError, FieldValues, Path } from 'react-hook-form';
import { describedBy, fieldId, hintId } from './field-ids';
import { FieldError } from './field-error';

interface ChoiceFieldProps<T extends FieldValues> {
  name: Path<T>;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  /** Several answers (checkboxes) or one (radios). */
  multiple?: boolean;
}

/** A question with a few answers as a fieldset of radios or checkboxes; the legend is the question. */
export function ChoiceField<T extends FieldValues>({ name, legend, hint, options, multiple }: ChoiceFieldProps<T>) {
  const { register, formState } = useFormContext<T>();
  const error: RhfFieldError | undefined = get(formState.errors, name);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <fieldset id={fieldId(name)} aria-describedby={describedBy(name, Boolean(hint), Boolean(error))} tabIndex={-1}>
        <legend>{legend}</legend>
        {hint && (
          <p id={hintId(name)} className="hint">
            {hint}
          </p>
        )}
        <FieldError name={name} error={error} />
        {options.map((option, index) => {
          const id = `${fieldId(name)}-${index}`;
          return (
            <div className="choice" key={option.value}>
              <input id={id} type={multiple ? 'checkbox' : 'radio'} value={option.value} {...register(name)} />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
