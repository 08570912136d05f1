import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createQueryClient } from './app/app';
import { prefetchScreen } from './app/prefetch-screen';
import { openingDocument } from './components/layout/page';
import { meQuery } from './features/me/api/me';
import { fetchSession, sessionKey } from './features/session/api/session';
import { startI18nInBrowser } from './i18n/i18n';
import './styles/base.css';

const client = createQueryClient();
// The session, the person's enterprises, the screen's chunk and data, and the language's catalogue are asked for
// together, before the first render, instead of one after the other (a visitor without a session gets quiet 401s).
void client.prefetchQuery({ queryKey: sessionKey, queryFn: fetchSession });
void client.prefetchQuery(meQuery);
prefetchScreen(client, window.location.pathname);
// The data asked for above has often arrived by now, so the first render is the whole screen: as a transition React
// renders it in slices, giving the browser back its main thread every few milliseconds (no long task on a phone).
// No top-level await here: the bundler would then split what this entry shares with the screens into a dozen tiny
// chunks, each one more request before the first paint.
void startI18nInBrowser().then(() => {
  openingDocument();
  const root = createRoot(document.getElementById('root')!);
  startTransition(() => root.render(<App client={client} />));
});
