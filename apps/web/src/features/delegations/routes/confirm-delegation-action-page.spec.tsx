import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderRoutes } from '../../../../test/render';
import { DelegationPage } from './delegation-page';
import { ConfirmDelegationActionPage } from './confirm-delegation-action-page';

const COMPANY = '0123456749';
const INTERMEDIARY = '0403170701';
const ID = '7f1c2e9a-0000-4000-8000-000000000001';
const ACCOUNT = '9b2d0c1e-0000-4000-8000-000000000002';
const delegation = (status: string, allowedActions: string[]) => ({
  id: ID,
  status,
  initiatedBy: 'COMPANY',
  companyEnterpriseNumber: COMPANY,
  companyName: 'CPAS de Liège',
  companyQuality: 'CPAS',
  intermediaryEnterpriseNumber: INTERMEDIARY,
  intermediaryName: 'SoftHouse',
  restAccountId: ACCOUNT,
  scopes: [],
  history: [],
  intermediaryRelaunches: { used: 0, limit: 20 },
  allowedActions,
  updatedAt: '2026-12-01T10:00:00Z',
});

const screenAt = (path: string, language: 'fr' | 'nl' = 'fr') =>
  renderRoutes(
    { '/e/:cbe/delegations/:id': <DelegationPage />, '/e/:cbe/delegations/:id/:action': <ConfirmDelegationActionPage /> },
    { path, language },
  );

describe('confirming the end of a delegation', () => {
  it('says what stops for whom, sends the revocation with its reason only once confirmed, and says it is done', async () => {
    const calls = fakeFetch({
      [`GET /api/v1/enterprises/${COMPANY}/delegations/${ID}`]: { status: 200, body: delegation('ACCEPTED', ['REVOKE', 'CHANGE_SCOPES']) },
      [`POST /api/v1/enterprises/${COMPANY}/delegations/${ID}/revoke`]: { status: 200, body: {} },
    });
    screenAt(`/e/${COMPANY}/delegations/${ID}/revoke`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Révoquer la délégation ?' })).toHaveFocus();
    expect(
      screen.getByText(
        `SoftHouse (0403.170.701) ne gérera plus le compte REST ${ACCOUNT} : ni ses certificats ni la communication sécurisée avec le service REST.`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Non, revenir sans rien changer' })).toHaveAttribute('href', `/e/${COMPANY}/delegations/${ID}`);
    expect(calls.filter((call) => call.method === 'POST')).toEqual([]);
    await userEvent.type(screen.getByRole('textbox', { name: 'Motif' }), 'Fin du contrat.');
    expect(screen.getByRole('button', { name: 'Révoquer la délégation' })).toHaveClass('button--warning');
    await userEvent.click(screen.getByRole('button', { name: 'Révoquer la délégation' }));
    expect(await screen.findByText('La délégation est révoquée.')).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ reason: 'Fin du contrat.' });
  });

  it('tells the intermediary, in Dutch, what it gives up', async () => {
    fakeFetch({
      [`GET /api/v1/enterprises/${INTERMEDIARY}/delegations/${ID}`]: { status: 200, body: delegation('ACCEPTED', ['RENOUNCE']) },
    });
    screenAt(`/e/${INTERMEDIARY}/delegations/${ID}/renounce`, 'nl');
    expect(await screen.findByRole('heading', { level: 1, name: 'Afzien van de delegatie?' })).toBeInTheDocument();
    expect(screen.getByText(`U beheert het REST-account ${ACCOUNT} van CPAS de Liège (0123.456.749) niet meer.`)).toBeInTheDocument();
  });

  it('leads back to the delegation when the service does not offer the action', async () => {
    fakeFetch({ [`GET /api/v1/enterprises/${COMPANY}/delegations/${ID}`]: { status: 200, body: delegation('REVOKED', []) } });
    screenAt(`/e/${COMPANY}/delegations/${ID}/revoke`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Délégation' })).toBeInTheDocument();
  });
});
