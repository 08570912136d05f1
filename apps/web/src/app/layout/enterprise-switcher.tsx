import type { MyEnterprise } from '@chaman/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatEnterpriseNumber } from '../../lib/enterprise-number';
import { paths } from '../paths';

/** For people who are members of several enterprises: which one they act for. */
export function EnterpriseSwitcher({ enterprises, current }: { enterprises: MyEnterprise[]; current: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [choice, setChoice] = useState(current);
  if (enterprises.length < 2) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(paths.enterprise(choice));
  };
  return (
    <form className="enterprise-switcher" onSubmit={submit}>
      <label htmlFor="enterprise-switcher">{t('layout.actingFor')}</label>
      <select id="enterprise-switcher" value={choice} onChange={(event) => setChoice(event.target.value)}>
        {enterprises.map((enterprise) => (
          <option key={enterprise.enterpriseNumber} value={enterprise.enterpriseNumber}>
            {enterprise.name} ({formatEnterpriseNumber(enterprise.enterpriseNumber)})
          </option>
        ))}
      </select>
      <button type="submit" className="button button--secondary">
        {t('layout.switch')}
      </button>
    </form>
  );
}
