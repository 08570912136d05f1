import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { paths } from '../../../app/paths';
import { ChoiceField } from '../../../components/form/choice-field';
import { Form } from '../../../components/form/form';
import { useSchemaForm } from '../../../components/form/use-schema-form';
import { TextField } from '../../../components/form/text-field';
import { withFlash } from '../../../components/flash';
import { Page } from '../../../components/layout/page';
import { scopesFrom, useCreateRestAccount } from '../api/rest-accounts';
import { scopesField } from '../api/scopes-field';

const schema = z.object({
  name: z.string().trim().min(1, 'validation.nameRequired').max(100, 'validation.tooLong'),
  environment: z.enum(['ACCEPTANCE', 'PRODUCTION'], { message: 'validation.environmentRequired' }),
  scopes: scopesField(),
});
type Values = z.input<typeof schema>;

/** Creates a REST account of the sender; the service generates its OAuth client id. */
export function CreateRestAccountPage() {
  const { t } = useTranslation();
  const { cbe = '', senderNumber = '' } = useParams();
  const navigate = useNavigate();
  const create = useCreateRestAccount(cbe, senderNumber);
  const methods = useSchemaForm<Values>(schema, { name: '', environment: undefined, scopes: '' });
  const submit = async (values: Values) => {
    const account = await create.mutateAsync({
      name: values.name.trim(),
      environment: values.environment,
      scopes: scopesFrom(values.scopes),
    });
    void navigate(paths.restAccount(cbe, account.id, senderNumber), withFlash('restAccounts.created', { clientId: account.clientId }));
  };
  const labels = { name: t('restAccounts.name'), environment: t('restAccounts.environment'), scopes: t('restAccounts.scopes') };
  return (
    <Page title={t('restAccounts.createTitle')} caption={t('senders.caption', { number: senderNumber })}>
      <Form methods={methods} onSubmit={submit} labels={labels} submitLabel={t('restAccounts.create')}>
        <TextField name="name" label={labels.name} hint={t('restAccounts.nameHint')} />
        <ChoiceField
          name="environment"
          legend={t('restAccounts.whichEnvironment')}
          options={['ACCEPTANCE', 'PRODUCTION'].map((value) => ({ value, label: t(`environments.${value}`) }))}
        />
        <TextField name="scopes" label={labels.scopes} hint={t('restAccounts.scopesHint')} spellCheck={false} />
      </Form>
      <p>
        <Link to={paths.sender(cbe, senderNumber)}>{t('common.back')}</Link>
      </p>
    </Page>
  );
}
