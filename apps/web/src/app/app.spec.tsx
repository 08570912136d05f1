import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeFetch } from '../../test/fake-fetch';
import { startTestI18n } from '../../test/i18n';
import { LANGUAGE_STORAGE_KEY } from '../i18n/languages';
import { App, createQueryClient } from './app';

describe('the application shell', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.history.pushState({}, '', '/');
  });

  it('welcomes a visitor without a session with one button to log in that comes back to where they were', async () => {
    fakeFetch({ 'GET /auth/session': { status: 401 } });
    window.history.pushState({}, '', '/e/0123456749/delegations');
    startTestI18n('fr');
    render(<App client={createQueryClient()} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Chaman – gestion des canaux techniques' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Se connecter' })).toHaveAttribute(
      'href',
      '/auth/login?returnTo=%2Fe%2F0123456749%2Fdelegations',
    );
  });

  it('switches language on the spot, keeps the choice and sets <html lang>', async () => {
    fakeFetch({ 'GET /auth/session': { status: 401 } });
    startTestI18n('fr');
    render(<App client={createQueryClient()} />);
    await screen.findByRole('link', { name: 'Se connecter' });
    await userEvent.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(await screen.findByRole('link', { name: 'Aanmelden' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
    expect(screen.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('aria-pressed', 'true');
    for (const name of ['Français', 'Deutsch', 'English']) expect(screen.getByRole('button', { name })).toHaveAttribute('lang');
  });

  it('takes a member of one enterprise straight to it, where a person without the right is told whom to ask', async () => {
    fakeFetch({
      'GET /auth/session': { status: 200, body: { user: { sub: 'carol', name: 'Carol', roles: [] } } },
      'GET /api/v1/me': {
        status: 200,
        body: {
          userId: 'carol',
          isOperator: false,
          sendersKnown: true,
          enterprises: [
            {
              enterpriseNumber: '0123456749',
              name: 'CPAS de Liège',
              qualities: ['CPAS'],
              position: 'USER',
              holdsTechnicalChannelsRight: false,
              senders: [{ quality: 'CPAS', senderToCreate: null }],
            },
          ],
        },
      },
      'GET /api/v1/enterprises/0123456749/senders?limit=20': {
        status: 403,
        body: {
          type: 'urn:problem-type:chaman:missingTechnicalChannelsRight',
          status: 403,
          title: 'x',
          code: 'missingTechnicalChannelsRight',
          contacts: [{ name: 'Alice Martin', email: 'alice@cpas-liege.example', position: 'CHIEF_ACCESS_MANAGER' }],
        },
      },
    });
    startTestI18n('fr');
    render(<App client={createQueryClient()} />);
    expect(await screen.findByRole('heading', { name: "Vous n'avez pas le droit de gérer les canaux techniques" })).toBeInTheDocument();
    expect(screen.getByText(/Alice Martin \(Gestionnaire d'accès principal\)/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'alice@cpas-liege.example' })).toHaveAttribute('href', 'mailto:alice@cpas-liege.example');
    expect(screen.getAllByText(/« Chaman - Gestion des canaux techniques »/).length).toBeGreaterThan(0);
    expect(window.location.pathname).toBe('/e/0123456749');
  });
});
