import type { MyEnterprise } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { formatEnterpriseNumber } from '../../lib/enterprise-number';
import { paths } from '../paths';

const MANAGERS = ['CHIEF_ACCESS_MANAGER', 'ACCESS_MANAGER'];

/** The sections of one enterprise; members only for access managers, who alone may list them. */
export function EnterpriseNav({ enterprise }: { enterprise: MyEnterprise }) {
  const { t } = useTranslation();
  const cbe = enterprise.enterpriseNumber;
  const links = [
    { to: paths.enterprise(cbe), label: t('nav.senders'), end: true },
    { to: paths.delegations(cbe), label: t('nav.delegations') },
    ...(MANAGERS.includes(enterprise.position) ? [{ to: paths.members(cbe), label: t('nav.members') }] : []),
    { to: paths.webhooks(cbe), label: t('nav.webhooks') },
  ];
  return (
    <nav aria-label={t('nav.label', { name: enterprise.name })} className="enterprise-nav">
      <p className="enterprise-nav__name">
        {enterprise.name} <span className="muted">({formatEnterpriseNumber(cbe)})</span>
      </p>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
