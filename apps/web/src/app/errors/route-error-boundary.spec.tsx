import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { renderScreen } from '../../../test/render';
import { isChunkLoadError } from './chunk-error';
import { RouteErrorBoundary } from './route-error-boundary';

function Throws({ error }: { error: Error }): never {
  throw error;
}

const screenThrowing = (error: Error, language: 'fr' | 'nl' = 'fr') =>
  renderScreen(
    <Routes>
      <Route
        path="/e/:cbe"
        element={
          <RouteErrorBoundary>
            <Throws error={error} />
          </RouteErrorBoundary>
        }
      />
    </Routes>,
    { path: '/e/0123456749', language },
  );

describe('a screen that fails', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('offers a reload when its chunk is gone after a deploy', async () => {
    screenThrowing(new TypeError('Failed to fetch dynamically imported module: http://localhost/assets/sender-page-abc123.js'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Une nouvelle version de Chaman est en ligne' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Recharger la page' })).toBeInTheDocument();
  });

  it('says, in the language shown, what to do after an unexpected error', async () => {
    screenThrowing(new Error('x is undefined'), 'nl');
    expect(await screen.findByRole('heading', { level: 1, name: 'Er is een fout opgetreden op deze pagina' })).toBeInTheDocument();
    expect(screen.getByText(/Niets wat u nog niet had bevestigd, is verzonden/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Terug naar de startpagina' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: 'hulp en contact' })).toHaveAttribute('href', '/help');
  });

  it.each([
    ['Chromium', 'Failed to fetch dynamically imported module: /assets/x.js', true],
    ['Firefox', 'error loading dynamically imported module: /assets/x.js', true],
    ['Safari', 'Importing a module script failed.', true],
    ['a bug', "Cannot read properties of undefined (reading 'items')", false],
  ])('tells a failed chunk (%s) from a bug', (_, message, chunk) => {
    expect(isChunkLoadError(new TypeError(message))).toBe(chunk);
  });
});
