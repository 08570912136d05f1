import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router';
import { Page } from '../../components/layout/page';
import { useMe } from '../../features/me/api/me';
import { EnterpriseNav } from './enterprise-nav';
import { EnterpriseSwitcher } from './enterprise-switcher';

/** The pages of one enterprise: the switcher for people in several, its sections, then the page. */
export function EnterpriseLayout() {
  const { t } = useTranslation();
  const { cbe = '' } = useParams();
  const me = useMe();
  // The bar's place is held while `/me` answers, so the page below does not jump when the navigation appears.
  if (me.isPending)
    return (
      <div className="enterprise-bar enterprise-bar--placeholder" role="status">
        <span className="visually-hidden">{t('common.loading')}</span>
      </div>
    );
  const enterprises = me.data?.enterprises ?? [];
  const enterprise = enterprises.find((item) => item.enterpriseNumber === cbe);
  if (!enterprise) {
    return (
      <Page title={t('enterprise.notMemberTitle')}>
        <p>{t('enterprise.notMember')}</p>
      </Page>
    );
  }
  return (
    <div className="enterprise-layout">
      <div className="enterprise-bar">
        <EnterpriseNav enterprise={enterprise} />
        <EnterpriseSwitcher key={cbe} enterprises={enterprises} current={cbe} />
      </div>
      <Outlet />
    </div>
  );
}
