import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderScreen } from '../../../../test/render';
import type { Language } from '../../../i18n/languages';
import { SenderPage } from './sender-page';

const CPAS = '0123456749';
const SENDER = `/api/v1/enterprises/${CPAS}/senders/100001`;
const sender = {
  senderNumber: '100001',
  enterpriseNumber: CPAS,
  quality: 'CPAS',
  contact: { firstName: 'Léa', lastName: 'Lambert', email: 'lea@example.be', language: 'fr' },
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
};
const account = {
  id: '0195a3b0-1111-7222-8333-944455566677',
  senderNumber: '100001',
  enterpriseNumber: CPAS,
  quality: 'CPAS',
  name: 'Aide sociale',
  environment: 'PRODUCTION',
  scopes: [],
  clientId: 'chaman-client-1',
  createdAt: '2026-12-01T00:00:00.000Z',
};
const channel = {
  id: '0195a3b0-2222-7222-8333-944455566677',
  senderNumber: '100001',
  enterpriseNumber: CPAS,
  type: 'SOAP',
  createdAt: '2026-12-01T00:00:00.000Z',
};

const senderPage = (answer: object, language: Language) => {
  fakeFetch({
    [`GET ${SENDER}`]: { status: 200, body: answer },
    [`GET ${SENDER}/channels?limit=20`]: { status: 200, body: { items: [channel] } },
    [`GET ${SENDER}/rest-accounts?limit=20`]: { status: 200, body: { items: [account] } },
  });
  renderScreen(
    <Routes>
      <Route path="/e/:cbe/senders/:senderNumber" element={<SenderPage />} />
    </Routes>,
    { path: `/e/${CPAS}/senders/100001`, language },
  );
};

describe('a sender page', () => {
  it('offers what the service allows on an open sender', async () => {
    senderPage({ ...sender, allowedActions: ['REPLACE_CONTACT', 'ADD_CHANNEL', 'CREATE_REST_ACCOUNT', 'CLOSE'] }, 'fr');
    // The first render of the suite is slow on a loaded machine: more than findBy's second.
    expect(await screen.findByRole('link', { name: 'Aide sociale' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Remplacer le responsable technique' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ajouter le canal' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Fermer le canal Service web SOAP' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Créer le compte REST' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Fermer l'expéditeur" })).toBeInTheDocument();
  });

  it('shows a closed sender read-only in Dutch: its accounts and the closing date, no add, replace or close', async () => {
    senderPage({ ...sender, closedAt: '2026-12-05T10:00:00.000Z', allowedActions: [] }, 'nl');
    expect(await screen.findByRole('link', { name: 'Aide sociale' })).toBeInTheDocument();
    expect(screen.getByText(/5-12-2026/)).toBeInTheDocument();
    expect(await screen.findByText('SOAP-webdienst')).toBeInTheDocument();
    expect(screen.queryAllByRole('link').map((link) => link.textContent)).toEqual(['Aide sociale']);
  });
});
