import type { DelegationDetail } from '@chaman/contracts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderScreen } from '../../../../test/render';
import { DelegationActions } from './delegation-actions';

const COMPANY = '0123456749';
const ID = '7f1c2e9a-0000-4000-8000-000000000001';
const DELEGATION = `/api/v1/enterprises/${COMPANY}/delegations/${ID}`;
// What the viewer may do is the service's answer (`allowedActions`): the form is there only with CHANGE_END_DATE.
const detail = (allowedActions: string[], endsOn?: string) =>
  ({
    id: ID,
    status: 'ACCEPTED',
    initiatedBy: 'COMPANY',
    companyEnterpriseNumber: COMPANY,
    intermediaryEnterpriseNumber: '0403170701',
    scopes: ['dmfa'],
    history: [],
    intermediaryRelaunches: { used: 0, limit: 20 },
    allowedActions,
    ...(endsOn ? { endsOn } : {}),
  }) as unknown as DelegationDetail;

describe("a delegation's end date", () => {
  it('is not offered when the service does not allow it', () => {
    fakeFetch({});
    renderScreen(<DelegationActions cbe={COMPANY} delegation={detail(['REVOKE'])} />);
    expect(screen.queryByLabelText('Prend fin le')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /CHANGE_END_DATE/ })).not.toBeInTheDocument();
  });

  it('lets the company set one, in Dutch', async () => {
    const calls = fakeFetch({ [`PATCH ${DELEGATION}`]: { status: 200, body: {} } });
    renderScreen(<DelegationActions cbe={COMPANY} delegation={detail(['REVOKE', 'CHANGE_END_DATE'])} />, { language: 'nl' });
    expect(screen.getByLabelText('Eindigt op')).toHaveAccessibleDescription(/14 dagen vooraf/);
    expect(screen.queryByRole('button', { name: 'Einddatum verwijderen' })).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Eindigt op'), '2027-01-31');
    await userEvent.click(screen.getByRole('button', { name: 'Einddatum vastleggen' }));
    expect(await screen.findByText('De einddatum is opgeslagen.')).toBeInTheDocument();
    expect(calls.map((call) => call.body)).toEqual([{ endsOn: '2027-01-31' }]);
  });

  it('lets the company remove the one it set', async () => {
    const calls = fakeFetch({ [`PATCH ${DELEGATION}`]: { status: 200, body: {} } });
    renderScreen(<DelegationActions cbe={COMPANY} delegation={detail(['CHANGE_END_DATE'], '2027-01-31')} />, { language: 'en' });
    expect(screen.getByLabelText('Ends on')).toHaveValue('2027-01-31');
    await userEvent.click(screen.getByRole('button', { name: 'Remove the end date' }));
    expect(await screen.findByText(/The end date is removed/)).toBeInTheDocument();
    expect(calls.map((call) => call.body)).toEqual([{ endsOn: null }]);
  });
});
