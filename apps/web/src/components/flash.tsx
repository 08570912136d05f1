import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

/** A confirmation as a catalogue key and its values (a value may itself be a key), said in the language shown. */
export interface FlashMessage {
  key: string;
  values?: Record<string, string | { key: string }>;
}

/** The navigation state that leaves `message` for the next page. */
export const withFlash = (key: string, values?: FlashMessage['values']) => ({ state: { flash: { key, values } satisfies FlashMessage } });

/**
 * The confirmation a form leaves for the page it leads to ("Sender created…"), announced politely. It is shown
 * once: the browser keeps history state across reloads, so the state is cleared as soon as it is read. It is kept
 * as a key, not a sentence, so it follows a language switch.
 */
export function Flash() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [flash] = useState(() => (location.state as { flash?: FlashMessage } | null)?.flash);
  useEffect(() => {
    if (flash) void navigate(location.pathname + location.search, { replace: true, state: null });
    // Once, on arrival.
  }, []);
  if (!flash) return null;
  const values = Object.fromEntries(
    Object.entries(flash.values ?? {}).map(([name, value]) => [name, typeof value === 'string' ? value : t(value.key)]),
  );
  return (
    <div className="notice notice--success" role="status">
      <p>{t(flash.key, values)}</p>
    </div>
  );
}
