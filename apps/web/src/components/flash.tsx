import { useLocation } from 'react-router';

/** The confirmation a form leaves for the page it leads to ("Sender created…"), announced politely. */
export function Flash() {
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;
  if (!flash) return null;
  return (
    <div className="notice notice--success" role="status">
      <p>{flash}</p>
    </div>
  );
}
