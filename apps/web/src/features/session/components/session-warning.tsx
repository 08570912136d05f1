import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { loginUrl } from '../api/session';

/** How long before the end the person is told (WCAG 2.2.1: at least 20 seconds, with a way to go on). */
export const WARN_BEFORE_MS = 5 * 60_000;
// setTimeout holds at most about 24.8 days.
const MAX_DELAY_MS = 2 ** 31 - 1;

/** The moment `at` is reached, as a state that turns true then (at once if it is past). */
function useReached(at: number): boolean {
  const [reached, setReached] = useState(() => Date.now() >= at);
  useEffect(() => {
    const wait = at - Date.now();
    setReached(wait <= 0);
    if (wait <= 0) return;
    const timer = setTimeout(() => setReached(true), Math.min(wait, MAX_DELAY_MS));
    return () => clearTimeout(timer);
  }, [at]);
  return reached;
}

/**
 * The gateway's session ends at a fixed time: five minutes before, a banner says when and offers to log in again,
 * which opens the same page afterwards; once ended, it says so. In the language shown, announced by screen readers.
 */
export function SessionWarning({ expiresAt }: { expiresAt: string }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const end = Date.parse(expiresAt);
  const warned = useReached(end - WARN_BEFORE_MS);
  const ended = useReached(end);
  if (!warned) return null;
  const time = new Date(end).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' });
  return (
    <div className="notice notice--warning session-warning" role="alert">
      <p>{t(ended ? 'session.ended' : 'session.endsAt', { time })}</p>
      <a className="button" href={loginUrl(location.pathname + location.search)}>
        {t(ended ? 'session.logInAgain' : 'session.stay')}
      </a>
    </div>
  );
}
