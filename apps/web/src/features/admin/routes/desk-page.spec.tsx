import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderScreen } from '../../../../test/render';
import { DeskEnterprisePage } from './desk-enterprise-page';
import { DeskPage } from './desk-page';

const CBE = '0123456749';
const HOOK = {
  id: 'w1',
  enterpriseNumber: CBE,
  url: 'https://software.example.be/hooks',
  events: [],
  status: 'DISABLED',
  createdAt: '2026-12-01T10:00:00Z',
  failingSince: '2026-12-01T11:00:00Z',
};
const MAIL = {
  id: 'm1',
  message: 'contact-appointed',
  recipientEmail: 'lise@cpas.example',
  subject: 'Vous êtes le contact technique',
  attempts: 3,
  lastError: 'connect ECONNREFUSED',
  createdAt: '2026-12-01T10:00:00Z',
  nextAttemptAt: '2026-12-01T12:00:00Z',
};

const renderDesk = () =>
  renderScreen(
    <Routes>
      <Route path="/operator/desk" element={<DeskPage />} />
    </Routes>,
    { path: '/operator/desk' },
  );

describe("the operator's desk", () => {
  it('re-enables a failing webhook and resends an unsent mail', async () => {
    const calls = fakeFetch({
      'GET /api/v1/admin/failing-webhooks?limit=20': { status: 200, body: { items: [HOOK] } },
      'GET /api/v1/admin/unsent-mails?limit=20': { status: 200, body: { items: [MAIL] } },
      'GET /api/v1/admin/parked-events/sender?limit=100': { status: 200, body: { items: [] } },
      'GET /api/v1/admin/parked-events/notification?limit=100': { status: 200, body: { items: [] } },
      'POST /api/v1/admin/failing-webhooks/w1/enable': { status: 200, body: { ...HOOK, status: 'ACTIVE', failingSince: undefined } },
      'POST /api/v1/admin/unsent-mails/m1/resend': { status: 200, body: MAIL },
    });
    renderDesk();
    expect(await screen.findByText('Désactivé')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Réactiver/ }));
    expect(await screen.findByText('Le webhook https://software.example.be/hooks est réactivé.')).toBeInTheDocument();
    expect(await screen.findByText('connect ECONNREFUSED')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Renvoyer maintenant/ }));
    expect(await screen.findByText(/Le courriel à lise@cpas.example part/)).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.path)).toEqual([
      '/api/v1/admin/failing-webhooks/w1/enable',
      '/api/v1/admin/unsent-mails/m1/resend',
    ]);
  });

  it('replays a parked event, and says so when it fails again', async () => {
    const PARKED = {
      sequence: 7,
      service: 'notification',
      durable: 'audit-access',
      reason: 'TypeError',
      parkedAt: '2026-12-01T10:00:00Z',
      eventId: 'e1',
      eventType: 'be.chaman.access.member-appointed.v1',
    };
    const calls = fakeFetch({
      'GET /api/v1/admin/failing-webhooks?limit=20': { status: 200, body: { items: [] } },
      'GET /api/v1/admin/unsent-mails?limit=20': { status: 200, body: { items: [] } },
      'GET /api/v1/admin/parked-events/sender?limit=100': { status: 200, body: { items: [] } },
      'GET /api/v1/admin/parked-events/notification?limit=100': { status: 200, body: { items: [PARKED] } },
      'POST /api/v1/admin/parked-events/notification/7/replay': {
        status: 409,
        body: {
          type: 'urn:problem-type:chaman:parkedEventStillFails',
          status: 409,
          title: 'Parked Event Still Fails',
          code: 'parkedEventStillFails',
        },
      },
      'DELETE /api/v1/admin/parked-events/notification/7': { status: 204 },
    });
    renderDesk();
    expect(await screen.findByText('be.chaman.access.member-appointed.v1')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Relancer/ }));
    expect(await screen.findByText("L'événement a de nouveau échoué ; il reste de côté.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Abandonner/ }));
    expect(await screen.findByText("L'événement notification #7 est abandonné.")).toBeInTheDocument();
    expect(calls.filter((call) => call.method !== 'GET').map((call) => `${call.method} ${call.path}`)).toEqual([
      'POST /api/v1/admin/parked-events/notification/7/replay',
      'DELETE /api/v1/admin/parked-events/notification/7',
    ]);
  });

  it('finds an enterprise by name and shows its members and senders read-only', async () => {
    fakeFetch({
      'GET /api/v1/admin/failing-webhooks?limit=20': { status: 200, body: { items: [] } },
      'GET /api/v1/admin/unsent-mails?limit=20': { status: 200, body: { items: [] } },
      'GET /api/v1/admin/parked-events/sender?limit=100': { status: 200, body: { items: [] } },
      'GET /api/v1/admin/parked-events/notification?limit=100': { status: 200, body: { items: [] } },
      'GET /api/v1/admin/enterprises?limit=20&q=cpas': {
        status: 200,
        body: { items: [{ enterpriseNumber: CBE, name: 'CPAS de Liège', qualities: ['CPAS'], registeredAt: '2026-01-01T00:00:00Z' }] },
      },
    });
    renderDesk();
    expect(await screen.findByText('Aucun webhook en échec.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText("Numéro ou nom de l'entreprise"), 'cpas');
    await userEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByRole('link', { name: 'CPAS de Liège (0123.456.749)' })).toHaveAttribute(
      'href',
      `/operator/desk/enterprises/${CBE}`,
    );
  });

  it("shows an enterprise's members and senders without any action", async () => {
    fakeFetch({
      [`GET /api/v1/enterprises/${CBE}`]: {
        status: 200,
        body: { enterpriseNumber: CBE, name: 'CPAS de Liège', qualities: ['CPAS'], registeredAt: '2026-01-01T00:00:00Z' },
      },
      [`GET /api/v1/admin/enterprises/${CBE}/members?limit=20`]: {
        status: 200,
        body: {
          items: [
            {
              userId: 'anne',
              name: 'Anne Chef',
              email: 'anne@cpas.example',
              position: 'CHIEF_ACCESS_MANAGER',
              holdsTechnicalChannelsRight: true,
              technicalChannelsRight: { basis: 'POSITION' },
            },
          ],
        },
      },
      [`GET /api/v1/admin/enterprises/${CBE}/senders?limit=20`]: {
        status: 200,
        body: {
          items: [
            {
              senderNumber: '100001',
              enterpriseNumber: CBE,
              quality: 'CPAS',
              contact: { firstName: 'Lise', lastName: 'Noël', email: 'lise@cpas.example', language: 'fr' },
              createdAt: '',
              updatedAt: '',
            },
          ],
        },
      },
    });
    renderScreen(
      <Routes>
        <Route path="/operator/desk/enterprises/:cbe" element={<DeskEnterprisePage />} />
      </Routes>,
      { path: `/operator/desk/enterprises/${CBE}` },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Entreprise CPAS de Liège' })).toBeInTheDocument();
    expect(await screen.findByText('Anne Chef (anne)')).toBeInTheDocument();
    expect(await screen.findByText('Lise Noël <lise@cpas.example>')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
