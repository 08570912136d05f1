import type { DelegationDetail } from '@chaman/contracts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderScreen } from '../../../../test/render';
import { DelegationActions } from './delegation-actions';

const COMPANY = '0123456749';
const INTERMEDIARY = '0403170701';
const ID = '7f1c2e9a-0000-4000-8000-000000000001';
// The actions and the relaunches left are the service's answer: the screen offers what it is told, nothing more.
const detail = (status: string, allowedActions: string[], relaunchesLeft?: number) =>
  ({
    id: ID,
    status,
    initiatedBy: 'INTERMEDIARY',
    companyEnterpriseNumber: COMPANY,
    intermediaryEnterpriseNumber: INTERMEDIARY,
    scopes: ['dmfa'],
    history: [],
    intermediaryRelaunches: { used: 20 - (relaunchesLeft ?? 20), limit: 20 },
    allowedActions,
    ...(relaunchesLeft === undefined ? {} : { relaunchesLeft }),
  }) as unknown as DelegationDetail;

describe('acting on a delegation', () => {
  it('lets the company refuse with a reason the intermediary will read', async () => {
    const calls = fakeFetch({ [`POST /api/v1/enterprises/${COMPANY}/delegations/${ID}/refuse`]: { status: 200, body: {} } });
    renderScreen(<DelegationActions cbe={COMPANY} delegation={detail('PENDING', ['ACCEPT', 'REFUSE'])} />);
    expect(screen.getByRole('button', { name: 'Accepter' })).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Motif' }), 'Nous changeons de prestataire.');
    expect(screen.getByRole('textbox', { name: 'Motif' })).toHaveAccessibleDescription(/pourquoi vous refusez/);
    await userEvent.click(screen.getByRole('button', { name: 'Refuser' }));
    expect(await screen.findByText('La demande est refusée.')).toBeInTheDocument();
    expect(calls[0].body).toEqual({ reason: 'Nous changeons de prestataire.' });
  });

  it('tells the intermediary how many relaunches remain, and why the 21st is refused, in its language', async () => {
    fakeFetch({
      [`POST /api/v1/enterprises/${INTERMEDIARY}/delegations/${ID}/relaunch`]: {
        status: 409,
        body: { type: 'urn:problem-type:chaman:relaunchLimitReached', status: 409, title: 'x', code: 'relaunchLimitReached' },
      },
    });
    renderScreen(<DelegationActions cbe={INTERMEDIARY} delegation={detail('REFUSED', ['RELAUNCH'], 0)} />, { language: 'nl' });
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw aanvragen (nog 0 van 20)' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('U hebt de limiet van 20 nieuwe aanvragen bij deze onderneming bereikt.');
    expect(alert).toHaveFocus();
  });

  it('offers the company revocation, through its confirmation page, and a change of scopes on an accepted delegation', async () => {
    const calls = fakeFetch({ [`PATCH /api/v1/enterprises/${COMPANY}/delegations/${ID}`]: { status: 200, body: {} } });
    renderScreen(<DelegationActions cbe={COMPANY} delegation={detail('ACCEPTED', ['REVOKE', 'CHANGE_SCOPES'])} />);
    expect(screen.getByRole('link', { name: 'Révoquer' })).toHaveAttribute('href', `/e/${COMPANY}/delegations/${ID}/revoke`);
    expect(screen.queryByRole('button', { name: 'Révoquer' })).not.toBeInTheDocument();
    const scopes = screen.getByRole('textbox', { name: 'Services délégués' });
    await userEvent.clear(scopes);
    await userEvent.type(scopes, 'dmfa dimona');
    await userEvent.click(screen.getByRole('button', { name: 'Modifier les services' }));
    expect(await screen.findByText('Les services délégués sont modifiés.')).toBeInTheDocument();
    expect(calls[0].body).toEqual({ scopes: ['dmfa', 'dimona'] });
  });

  it('offers nothing the service does not offer', () => {
    renderScreen(<DelegationActions cbe={INTERMEDIARY} delegation={detail('ACCEPTED', [])} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText("Aucune action n'est possible pour vous sur cette délégation.")).toBeInTheDocument();
  });
});
