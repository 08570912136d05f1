import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../features/session/api/session';
import { WelcomePage } from '../../features/session/routes/welcome-page';

/** Pages that need a signed-in person show the welcome page with its login button to anyone else. */
export function RequireSession() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isPending) return <p role="status">{t('common.loading')}</p>;
  if (!session.data) return <WelcomePage />;
  return <Outlet />;
}
