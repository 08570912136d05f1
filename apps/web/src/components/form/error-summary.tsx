import { forwardRef } from 'react';
import type { FieldErrors, FieldError as RhfFieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MappedProblem } from '../../lib/problem-form';
import { ProblemMessage } from '../problem-message';
import { errorText } from './field-error';
import { fieldId } from './field-ids';

interface ErrorSummaryProps {
  errors: FieldErrors;
  labels: Record<string, string>;
  problem: MappedProblem | null;
}

/** Flattens react-hook-form's nested errors to dotted names, in the order of the labels (the form's order). */
export function flattenErrors(errors: FieldErrors, labels: Record<string, string>): [string, RhfFieldError][] {
  const at = (name: string) => name.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors);
  return Object.keys(labels)
    .map((name) => [name, at(name)] as [string, RhfFieldError | undefined])
    .filter((entry): entry is [string, RhfFieldError] => Boolean(entry[1]?.type));
}

/** "There is a problem" at the top of a form: each error links to its field; a refusal without fields is told here. */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ errors, labels, problem }, ref) {
  const { t } = useTranslation();
  const fieldErrors = flattenErrors(errors, labels);
  const showProblem = problem && problem.fieldIssues.length === 0;
  if (fieldErrors.length === 0 && !showProblem) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('errors.summaryTitle')}</h2>
      {showProblem && <ProblemMessage error={problem.error} />}
      {fieldErrors.length > 0 && (
        <ul>
          {fieldErrors.map(([name, error]) => (
            <li key={name}>
              <a href={`#${fieldId(name)}`}>
                {labels[name]} : {errorText(error, t)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
