import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Form } from '../../../components/form/form';
import { TextField } from '../../../components/form/text-field';
import { useSchemaForm } from '../../../components/form/use-schema-form';
import { scopesFrom } from '../../rest-accounts';
import { useRegisterWebhook } from '../api/webhooks';

const schema = z.object({
  url: z
    .string()
    .trim()
    .regex(/^https?:\/\/\S+$/i, 'validation.urlRequired'),
  events: z.string(),
});
type Values = z.input<typeof schema>;

/** Registers an endpoint; the answer's signing secret is handed up to be shown once. */
export function AddWebhookForm({ cbe, onSecret }: { cbe: string; onSecret: (secret: string) => void }) {
  const { t } = useTranslation();
  const register = useRegisterWebhook(cbe);
  const methods = useSchemaForm<Values>(schema, { url: '', events: '' });
  const labels = { url: t('webhooks.url'), events: t('webhooks.events') };
  const submit = async (values: Values) => {
    const events = scopesFrom(values.events);
    const webhook = await register.mutateAsync({ url: values.url.trim(), ...(events.length > 0 ? { events } : {}) });
    methods.reset();
    onSecret(webhook.secret);
  };
  return (
    <Form methods={methods} onSubmit={submit} labels={labels} submitLabel={t('webhooks.add')}>
      <TextField name="url" label={labels.url} hint={t('webhooks.urlHint')} type="url" spellCheck={false} />
      <TextField name="events" label={labels.events} hint={t('webhooks.eventsHint')} spellCheck={false} />
    </Form>
  );
}
