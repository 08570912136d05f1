import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { z } from 'zod';
import { paths } from '../../../app/paths';
import { Form } from '../../../components/form/form';
import { useSchemaForm } from '../../../components/form/use-schema-form';
import { withFlash } from '../../../components/flash';
import { Page } from '../../../components/layout/page';
import { contactSchema, toContact } from '../api/contact-schema';
import { useCreateSender } from '../api/senders';
import { contactLabels, ContactFields } from '../components/contact-fields';

const schema = z.object({ contact: contactSchema });
type Values = z.input<typeof schema>;

/** First connection: create the sender of one quality, with its technical contact. */
export function CreateSenderPage() {
  const { t } = useTranslation();
  const { cbe = '' } = useParams();
  const [search] = useSearchParams();
  const quality = search.get('quality') ?? '';
  const navigate = useNavigate();
  const create = useCreateSender(cbe);
  const methods = useSchemaForm<Values>(schema, { contact: { firstName: '', lastName: '', email: '', phone: '', language: undefined } });
  const submit = async (values: Values) => {
    const sender = await create.mutateAsync({ quality, contact: toContact(schema.parse(values).contact) });
    void navigate(paths.sender(cbe, sender.senderNumber), withFlash('senders.created', { number: sender.senderNumber }));
  };
  return (
    <Page title={t('senders.createTitle', { quality: t(`qualities.${quality}`, { defaultValue: quality }) })}>
      <p className="lead">{t('senders.createLead')}</p>
      <h2>{t('contact.title')}</h2>
      <Form methods={methods} onSubmit={submit} labels={contactLabels(t, 'contact.')} submitLabel={t('senders.create')}>
        <ContactFields prefix="contact." />
      </Form>
    </Page>
  );
}
