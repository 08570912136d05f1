import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderScreen } from '../../../../test/render';
import { Flash } from '../../../components/flash';
import type { Language } from '../../../i18n/languages';
import { CloseRestAccountPage } from './close-rest-account-page';

const CPAS = '0123456749';
const ACCOUNT = '0195a3b0-1111-7222-8333-944455566677';
const BASE = `/api/v1/enterprises/${CPAS}/senders/100001/rest-accounts/${ACCOUNT}`;
const account = {
  id: ACCOUNT,
  senderNumber: '100001',
  enterpriseNumber: CPAS,
  quality: 'CPAS',
  name: 'Aide sociale',
  environment: 'PRODUCTION',
  scopes: ['aid'],
  clientId: 'chaman-client-1',
  createdAt: '2026-12-01T00:00:00.000Z',
};

/** The account page's banner, as the page shows it. */
const AccountFlash = Flash;

const screenAt = (language: Language) =>
  renderScreen(
    <Routes>
      <Route path="/e/:cbe/senders/:senderNumber/rest-accounts/:accountId/close" element={<CloseRestAccountPage />} />
      <Route path="/e/:cbe/rest-accounts/:accountId" element={<AccountFlash />} />
    </Routes>,
    { path: `/e/${CPAS}/senders/100001/rest-accounts/${ACCOUNT}/close`, language },
  );

describe('closing a REST account', () => {
  it('says in Dutch exactly what stops before anything is sent', async () => {
    const calls = fakeFetch({ [`GET ${BASE}`]: { status: 200, body: account } });
    screenAt('nl');
    expect(await screen.findByRole('heading', { name: 'REST-account ‘Aide sociale’ sluiten' })).toBeInTheDocument();
    expect(await screen.findByText(/client id chaman-client-1: er wordt geen enkel token meer uitgereikt/)).toBeInTheDocument();
    expect(screen.getByText(/alle certificaten van het account/)).toBeInTheDocument();
    expect(screen.getByText(/de delegaties van het account: ze worden beëindigd/)).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST')).toEqual([]);
  });

  it('closes the account and goes back to it with a confirmation', async () => {
    const calls = fakeFetch({
      [`GET ${BASE}`]: { status: 200, body: account },
      [`POST ${BASE}/close`]: { status: 200, body: { ...account, closedAt: '2026-12-07T00:00:00.000Z' } },
    });
    screenAt('fr');
    await screen.findByText(/le client id chaman-client-1/);
    expect(screen.getByRole('button', { name: 'Fermer le compte REST' })).toHaveClass('button--warning');
    await userEvent.click(screen.getByRole('button', { name: 'Fermer le compte REST' }));
    expect(await screen.findByText('Le compte REST « Aide sociale » est fermé.')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.path)).toEqual([`${BASE}/close`]);
  });
});
