import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Page } from '../../../components/layout/page';
import { loginUrl } from '../api/session';

/** The start page: what the service is for, and one button to log in (the gateway then asks the identity provider). */
export function WelcomePage() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Page title={t('welcome.title')}>
      <p className="lead">{t('welcome.lead')}</p>
      <ul className="list">
        <li>{t('welcome.point1')}</li>
        <li>{t('welcome.point2')}</li>
        <li>{t('welcome.point3')}</li>
      </ul>
      <a className="button button--start" href={loginUrl(location.pathname + location.search)}>
        {t('welcome.login')}
      </a>
    </Page>
  );
}
