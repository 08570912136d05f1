import type { InputIssue } from '@chaman/contracts';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ProblemError } from './problem-error';

/** What a refused submission shows: issues placed on the form's fields, the rest in the summary at the top. */
export interface MappedProblem {
  fieldIssues: InputIssue[];
  otherIssues: InputIssue[];
  error: ProblemError;
}

/** Splits a problem's `issues` between the form's own fields (dotted body paths) and everything else. */
export function mapProblem(error: unknown, fieldNames: readonly string[], prefix = ''): MappedProblem {
  const problem =
    error instanceof ProblemError
      ? error
      : new ProblemError({ type: 'urn:problem-type:belgif:internalServerError', title: 'Error', status: 500, code: 'internalServerError' });
  const local = (issue: InputIssue) => (prefix && issue.name.startsWith(prefix) ? issue.name.slice(prefix.length) : issue.name);
  const bodyIssues = problem.issues.filter((issue) => issue.in === 'body' && fieldNames.includes(local(issue)));
  return {
    fieldIssues: bodyIssues.map((issue) => ({ ...issue, name: local(issue) })),
    otherIssues: problem.issues.filter((issue) => !bodyIssues.includes(issue)),
    error: problem,
  };
}

/** Puts field issues on the form (type `server`: the field shows the service's own words beside a translated line). */
export function applyProblem<T extends FieldValues>(mapped: MappedProblem, setError: UseFormSetError<T>): void {
  for (const issue of mapped.fieldIssues) setError(issue.name as Path<T>, { type: 'server', message: issue.detail });
}
