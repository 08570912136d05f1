import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderScreen } from '../../../../test/render';
import { RequestDelegationPage } from './request-delegation-page';

const CPAS = '0123456749';
const ACCOUNT = '0195a3b0-1111-7222-8333-944455566677';
const me = {
  userId: 'anna',
  isOperator: false,
  sendersKnown: true,
  delegableQualities: ['CPAS'],
  enterprises: [
    {
      enterpriseNumber: CPAS,
      name: 'CPAS de Liège',
      qualities: ['CPAS'],
      position: 'CHIEF_ACCESS_MANAGER',
      holdsTechnicalChannelsRight: true,
      delegableQualities: ['CPAS'],
      senders: [{ quality: 'CPAS', senderNumber: '100001' }],
    },
  ],
};
const account = { id: ACCOUNT, senderNumber: '100001', quality: 'CPAS', name: 'Aide sociale', environment: 'PRODUCTION', clientId: 'c-1' };

describe('a company requesting a delegation', () => {
  it('may give an end date, which is sent with the request', async () => {
    const calls = fakeFetch({
      'GET /api/v1/me': { status: 200, body: me },
      [`GET /api/v1/enterprises/${CPAS}/senders/100001/rest-accounts?limit=100`]: { status: 200, body: { items: [account] } },
      [`POST /api/v1/enterprises/${CPAS}/delegations`]: { status: 201, body: { id: 'd-1' } },
    });
    renderScreen(
      <Routes>
        <Route path="/e/:cbe/delegations/new" element={<RequestDelegationPage />} />
        <Route path="/e/:cbe/delegations/:id" element={<p>delegation page</p>} />
      </Routes>,
      { path: `/e/${CPAS}/delegations/new`, language: 'nl' },
    );
    const endsOn = await screen.findByLabelText('Einddatum (optioneel)');
    expect(endsOn).toHaveAccessibleDescription(/14 dagen vooraf/);
    await userEvent.type(screen.getByLabelText(/technische tussenpersoon/i), '0403170701');
    await userEvent.type(endsOn, '2027-01-31');
    await userEvent.click(screen.getByRole('button', { name: /aanvragen/i }));
    await screen.findByText('delegation page');
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      companyEnterpriseNumber: CPAS,
      companyQuality: 'CPAS',
      intermediaryEnterpriseNumber: '0403170701',
      restAccountId: ACCOUNT,
      endsOn: '2027-01-31',
    });
  });
});
