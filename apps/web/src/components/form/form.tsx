import { type ReactNode, useEffect, useRef, useState } from 'react';
import { type FieldValues, FormProvider, type UseFormReturn } from 'react-hook-form';
import { applyProblem, type MappedProblem, mapProblem } from '../../lib/problem-form';
import { ErrorSummary } from './error-summary';

interface FormProps<T extends FieldValues> {
  methods: UseFormReturn<T>;
  onSubmit: (values: T) => Promise<unknown>;
  /** Every field's dotted name and label, in the order they appear: the summary links errors to them. */
  labels: Record<string, string>;
  submitLabel: string;
  /** Issue names start with it when the form edits a nested member of the body (e.g. `contact.`). */
  issuePrefix?: string;
  children: ReactNode;
}

/** A form that validates before sending, maps the service's problem to its fields and summarises errors at the top. */
export function Form<T extends FieldValues>({ methods, onSubmit, labels, submitLabel, issuePrefix, children }: FormProps<T>) {
  const [problem, setProblem] = useState<MappedProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const submit = methods.handleSubmit(
    async (values) => {
      setProblem(null);
      try {
        await onSubmit(values);
      } catch (error) {
        const mapped = mapProblem(error, Object.keys(labels), issuePrefix);
        applyProblem(mapped, methods.setError);
        setProblem(mapped);
        setAttempt((count) => count + 1);
      }
    },
    () => {
      setProblem(null);
      setAttempt((count) => count + 1);
    },
  );
  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);
  return (
    <FormProvider {...methods}>
      <form noValidate onSubmit={submit}>
        <ErrorSummary ref={summary} errors={methods.formState.errors} labels={labels} problem={problem} />
        {children}
        <button type="submit" className="button" disabled={methods.formState.isSubmitting}>
          {submitLabel}
        </button>
      </form>
    </FormProvider>
  );
}
