import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { paths } from '../../../app/paths';
import { Form } from '../../../components/form/form';
import { useSchemaForm } from '../../../components/form/use-schema-form';
import { Page } from '../../../components/layout/page';
import { withFlash } from '../../../components/flash';
import { useCloseSender } from '../api/senders';

const schema = z.object({});
type Values = z.input<typeof schema>;

/** Asks once, saying exactly what stops, before closing a sender and all it holds for good. */
export function CloseSenderPage() {
  const { t } = useTranslation();
  const { cbe = '', senderNumber = '' } = useParams();
  const navigate = useNavigate();
  const close = useCloseSender(cbe, senderNumber);
  const methods = useSchemaForm<Values>(schema, {});
  const submit = async () => {
    await close.mutateAsync();
    void navigate(paths.sender(cbe, senderNumber), withFlash('lifecycle.senderClosed', { number: senderNumber }));
  };
  return (
    <Page title={t('lifecycle.closeSenderTitle', { number: senderNumber })} caption={t('senders.caption', { number: senderNumber })}>
      <p>{t('lifecycle.closeSenderLead')}</p>
      <ul>
        <li>{t('lifecycle.closeSenderStopsChannels')}</li>
        <li>{t('lifecycle.closeSenderStopsAccounts')}</li>
        <li>{t('lifecycle.closeSenderStopsCertificates')}</li>
        <li>{t('lifecycle.closeSenderStopsDelegations')}</li>
      </ul>
      <p>{t('lifecycle.closeSenderForGood', { number: senderNumber })}</p>
      <Form methods={methods} onSubmit={submit} labels={{}} submitLabel={t('lifecycle.closeSender')} destructive>
        {null}
      </Form>
      <p>
        <Link to={paths.sender(cbe, senderNumber)}>{t('common.cancel')}</Link>
      </p>
    </Page>
  );
}
