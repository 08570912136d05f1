import type { MyEnterprise, RestAccountView } from '@chaman/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import { paths } from '../../../app/paths';
import { Form } from '../../../components/form/form';
import { useSchemaForm } from '../../../components/form/use-schema-form';
import { SelectField } from '../../../components/form/select-field';
import { TextField } from '../../../components/form/text-field';
import { withFlash } from '../../../components/flash';
import { Page } from '../../../components/layout/page';
import { QueryState } from '../../../components/query-state';
import { useDelegableQualities, useMyEnterprise } from '../../me';
import { scopesFrom, useEnterpriseRestAccounts } from '../../rest-accounts';
import { type DelegationRequest, useRequestDelegation } from '../api/delegations';
import { companyRequestSchema, intermediaryRequestSchema } from '../api/request-schema';

type Role = 'company' | 'intermediary';

/**
 * Either side may ask: an intermediary names the company and its account; a company picks one of its accounts. The
 * parts the enterprise can take are `GET /me`'s (`delegableQualities`, `actsAsIntermediary`); one that can take both
 * chooses first.
 */
export function RequestDelegationPage() {
  const { t } = useTranslation();
  const { cbe = '' } = useParams();
  const { enterprise } = useMyEnterprise(cbe);
  const [chosen, setChosen] = useState<Role | null>(null);
  if (!enterprise) return null;
  const roles: Role[] = [
    ...((enterprise.delegableQualities ?? []).length > 0 ? ['company' as const] : []),
    ...(enterprise.actsAsIntermediary ? ['intermediary' as const] : []),
  ];
  const role = roles.length === 1 ? roles[0] : chosen;
  return (
    <Page title={t('delegations.requestTitle')}>
      <p className="lead">{t('delegations.requestLead')}</p>
      {roles.length === 0 && <p>{t('delegationRoles.none')}</p>}
      {roles.length > 1 && (
        <fieldset className="field">
          <legend>{t('delegationRoles.legend')}</legend>
          {roles.map((option) => (
            <div key={option} className="choice">
              <input id={`role-${option}`} type="radio" name="role" checked={role === option} onChange={() => setChosen(option)} />
              <label htmlFor={`role-${option}`}>{t(`delegationRoles.${option}`)}</label>
            </div>
          ))}
        </fieldset>
      )}
      {role === 'intermediary' && <IntermediaryRequest cbe={cbe} />}
      {role === 'company' && <CompanyRequest enterprise={enterprise} />}
      <p>
        <Link to={paths.delegations(cbe)}>{t('common.back')}</Link>
      </p>
    </Page>
  );
}

function useSend(cbe: string) {
  const navigate = useNavigate();
  const send = useRequestDelegation(cbe);
  return async (body: DelegationRequest) => {
    const delegation = await send.mutateAsync(body);
    void navigate(paths.delegation(cbe, delegation.id), withFlash('delegations.requested'));
  };
}

const optionalScopes = (text: string) => (scopesFrom(text).length > 0 ? { scopes: scopesFrom(text) } : {});

function IntermediaryRequest({ cbe }: { cbe: string }) {
  const { t } = useTranslation();
  const send = useSend(cbe);
  // The qualities a company may delegate in, as the service is set: told by `GET /me` of every enterprise.
  const delegable = useDelegableQualities();
  type Values = z.input<typeof intermediaryRequestSchema>;
  const methods = useSchemaForm<Values>(intermediaryRequestSchema, {
    companyEnterpriseNumber: '',
    companyQuality: delegable[0] ?? '',
    restAccountId: '',
    scopes: '',
  });
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
      <TextField
        name="companyEnterpriseNumber"
        label={labels.companyEnterpriseNumber}
        hint={t('delegations.numberHint')}
        inputMode="numeric"
      />
      <SelectField
        name="companyQuality"
        label={labels.companyQuality}
        options={delegable.map((value) => ({ value, label: t(`qualities.${value}`) }))}
      />
      <TextField name="restAccountId" label={labels.restAccountId} hint={t('delegations.accountHint')} spellCheck={false} />
      <TextField name="scopes" label={labels.scopes} hint={t('delegations.scopesHint')} spellCheck={false} />
    </Form>
  );
}

function CompanyRequest({ enterprise }: { enterprise: MyEnterprise }) {
  const delegable = enterprise.delegableQualities ?? [];
  const senderNumbers = enterprise.senders.flatMap((sender) =>
    sender.senderNumber && delegable.includes(sender.quality) ? [sender.senderNumber] : [],
  );
  const accounts = useEnterpriseRestAccounts(enterprise.enterpriseNumber, senderNumbers);
  return <QueryState query={accounts}>{(items) => <CompanyRequestForm cbe={enterprise.enterpriseNumber} accounts={items} />}</QueryState>;
}

function CompanyRequestForm({ cbe, accounts }: { cbe: string; accounts: RestAccountView[] }) {
  const { t } = useTranslation();
  const send = useSend(cbe);
  type Values = z.input<typeof companyRequestSchema>;
  const methods = useSchemaForm<Values>(companyRequestSchema, {
    intermediaryEnterpriseNumber: '',
    restAccountId: accounts[0]?.id ?? '',
    scopes: '',
    endsOn: '',
  });
  const labels = {
    intermediaryEnterpriseNumber: t('delegations.intermediaryNumber'),
    restAccountId: t('delegations.account'),
    scopes: t('delegations.scopes'),
    endsOn: t('lifecycle.endDateOptional'),
  };
  const submit = (values: Values) => {
    const account = accounts.find((item) => item.id === values.restAccountId)!;
    return send({
      companyEnterpriseNumber: cbe,
      companyQuality: account.quality,
      intermediaryEnterpriseNumber: values.intermediaryEnterpriseNumber.trim(),
      restAccountId: account.id,
      ...optionalScopes(values.scopes),
      ...(values.endsOn ? { endsOn: values.endsOn } : {}),
    });
  };
  if (accounts.length === 0) return <p>{t('restAccounts.none')}</p>;
  return (
    <Form methods={methods} onSubmit={submit} labels={labels} submitLabel={t('delegations.request')}>
      <TextField
        name="intermediaryEnterpriseNumber"
        label={labels.intermediaryEnterpriseNumber}
        hint={t('delegations.numberHint')}
        inputMode="numeric"
      />
      <SelectField
        name="restAccountId"
        label={labels.restAccountId}
        options={accounts.map((account) => ({
          value: account.id,
          label: `${account.name} – ${t(`environments.${account.environment}`)} (${account.clientId})`,
        }))}
      />
      <TextField name="scopes" label={labels.scopes} hint={t('delegations.scopesHint')} spellCheck={false} />
      <TextField name="endsOn" label={labels.endsOn} hint={t('lifecycle.endDateHint')} type="date" />
    </Form>
  );
}
