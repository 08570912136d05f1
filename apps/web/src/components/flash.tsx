import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * The confirmation a form leaves for the page it leads to ("Sender created…"), announced politely. It is shown
 * once: the browser keeps history state across reloads, so the state is cleared as soon as it is read.
 */
export function Flash() {
  const location = useLocation();
  const navigate = useNavigate();
  const [flash] = useState(() => (location.state as { flash?: string } | null)?.flash);
  useEffect(() => {
    if (flash) void navigate(location.pathname + location.search, { replace: true, state: null });
    // Once, on arrival.
  }, []);
  if (!flash) return null;
  return (
    <div className="notice notice--success" role="status">
      <p>{flash}</p>
    </div>
  );
}
