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
  const [, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  // Set on a failed submission; the summary takes the focus once it is on screen (errors may land a render later).
  const focusSummary = useRef(false);
  const failed = () => {
    focusSummary.current = true;
    setAttempt((count) => count + 1);
  };
  const submit = methods.handleSubmit(
    async (values) => {
      setProblem(null);
      try {
        await onSubmit(values);
      } catch (error) {
        const mapped = mapProblem(error, Object.keys(labels), issuePrefix);
        applyProblem(mapped, methods.setError);
        setProblem(mapped);
        failed();
      }
    },
    () => {
      setProblem(null);
      failed();
    },
  );
  useEffect(() => {
    if (focusSummary.current && summary.current) {
      summary.current.focus();
      focusSummary.current = false;
    }
  });
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
