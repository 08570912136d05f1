import { render, screen, within } from '@testing-library/react';
import { type Column, DataTable } from './data-table';

interface Person {
  id: string;
  name: string;
  role: string;
}

const columns: Column<Person>[] = [
  { header: 'Person', rowHeader: true, cell: (person) => person.name },
  { header: 'Role', cell: (person) => person.role, className: 'small' },
  { header: 'Actions', hideHeader: true, cell: (person) => <button type="button">Remove {person.name}</button> },
];

describe('a data table', () => {
  it('names itself, scopes its headers and renders each row through the columns', () => {
    render(
      <DataTable
        caption="Members"
        columns={columns}
        rows={[
          { id: 'a', name: 'Alice', role: 'chief' },
          { id: 'c', name: 'Carol', role: 'user' },
        ]}
        rowKey={(person) => person.id}
      />,
    );
    const table = screen.getByRole('table', { name: 'Members' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Person', 'Role', 'Actions']);
    expect(within(table).getByText('Actions')).toHaveClass('visually-hidden');
    expect(within(table).getByRole('rowheader', { name: 'Carol' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: 'user' })).toHaveClass('small');
    const carol = within(table).getAllByRole('row')[2];
    expect(within(carol).getByRole('button', { name: 'Remove Carol' })).toBeInTheDocument();
  });
});
