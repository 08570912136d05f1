import { type ReactNode, useEffect, useRef, useState } from 'react';
import { type FieldValues, FormProvider, type Path, type UseFormReturn } from 'react-hook-form';
import { applyProblem, type MappedProblem, mapProblem } from '../../lib/problem-form';
import { ProblemError } from '../../lib/problem-error';
import { ErrorSummary } from './error-summary';

/** One of several buttons sending the same fields (e.g. grant / withdraw); `onSubmit` is told its name. */
export interface FormAction {
  name: string;
  label: string;
  className?: string;
}

type FormProps<T extends FieldValues> = {
  methods: UseFormReturn<T>;
  onSubmit: (values: T, action: string) => Promise<unknown>;
  /** Every field's dotted name and label, in the order they appear: the summary links errors to them. */
  labels: Record<string, string>;
  /** Issue names start with it when the form edits a nested member of the body (e.g. `contact.`). */
  issuePrefix?: string;
  /** Problems that name no field but are about one (e.g. `resourceNotFound` for a login id): code → the field and the message key said there. */
  problemFields?: Record<string, { field: Path<T>; message: string }>;
  children: ReactNode;
} & (
  | { submitLabel: string; /** Ends something for good: the red button of GOV.UK's warning style. */ destructive?: boolean }
  | { actions: FormAction[] }
);

/** The class of a button that ends something (closing, removing, revoking): red, never the green of a normal action. */
export const DESTRUCTIVE_BUTTON = 'button button--warning';

/** A form that validates before sending, maps the service's problem to its fields and summarises errors at the top. */
export function Form<T extends FieldValues>({ methods, onSubmit, labels, issuePrefix, problemFields, children, ...buttons }: FormProps<T>) {
  const actions: FormAction[] =
    'actions' in buttons
      ? buttons.actions
      : [{ name: 'submit', label: buttons.submitLabel, className: buttons.destructive ? DESTRUCTIVE_BUTTON : undefined }];
  // The button that sent the form: set by its click, which comes first also when Enter submits (the first button).
  const action = useRef(actions[0].name);
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
        await onSubmit(values, action.current);
      } catch (error) {
        const onField = error instanceof ProblemError && error.issues.length === 0 ? problemFields?.[error.code] : undefined;
        if (onField) {
          methods.setError(onField.field, { type: 'problem', message: onField.message });
        } else {
          const mapped = mapProblem(error, Object.keys(labels), issuePrefix);
          applyProblem(mapped, methods.setError);
          setProblem(mapped);
        }
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
  const submitButtons = actions.map(({ name, label, className }) => (
    <button
      key={name}
      type="submit"
      className={className ?? 'button'}
      disabled={methods.formState.isSubmitting}
      onClick={() => (action.current = name)}
    >
      {label}
    </button>
  ));
  return (
    <FormProvider {...methods}>
      <form noValidate onSubmit={submit}>
        <ErrorSummary ref={summary} errors={methods.formState.errors} labels={labels} problem={problem} />
        {children}
        {actions.length > 1 ? <div className="button-group">{submitButtons}</div> : submitButtons}
      </form>
    </FormProvider>
  );
}
