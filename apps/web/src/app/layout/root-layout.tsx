import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useSession } from '../../features/session/api/session';
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
          {session.data && <AccountBar user={session.data} />}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="main">
        <Outlet />
      </main>
      <footer className="footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </>
  );
}
