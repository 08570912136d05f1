import type { MyEnterprise } from '@chaman/contracts';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { formatEnterpriseNumber } from '../../lib/enterprise-number';
import { isAccessManager, isPermissionManager } from '../../lib/positions';
import { takesPartInDelegations } from '../../features/me/api/delegation-roles';
import { paths } from '../paths';

/**
 * The sections of one enterprise. Members and rights for access managers; group managers, who grant the right but
 * may not list the members, find the same address as "Rights" (the page shows them a form instead of the list).
 * Delegations where `GET /me` says the enterprise can take part in them.
 */
export function EnterpriseNav({ enterprise }: { enterprise: MyEnterprise }) {
  const { t } = useTranslation();
  const cbe = enterprise.enterpriseNumber;
  const links = [
    { to: paths.enterprise(cbe), label: t('nav.senders'), end: true },
    ...(takesPartInDelegations(enterprise) ? [{ to: paths.delegations(cbe), label: t('nav.delegations') }] : []),
    ...(isPermissionManager(enterprise.position)
      ? [{ to: paths.members(cbe), label: t(isAccessManager(enterprise.position) ? 'nav.members' : 'nav.rights') }]
      : []),
    { to: paths.webhooks(cbe), label: t('nav.webhooks') },
    ...(isAccessManager(enterprise.position) ? [{ to: paths.audit(cbe), label: t('audit.nav') }] : []),
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
