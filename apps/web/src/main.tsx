import { createRoot } from 'react-dom/client';
import { App, createQueryClient } from './app/app';
import { meQuery } from './features/me/api/me';
import { fetchSession, sessionKey } from './features/session/api/session';
import { startI18n } from './i18n/i18n';
import './styles/base.css';

startI18n();
const client = createQueryClient();
// The session and the person's enterprises are asked for together, before the first render, instead of one after
// the other: a reload shows content one round trip sooner (a visitor without a session gets a quiet 401).
void client.prefetchQuery({ queryKey: sessionKey, queryFn: fetchSession });
void client.prefetchQuery(meQuery);
createRoot(document.getElementById('root')!).render(<App client={client} />);
