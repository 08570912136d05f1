import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { paths } from '../../../app/paths';
import { Page } from '../../../components/layout/page';
import { QueryState } from '../../../components/query-state';
import { Skeleton } from '../../../components/skeleton';
import { formatEnterpriseNumber } from '../../../lib/enterprise-number';
import { useSession, WelcomePage } from '../../session';
import { useMe } from '../api/me';

/** `/`: the welcome page, or straight into the person's enterprise, or a choice when they are in several. */
export function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const me = useMe(Boolean(session.data));
  if (session.isPending) return <Skeleton />;
  if (!session.data) return <WelcomePage />;
  return (
    <QueryState query={me}>
      {(view) => {
        if (view.enterprises.length === 1 && !view.isOperator)
          return <Navigate replace to={paths.enterprise(view.enterprises[0].enterpriseNumber)} />;
        return (
          <Page title={t('home.title', { name: view.name ?? view.userId })}>
            {view.enterprises.length === 0 && <p>{t('home.noEnterprise')}</p>}
            {view.enterprises.length > 0 && (
              <>
                <h2>{t('home.chooseEnterprise')}</h2>
                <ul className="card-list">
                  {view.enterprises.map((enterprise) => (
                    <li key={enterprise.enterpriseNumber} className="card">
                      <Link to={paths.enterprise(enterprise.enterpriseNumber)}>
                        {enterprise.name} ({formatEnterpriseNumber(enterprise.enterpriseNumber)})
                      </Link>
                      <p className="muted">{t(`positions.${enterprise.position}`)}</p>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {view.isOperator && (
              <section aria-labelledby="operator-title">
                <h2 id="operator-title">{t('home.operatorTitle')}</h2>
                <p>{t('home.operatorLead')}</p>
                <Link className="button" to={paths.registerEnterprise}>
                  {t('home.registerEnterprise')}
                </Link>
                <Link className="button button--secondary" to={paths.desk}>
                  {t('admin.open')}
                </Link>
              </section>
            )}
          </Page>
        );
      }}
    </QueryState>
  );
}
