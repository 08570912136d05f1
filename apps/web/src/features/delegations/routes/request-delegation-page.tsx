import type { MyEnterprise, RestAccountView } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import { paths } from '../../../app/paths';
import { Form } from '../../../components/form/form';
import { useSchemaForm } from '../../../components/form/use-schema-form';
import { SelectField } from '../../../components/form/select-field';
import { TextField } from '../../../components/form/text-field';
import { Page } from '../../../components/layout/page';
import { QueryState } from '../../../components/query-state';
import { useMyEnterprise } from '../../me';
import { scopesFrom, useEnterpriseRestAccounts } from '../../rest-accounts';
import { type DelegationRequest, useRequestDelegation } from '../api/delegations';
import { companyRequestSchema, intermediaryRequestSchema } from '../api/request-schema';

const DELEGABLE_QUALITIES = ['CPAS'];

/** Either side may ask: an intermediary names the company and its account; a company picks one of its accounts. */
export function RequestDelegationPage() {
  const { t } = useTranslation();
  const { cbe = '' } = useParams();
  const { enterprise } = useMyEnterprise(cbe);
  if (!enterprise) return null;
  const asIntermediary = enterprise.qualities.includes('TECHNICAL_INTERMEDIARY' as MyEnterprise['qualities'][number]);
  return (
    <Page title={t('delegations.requestTitle')}>
      <p className="lead">{t('delegations.requestLead')}</p>
      {asIntermediary ? <IntermediaryRequest cbe={cbe} /> : <CompanyRequest enterprise={enterprise} />}
      <p>
        <Link to={paths.delegations(cbe)}>{t('common.back')}</Link>
      </p>
    </Page>
  );
}

function useSend(cbe: string) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const send = useRequestDelegation(cbe);
  return async (body: DelegationRequest) => {
    const delegation = await send.mutateAsync(body);
    void navigate(paths.delegation(cbe, delegation.id), { state: { flash: t('delegations.requested') } });
  };
}

const optionalScopes = (text: string) => (scopesFrom(text).length > 0 ? { scopes: scopesFrom(text) } : {});

function IntermediaryRequest({ cbe }: { cbe: string }) {
  const { t } = useTranslation();
  const send = useSend(cbe);
  type Values = z.input<typeof intermediaryRequestSchema>;
  const methods = useSchemaForm<Values>(intermediaryRequestSchema, { companyEnterpriseNumber: '', companyQuality: 'CPAS', restAccountId: '', scopes: '' });
  const labels = {
    companyEnterpriseNumber: t('delegations.companyNumber'),
    companyQuality: t('delegations.companyQuality'),
    restAccountId: t('delegations.account'),
    scopes: t('delegations.scopes'),
  };
  const submit = (values: Values) =>
    send({
      companyEnterpriseNumber: values.companyEnterpriseNumber.trim(),
      companyQuality: values.companyQuality,
      intermediaryEnterpriseNumber: cbe,
      restAccountId: values.restAccountId.trim(),
      ...optionalScopes(values.scopes),
    });
  return (
    <Form methods={methods} onSubmit={submit} labels={labels} submitLabel={t('delegations.request')}>
      <TextField name="companyEnterpriseNumber" label={labels.companyEnterpriseNumber} hint={t('delegations.numberHint')} inputMode="numeric" />
      <SelectField name="companyQuality" label={labels.companyQuality} options={DELEGABLE_QUALITIES.map((value) => ({ value, label: t(`qualities.${value}`) }))} />
      <TextField name="restAccountId" label={labels.restAccountId} hint={t('delegations.accountHint')} spellCheck={false} />
      <TextField name="scopes" label={labels.scopes} hint={t('delegations.scopesHint')} spellCheck={false} />
    </Form>
  );
}

function CompanyRequest({ enterprise }: { enterprise: MyEnterprise }) {
  const senderNumbers = enterprise.senders.flatMap((sender) => (sender.senderNumber ? [sender.senderNumber] : []));
  const accounts = useEnterpriseRestAccounts(enterprise.enterpriseNumber, senderNumbers);
  return <QueryState query={accounts}>{(items) => <CompanyRequestForm cbe={enterprise.enterpriseNumber} accounts={items} />}</QueryState>;
}

function CompanyRequestForm({ cbe, accounts }: { cbe: string; accounts: RestAccountView[] }) {
  const { t } = useTranslation();
  const send = useSend(cbe);
  type Values = z.input<typeof companyRequestSchema>;
  const methods = useSchemaForm<Values>(companyRequestSchema, { intermediaryEnterpriseNumber: '', restAccountId: accounts[0]?.id ?? '', scopes: '' });
  const labels = { intermediaryEnterpriseNumber: t('delegations.intermediaryNumber'), restAccountId: t('delegations.account'), scopes: t('delegations.scopes') };
  const submit = (values: Values) => {
    const account = accounts.find((item) => item.id === values.restAccountId)!;
    return send({
      companyEnterpriseNumber: cbe,
      companyQuality: account.quality,
      intermediaryEnterpriseNumber: values.intermediaryEnterpriseNumber.trim(),
      restAccountId: account.id,
      ...optionalScopes(values.scopes),
    });
  };
  if (accounts.length === 0) return <p>{t('restAccounts.none')}</p>;
  return (
    <Form methods={methods} onSubmit={submit} labels={labels} submitLabel={t('delegations.request')}>
      <TextField name="intermediaryEnterpriseNumber" label={labels.intermediaryEnterpriseNumber} hint={t('delegations.numberHint')} inputMode="numeric" />
      <SelectField
        name="restAccountId"
        label={labels.restAccountId}
        options={accounts.map((account) => ({ value: account.id, label: `${account.name} – ${t(`environments.${account.environment}`)} (${account.clientId})` }))}
      />
      <TextField name="scopes" label={labels.scopes} hint={t('delegations.scopesHint')} spellCheck={false} />
    </Form>
  );
}
