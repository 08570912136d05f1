import type { NamedDelegationView } from '@chaman/contracts';
import { screen } from '@testing-library/react';
import { renderScreen } from '../../../../test/render';
import { DelegationsTable } from './delegations-table';

const CPAS = '0123456749';
const delegation = (id: string, intermediary: string, intermediaryName?: string) =>
  ({
    id,
    status: 'PENDING',
    initiatedBy: 'INTERMEDIARY',
    companyEnterpriseNumber: CPAS,
    companyName: 'CPAS de Liège',
    companyQuality: 'CPAS',
    intermediaryEnterpriseNumber: intermediary,
    ...(intermediaryName ? { intermediaryName } : {}),
    updatedAt: '2026-12-01T10:00:00Z',
  }) as NamedDelegationView;

describe('a list of delegations', () => {
  it('names the other party with its number, or gives the number alone when the name is not known yet', () => {
    renderScreen(
      <DelegationsTable
        cbe={CPAS}
        title="Demandes reçues"
        id="received"
        items={[delegation('d1', '0403170701', 'SoftHouse'), delegation('d2', '0417497106')]}
      />,
    );
    expect(screen.getByRole('cell', { name: /^SoftHouse \(0403\.170\.701\)/ })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: /^0417\.497\.106/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir la délégation – SoftHouse (0403.170.701)' })).toBeInTheDocument();
    expect(screen.queryByText(/CPAS de Liège/)).not.toBeInTheDocument();
  });
});
