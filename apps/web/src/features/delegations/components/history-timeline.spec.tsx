import type { DelegationDetail } from '@chaman/contracts';
import { screen } from '@testing-library/react';
import { renderScreen } from '../../../../test/render';
import { HistoryTimeline } from './history-timeline';

const CPAS = '0123456749';
const SOFTHOUSE = '0403170701';
const delegation = (names: { companyName?: string; intermediaryName?: string }) =>
  ({
    companyEnterpriseNumber: CPAS,
    intermediaryEnterpriseNumber: SOFTHOUSE,
    ...names,
    history: [
      {
        at: '2026-12-01T10:00:00Z',
        action: 'REQUEST',
        status: 'PENDING',
        actorUserId: 'bob',
        actorEnterpriseNumber: SOFTHOUSE,
        actorParty: 'INTERMEDIARY',
      },
      {
        at: '2026-12-01T11:00:00Z',
        action: 'REFUSE',
        status: 'REFUSED',
        actorUserId: 'alice',
        actorEnterpriseNumber: CPAS,
        actorParty: 'COMPANY',
        reason: 'Autre prestataire',
      },
      { at: '2026-12-31T10:00:00Z', action: 'EXPIRE', status: 'EXPIRED' },
    ],
  }) as unknown as DelegationDetail;

describe('the history of a delegation', () => {
  it('names the acting enterprise by name and number', () => {
    renderScreen(<HistoryTimeline delegation={delegation({ companyName: 'CPAS de Liège', intermediaryName: 'SoftHouse' })} />);
    expect(screen.getByText(/par bob \(SoftHouse, 0403\.170\.701\)$/)).toBeInTheDocument();
    expect(screen.getByText(/par alice \(CPAS de Liège, 0123\.456\.749\)$/)).toBeInTheDocument();
    expect(screen.getByText(/par le système$/)).toBeInTheDocument();
  });

  it('gives the number alone while the name is not known', () => {
    renderScreen(<HistoryTimeline delegation={delegation({ companyName: 'CPAS de Liège' })} />);
    expect(screen.getByText(/par bob \(0403\.170\.701\)$/)).toBeInTheDocument();
    expect(screen.getByText(/par alice \(CPAS de Liège, 0123\.456\.749\)$/)).toBeInTheDocument();
  });
});
