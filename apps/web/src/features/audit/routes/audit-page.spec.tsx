import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderScreen } from '../../../../test/render';
import { AuditPage } from './audit-page';

const CBE = '0123456749';
const BASE = `/api/v1/enterprises/${CBE}/audit`;
const GRANTED = {
  id: 'a1',
  at: '2026-12-01T10:00:00Z',
  kind: 'access.permission-granted',
  actor: { userId: 'anne', name: 'Anne Chef', enterpriseNumber: CBE, operator: false },
  resource: { type: 'permission', id: 'marc/chaman.technical-channels' },
  personUserId: 'marc',
  before: { 'chaman.technical-channels': 'not held' },
  after: { 'chaman.technical-channels': 'held' },
};
const ENABLED = {
  id: 'a2',
  at: '2026-11-30T09:00:00Z',
  kind: 'operator.webhook-enabled',
  actor: { userId: 'op', operator: true },
  resource: { type: 'webhook', id: 'w1' },
  after: { status: 'ACTIVE' },
};

const CLOSED_ON_END_DATE = {
  id: 'a3',
  at: '2026-12-02T00:00:00Z',
  kind: 'delegation.ended',
  actor: { operator: false },
  resource: { type: 'delegation', id: 'd1' },
  after: { status: 'ENDED', scopes: ['dmfa:declaration:read'], restAccount: 'r1', endsOn: '2026-12-01' },
};
const SENDER_CREATED = {
  id: 'a4',
  at: '2026-12-01T08:00:00Z',
  kind: 'sender.sender-created',
  actor: { userId: 'anne', enterpriseNumber: CBE, operator: false },
  resource: { type: 'sender', id: '100001' },
  after: { quality: 'CPAS', contact: 'Léa Lambert <lea@example.be>', language: 'nl', unknownField: 'AS_RECORDED' },
};

const CHANNEL_CLOSED = {
  id: 'a5',
  at: '2026-12-03T08:00:00Z',
  kind: 'sender.channel-closed',
  actor: { userId: 'anne', enterpriseNumber: CBE, operator: false },
  resource: { type: 'channel', id: '0195a3b0-2222-7222-8333-944455566677' },
  before: { status: 'OPEN' },
  after: { status: 'CLOSED', type: 'FTP', sender: '100001' },
};
const REGISTERED = {
  id: 'a6',
  at: '2026-11-01T08:00:00Z',
  kind: 'access.enterprise-registered',
  actor: { userId: 'olga', operator: true },
  resource: { type: 'enterprise', id: CBE },
  personUserId: 'anne',
};

const renderJournal = (path = `/e/${CBE}/audit`, language: 'fr' | 'nl' = 'fr') =>
  renderScreen(
    <Routes>
      <Route path="/e/:cbe/audit" element={<AuditPage />} />
    </Routes>,
    { path, language },
  );

describe('the journal', () => {
  it('shows who did what, when, with the values before and after, and an operator as such', async () => {
    fakeFetch({ [`GET ${BASE}?limit=50`]: { status: 200, body: { items: [GRANTED, ENABLED] } } });
    renderJournal();
    expect(await screen.findByText('Droit accordé')).toBeInTheDocument();
    expect(screen.getByText('Anne Chef')).toBeInTheDocument();
    expect(screen.getByText('Chaman - Gestion des canaux techniques : non détenu')).toBeInTheDocument();
    expect(screen.getByText('Chaman - Gestion des canaux techniques : détenu')).toBeInTheDocument();
    expect(screen.getByText('État : Actif')).toBeInTheDocument();
    expect(screen.getByText('Webhook réactivé par un opérateur')).toBeInTheDocument();
    expect(screen.getByText('Opérateur de la plateforme')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Exporter en CSV' })).toHaveAttribute('href', `${BASE}.csv`);
  });

  it('filters by area, period and person, and exports with the same filters', async () => {
    const calls = fakeFetch({
      [`GET ${BASE}?limit=50`]: { status: 200, body: { items: [GRANTED, ENABLED] } },
      [`GET ${BASE}?kind=access&from=2026-12-01&to=2026-12-31&person=marc&limit=50`]: { status: 200, body: { items: [GRANTED] } },
    });
    renderJournal();
    await screen.findByText('Droit accordé');
    await userEvent.selectOptions(screen.getByLabelText('Domaine'), 'access');
    await userEvent.type(screen.getByLabelText('Du'), '2026-12-01');
    await userEvent.type(screen.getByLabelText('Au (inclus)'), '2026-12-31');
    await userEvent.type(screen.getByLabelText('Personne'), 'marc');
    await userEvent.click(screen.getByRole('button', { name: 'Appliquer les filtres' }));
    expect(await screen.findByRole('link', { name: 'Exporter en CSV' })).toHaveAttribute(
      'href',
      `${BASE}.csv?kind=access&from=2026-12-01&to=2026-12-31&person=marc`,
    );
    await screen.findByText('Droit accordé');
    expect(screen.queryByText('Webhook réactivé par un opérateur')).not.toBeInTheDocument();
    expect(calls.map((call) => call.path)).toContain(`${BASE}?kind=access&from=2026-12-01&to=2026-12-31&person=marc&limit=50`);
  });

  it("says the values in the reader's language: field labels, codes in words, dates as dates", async () => {
    fakeFetch({ [`GET ${BASE}?limit=50`]: { status: 200, body: { items: [CLOSED_ON_END_DATE, SENDER_CREATED] } } });
    renderJournal(`/e/${CBE}/audit`, 'nl');
    expect(
      await screen.findByText('Status: Beëindigd (einddatum); Scopes: dmfa:declaration:read; REST-account: r1; Einddatum: 1-12-2026'),
    ).toBeInTheDocument();
    // A field the catalogues do not know stays as recorded rather than disappearing.
    expect(
      screen.getByText('Hoedanigheid: OCMW; Technisch contact: Léa Lambert <lea@example.be>; Taal: Nederlands; unknownField: AS_RECORDED'),
    ).toBeInTheDocument();
  });

  it('pages to older entries with the cursor the API gave, in Dutch too', async () => {
    fakeFetch({
      [`GET ${BASE}?limit=50`]: { status: 200, body: { items: [GRANTED], next: `${BASE}?limit=50&cursor=abc` } },
      [`GET ${BASE}?limit=50&cursor=abc`]: { status: 200, body: { items: [ENABLED] } },
    });
    renderJournal(`/e/${CBE}/audit`, 'nl');
    expect(await screen.findByText('Recht toegekend')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Oudere' }));
    expect(await screen.findByText('Webhook opnieuw ingeschakeld door een operator')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Recentste' })).toBeInTheDocument();
  });

  it('tells a member who is not an access manager that the journal is not theirs', async () => {
    fakeFetch({
      [`GET ${BASE}?limit=50`]: {
        status: 403,
        body: {
          type: 'urn:problem-type:belgif:missingPermission',
          status: 403,
          title: 'Missing Permission',
          code: 'missingPermission',
          detail: 'Only access managers manage the members',
        },
      },
    });
    renderJournal();
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });

  it('names what an entry is about as a reader knows it: no internal id, an enterprise number as written', async () => {
    fakeFetch({ [`GET ${BASE}?limit=50`]: { status: 200, body: { items: [CHANNEL_CLOSED, REGISTERED, GRANTED] } } });
    renderJournal();
    const rows = await screen.findAllByRole('row');
    const resources = rows.slice(1).map((row) => row.querySelectorAll('td')[2]?.textContent);
    expect(resources).toEqual(['Canal', 'Entreprise 0123.456.749 – anne', 'Droit – marc']);
    expect(screen.getByText(/Expéditeur : 100001/)).toBeInTheDocument();
  });
});
