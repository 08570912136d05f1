import type { TechnicalContactView } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { Form } from '../../../components/form/form';
import { useSchemaForm } from '../../../components/form/use-schema-form';
import { withFlash } from '../../../components/flash';
import { Page } from '../../../components/layout/page';
import { QueryState } from '../../../components/query-state';
import { type ContactFormValues, contactSchema, toContact } from '../api/contact-schema';
import { useReplaceContact, useSender } from '../api/senders';
import { contactLabels, ContactFields } from '../components/contact-fields';

/** Replaces the sender's one technical contact by another person (never a second one). */
export function ReplaceContactPage() {
  const { t } = useTranslation();
  const { cbe = '', senderNumber = '' } = useParams();
  const sender = useSender(cbe, senderNumber);
  return (
    <Page title={t('contact.replaceTitle')} caption={t('senders.caption', { number: senderNumber })}>
      <QueryState query={sender}>
        {(view) => <ReplaceContactForm cbe={cbe} senderNumber={senderNumber} current={view.contact} />}
      </QueryState>
      <p>
        <Link to={paths.sender(cbe, senderNumber)}>{t('common.back')}</Link>
      </p>
    </Page>
  );
}

function ReplaceContactForm({ cbe, senderNumber, current }: { cbe: string; senderNumber: string; current: TechnicalContactView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const replace = useReplaceContact(cbe, senderNumber);
  const methods = useSchemaForm<ContactFormValues>(contactSchema, { ...current, phone: current.phone ?? '' });
  const submit = async (values: ContactFormValues) => {
    await replace.mutateAsync(toContact(contactSchema.parse(values)));
    void navigate(paths.sender(cbe, senderNumber), withFlash('contact.replaced'));
  };
  return (
    <Form methods={methods} onSubmit={submit} labels={contactLabels(t)} submitLabel={t('contact.replace')}>
      <ContactFields />
    </Form>
  );
}
