import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderScreen } from '../../../../test/render';
import { DeleteWebhookPage } from './delete-webhook-page';
import { WebhooksPage } from './webhooks-page';

const CBE = '0123456749';
const HOOK = {
  id: 'w1',
  enterpriseNumber: CBE,
  url: 'https://software.example.be/chaman',
  events: [],
  status: 'ACTIVE',
  createdAt: '2026-12-01T10:00:00Z',
};

describe('webhooks', () => {
  it('registers an endpoint and shows its signing secret once', async () => {
    const calls = fakeFetch({
      [`GET /api/v1/enterprises/${CBE}/webhooks?limit=20`]: { status: 200, body: { items: [] } },
      [`POST /api/v1/enterprises/${CBE}/webhooks`]: { status: 201, body: { ...HOOK, secret: 'whsec_abc' } },
    });
    renderScreen(
      <Routes>
        <Route path="/e/:cbe/webhooks" element={<WebhooksPage />} />
      </Routes>,
      { path: `/e/${CBE}/webhooks` },
    );
    expect(await screen.findByText('Aucun webhook.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Adresse (URL) qui recevra les événements'), 'https://software.example.be/chaman');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter le webhook' }));
    expect(await screen.findByText('whsec_abc')).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ url: 'https://software.example.be/chaman' });
  });

  it('lists endpoints page by page, with their deliveries, and deletes one after a confirmation saying what stops', async () => {
    const calls = fakeFetch({
      [`GET /api/v1/enterprises/${CBE}/webhooks?limit=20`]: {
        status: 200,
        body: { items: [HOOK], next: `http://localhost/api/v1/enterprises/${CBE}/webhooks?limit=20&cursor=c2` },
      },
      [`GET /api/v1/enterprises/${CBE}/webhooks?limit=20&cursor=c2`]: {
        status: 200,
        body: { items: [{ ...HOOK, id: 'w2', url: 'https://second.example.be/hook' }] },
      },
      [`GET /api/v1/enterprises/${CBE}/webhooks/w1/deliveries?limit=20`]: {
        status: 200,
        body: {
          items: [
            {
              id: 'd1',
              webhookId: 'w1',
              eventId: 'e1',
              eventType: 'be.chaman.delegation.accepted.v1',
              status: 'DELIVERED',
              createdAt: '2026-12-01T10:01:00Z',
              attempts: [{ at: '2026-12-01T10:01:00Z', statusCode: 204, durationMs: 12 }],
            },
          ],
        },
      },
      [`DELETE /api/v1/enterprises/${CBE}/webhooks/w1`]: { status: 204 },
    });
    renderScreen(
      <Routes>
        <Route path="/e/:cbe/webhooks" element={<WebhooksPage />} />
        <Route path="/e/:cbe/webhooks/:webhookId/delete" element={<DeleteWebhookPage />} />
      </Routes>,
      { path: `/e/${CBE}/webhooks` },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Afficher plus' }));
    expect(await screen.findByText('https://second.example.be/hook')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).not.toBeInTheDocument();
    await userEvent.click(screen.getAllByRole('button', { name: /Voir les envois/ })[0]);
    expect(await screen.findByText('Délivré')).toBeInTheDocument();
    await userEvent.click(screen.getAllByRole('link', { name: /Supprimer/ })[0]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Supprimer ce webhook ?' })).toBeInTheDocument();
    expect(screen.getByText(/Plus aucun événement ne sera envoyé à https:\/\/software\.example\.be\/chaman/)).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Supprimer le webhook' }));
    expect(await screen.findByText('Le webhook est supprimé.')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'DELETE').map((call) => call.path)).toEqual([`/api/v1/enterprises/${CBE}/webhooks/w1`]);
  });
});
