import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type SessionUser, useLogout } from '../../features/session/api/session';

/** Who is signed in, and the way out. */
export function AccountBar({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <div className="account-bar">
      <span>{t('layout.signedInAs', { name: user.name ?? user.sub })}</span>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => logout.mutate(undefined, { onSuccess: () => void navigate('/') })}
      >
        {t('layout.logout')}
      </button>
    </div>
  );
}
