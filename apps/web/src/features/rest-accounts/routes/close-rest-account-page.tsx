import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { paths } from '../../../app/paths';
import { withFlash } from '../../../components/flash';
import { Form } from '../../../components/form/form';
import { useSchemaForm } from '../../../components/form/use-schema-form';
import { Page } from '../../../components/layout/page';
import { useCloseRestAccount } from '../api/close-rest-account';
import { useRestAccount } from '../api/rest-accounts';

const schema = z.object({});
type Values = z.input<typeof schema>;

/** Asks once, saying exactly what stops, before closing a REST account for good. */
export function CloseRestAccountPage() {
  const { t } = useTranslation();
  const { cbe = '', senderNumber = '', accountId = '' } = useParams();
  const navigate = useNavigate();
  const account = useRestAccount(cbe, senderNumber, accountId);
  const close = useCloseRestAccount(cbe, senderNumber, accountId);
  const methods = useSchemaForm<Values>(schema, {});
  const name = account.data?.name ?? accountId;
  const submit = async () => {
    await close.mutateAsync();
    void navigate(paths.restAccount(cbe, accountId, senderNumber), withFlash('restAccounts.closed', { name }));
  };
  return (
    <Page title={t('restAccounts.closeTitle', { name })} caption={t('senders.caption', { number: senderNumber })}>
      <p>{t('restAccounts.closeLead')}</p>
      <ul>
        <li>{t('restAccounts.closeStopsTokens', { clientId: account.data?.clientId ?? '' })}</li>
        <li>{t('restAccounts.closeStopsCertificates')}</li>
        <li>{t('restAccounts.closeStopsDelegations')}</li>
      </ul>
      <p>{t('restAccounts.closeForGood')}</p>
      <Form methods={methods} onSubmit={submit} labels={{}} submitLabel={t('restAccounts.close')} destructive>
        {null}
      </Form>
      <p>
        <Link to={paths.restAccount(cbe, accountId, senderNumber)}>{t('common.cancel')}</Link>
      </p>
    </Page>
  );
}
