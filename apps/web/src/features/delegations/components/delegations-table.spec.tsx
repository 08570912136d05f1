import type { NamedDelegationView } from '@chaman/contracts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderScreen } from '../../../../test/render';
import { DelegationsTable } from './delegations-table';

const CPAS = '0123456749';
const delegation = (id: string, intermediary: string, intermediaryName?: string, more: Partial<NamedDelegationView> = {}) =>
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
    ...more,
  }) as NamedDelegationView;
const received = { direction: 'received' as const };
const textOf = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

describe('a list of delegations', () => {
  it('names the other party with its number, or gives the number alone when the name is not known yet', () => {
    renderScreen(
      <DelegationsTable
        cbe={CPAS}
        title="Demandes reçues"
        filters={received}
        items={[delegation('d1', '0403170701', 'SoftHouse'), delegation('d2', '0417497106')]}
      />,
    );
    expect(screen.getByRole('cell', { name: /^SoftHouse \(0403\.170\.701\)/ })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: /^0417\.497\.106/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir la délégation – SoftHouse (0403.170.701)' })).toBeInTheDocument();
    expect(screen.queryByText(/CPAS de Liège/)).not.toBeInTheDocument();
  });

  it('shows each end date, and the state of a delegation that reached it', () => {
    renderScreen(
      <DelegationsTable
        cbe={CPAS}
        title="Ontvangen aanvragen"
        filters={received}
        items={[
          delegation('d1', '0403170701', 'SoftHouse', { status: 'ENDED' as NamedDelegationView['status'], endsOn: '2026-12-05' }),
          delegation('d2', '0417497106', undefined, { status: 'ACCEPTED' as NamedDelegationView['status'], endsOn: '2027-03-31' }),
          delegation('d3', '0417497106'),
        ]}
      />,
      { language: 'nl' },
    );
    expect(screen.getByRole('columnheader', { name: 'Einddatum' })).toBeInTheDocument();
    const [ended, later, none] = screen.getAllByRole('row').slice(1);
    expect(ended).toHaveTextContent(/Beëindigd.*5 december 2026/);
    expect(later).toHaveTextContent('31 maart 2027');
    expect(none).toHaveTextContent('Geen');
  });

  it('exports every page of the list with its filters, not only the rows shown, and says so', async () => {
    const base = `/api/v1/enterprises/${CPAS}/delegations`;
    const calls = fakeFetch({
      [`GET ${base}?limit=100&direction=received&status=ACCEPTED`]: {
        status: 200,
        body: {
          items: [delegation('d1', '0403170701')],
          next: `http://localhost${base}?limit=100&direction=received&status=ACCEPTED&after=d1`,
        },
      },
      [`GET ${base}?limit=100&direction=received&status=ACCEPTED&after=d1`]: {
        status: 200,
        body: { items: [delegation('d2', '0417497106')] },
      },
    });
    // The download: the file's Blob as the browser would save it (jsdom has no object URLs).
    const files: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => (files.push(blob), 'blob:csv');
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderScreen(
      <DelegationsTable
        cbe={CPAS}
        title="Demandes reçues"
        filters={{ ...received, status: 'ACCEPTED' }}
        items={[delegation('d1', '0403170701')]}
      />,
    );
    const button = screen.getByRole('button', { name: 'Exporter toute la liste en CSV' });
    expect(button).toHaveAccessibleDescription(/toute la liste, avec les filtres appliqués, et pas seulement les lignes affichées/);
    await userEvent.click(button);
    await screen.findByRole('button', { name: 'Exporter toute la liste en CSV' });
    expect(calls.map((call) => call.path)).toHaveLength(2);
    expect(files).toHaveLength(1);
    expect(click).toHaveBeenCalledTimes(1);
    const text = await textOf(files[0]);
    expect(text).toContain('"d1"');
    expect(text).toContain('"d2"');
  });
});
