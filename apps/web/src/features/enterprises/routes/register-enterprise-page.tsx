import { Quality } from '@chaman/contracts/quality';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { ChoiceField } from '../../../components/form/choice-field';
import { Form } from '../../../components/form/form';
import { useSchemaForm } from '../../../components/form/use-schema-form';
import { TextField } from '../../../components/form/text-field';
import { Page } from '../../../components/layout/page';
import { formatEnterpriseNumber } from '../../../lib/enterprise-number';
import { enterpriseNumberField } from '../../../lib/enterprise-number-field';
import { identifiedPerson } from '../../../lib/person-schema';
import { useRegisterEnterprise } from '../api/enterprises';

// Every quality the contracts know, as the service accepts them (one source of truth, no list kept here).
const QUALITIES: string[] = Object.values(Quality);

const schema = z.object({
  enterpriseNumber: enterpriseNumberField(),
  name: z.string().trim().min(1, 'validation.nameRequired').max(300, 'validation.tooLong'),
  qualities: z.array(z.string(), { message: 'validation.qualityRequired' }).min(1, 'validation.qualityRequired'),
  chiefAccessManager: z.object(identifiedPerson),
});
type Values = z.input<typeof schema>;

/** For platform operators: the bootstrap of an enterprise, after which everything is self-service. */
export function RegisterEnterprisePage() {
  const { t } = useTranslation();
  const register = useRegisterEnterprise();
  const [registered, setRegistered] = useState('');
  const methods = useSchemaForm<Values>(schema, {
    enterpriseNumber: '',
    name: '',
    qualities: [],
    chiefAccessManager: { userId: '', name: '', email: '' },
  });
  const labels = {
    enterpriseNumber: t('enterprises.number'),
    name: t('enterprises.name'),
    qualities: t('enterprises.qualities'),
    'chiefAccessManager.userId': t('enterprises.chiefUserId'),
    'chiefAccessManager.name': t('enterprises.chiefName'),
    'chiefAccessManager.email': t('enterprises.chiefEmail'),
  };
  const submit = async (values: Values) => {
    const parsed = schema.parse(values);
    const enterprise = await register.mutateAsync({ ...parsed, enterpriseNumber: parsed.enterpriseNumber.trim() });
    setRegistered(t('enterprises.registered', { name: enterprise.name, number: formatEnterpriseNumber(enterprise.enterpriseNumber) }));
    methods.reset();
  };
  return (
    <Page title={t('enterprises.registerTitle')}>
      <div role="status">{registered && <p className="notice notice--success">{registered}</p>}</div>
      <Form methods={methods} onSubmit={submit} labels={labels} submitLabel={t('enterprises.register')}>
        <TextField name="enterpriseNumber" label={labels.enterpriseNumber} hint={t('enterprises.numberHint')} inputMode="numeric" />
        <TextField name="name" label={labels.name} autoComplete="organization" />
        <ChoiceField
          name="qualities"
          legend={labels.qualities}
          hint={t('enterprises.qualitiesHint')}
          multiple
          options={QUALITIES.map((value) => ({ value, label: t(`qualities.${value}`) }))}
        />
        <h2>{t('enterprises.chiefTitle')}</h2>
        <TextField
          name="chiefAccessManager.userId"
          label={labels['chiefAccessManager.userId']}
          hint={t('enterprises.chiefUserIdHint')}
          spellCheck={false}
        />
        <TextField name="chiefAccessManager.name" label={labels['chiefAccessManager.name']} />
        <TextField name="chiefAccessManager.email" label={labels['chiefAccessManager.email']} type="email" spellCheck={false} />
      </Form>
      <p>
        <Link to="/">{t('common.back')}</Link>
      </p>
    </Page>
  );
}
