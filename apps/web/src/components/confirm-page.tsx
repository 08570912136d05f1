import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { Form } from './form/form';
import { TextField } from './form/text-field';
import { useSchemaForm } from './form/use-schema-form';
import { Page } from './layout/page';

const schema = z.object({ reason: z.string().trim().max(500, 'validation.tooLong') });
type Values = z.input<typeof schema>;

interface ConfirmPageProps {
  title: string;
  /** What will stop once confirmed, one line each. */
  consequences: string[];
  confirmLabel: string;
  /** Where "keep it" leads: the page the action was asked from. */
  backTo: string;
  /** A reason the other party will read (delegations); without it the page asks nothing but the confirmation. */
  reason?: { label: string; hint: string };
  onConfirm: (reason: string | undefined) => Promise<unknown>;
}

/**
 * A destructive action asked once more on a page of its own (GOV.UK pattern): what will stop, a button that says
 * the action, and a way back that changes nothing. The service's refusal is said in the form's summary.
 */
export function ConfirmPage({ title, consequences, confirmLabel, backTo, reason, onConfirm }: ConfirmPageProps) {
  const { t } = useTranslation();
  const methods = useSchemaForm<Values>(schema, { reason: '' });
  const labels: Record<string, string> = reason ? { reason: reason.label } : {};
  return (
    <Page title={title}>
      <div className="notice notice--warning">
        <p>{t('confirm.whatStops')}</p>
        <ul>
          {consequences.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <Form
        methods={methods}
        labels={labels}
        onSubmit={(values) => onConfirm(reason ? values.reason.trim() || undefined : undefined)}
        submitLabel={confirmLabel}
        destructive
      >
        {reason && <TextField name="reason" label={reason.label} hint={reason.hint} multiline maxLength={500} />}
      </Form>
      <p>
        <Link to={backTo}>{t('confirm.keep')}</Link>
      </p>
    </Page>
  );
}
