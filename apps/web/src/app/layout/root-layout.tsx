import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useSession } from '../../features/session/api/session';
import { SessionWarning } from '../../features/session/components/session-warning';
import { paths } from '../paths';
import { AccountBar } from './account-bar';
import { LanguageSwitch } from './language-switch';

/** Every page: skip link, the service's name, the language switch, who is signed in, then the page. */
export function RootLayout() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <>
      <a href="#main" className="skip-link">
        {t('layout.skipToContent')}
      </a>
      <header className="header">
        <div className="header__inner">
          <Link to="/" className="header__service">
            {t('app.name')}
          </Link>
          <span className="header__tagline">{t('app.tagline')}</span>
          <LanguageSwitch />
          {session.isPending ? (
            <div className="account-bar account-bar--placeholder" />
          ) : (
            session.data && <AccountBar user={session.data} />
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="main">
        {session.data?.expiresAt && <SessionWarning expiresAt={session.data.expiresAt} />}
        <Outlet />
      </main>
      <footer className="footer">
        <p>{t('layout.footer')}</p>
        <nav aria-label={t('publicPages.footerNav')}>
          <ul className="footer__links">
            <li>
              <Link to={paths.accessibility}>{t('publicPages.accessibility.title')}</Link>
            </li>
            <li>
              <Link to={paths.privacy}>{t('publicPages.privacy.title')}</Link>
            </li>
            <li>
              <Link to={paths.help}>{t('publicPages.help.title')}</Link>
            </li>
          </ul>
        </nav>
      </footer>
    </>
  );
}
