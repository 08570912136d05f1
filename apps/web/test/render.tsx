import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { startI18n } from '../src/i18n/i18n';
import type { Language } from '../src/i18n/languages';

/** Renders a screen as the application would: i18n in the given language, a fresh query cache, a router at `path`. */
export function renderScreen(element: ReactElement, { language = 'fr', path = '/' }: { language?: Language; path?: string } = {}) {
  startI18n(language);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>{element}</MemoryRouter>
    </QueryClientProvider>,
  );
}
