import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { startTestI18n } from './i18n';
import type { Language } from '../src/i18n/languages';

/**
 * Renders a screen as the application would: i18n in the given language, a fresh query cache (or `client`, such as
 * the application's own with its caching), a router at `path`.
 */
export function renderScreen(
  element: ReactElement,
  {
    language = 'fr',
    path = '/',
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  }: { language?: Language; path?: string; client?: QueryClient } = {},
) {
  startTestI18n(language);
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>{element}</MemoryRouter>
    </QueryClientProvider>,
  );
}

/** A screen and the pages it leads to (`{ '/e/:cbe/members/chief': <Page />, … }`), opened at `path`. */
export const renderRoutes = (routes: Record<string, ReactElement>, options: { language?: Language; path: string }) =>
  renderScreen(
    <Routes>
      {Object.entries(routes).map(([path, element]) => (
        <Route key={path} path={path} element={element} />
      ))}
    </Routes>,
    options,
  );
