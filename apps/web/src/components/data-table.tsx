import type { ReactNode } from 'react';

/** One column of a DataTable: its header, what each row shows in it, and the cells' class. */
export interface Column<T> {
  header: string;
  /** A header read by screen readers only (a column of buttons, say). */
  hideHeader?: boolean;
  cell: (row: T) => ReactNode;
  className?: string;
  /** The cell names its row (`<th scope="row">`). */
  rowHeader?: boolean;
}

interface DataTableProps<T> {
  /** Read by screen readers only: the page's heading already says what the list is. */
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
}

/** A list as a table: a hidden caption, headers scoped to their columns, one row per item. */
export function DataTable<T>({ caption, columns, rows, rowKey }: DataTableProps<T>) {
  return (
    <table>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col">
              {column.hideHeader ? <span className="visually-hidden">{column.header}</span> : column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) => {
              const Cell = column.rowHeader ? 'th' : 'td';
              return (
                <Cell key={column.header} scope={column.rowHeader ? 'row' : undefined} className={column.className}>
                  {column.cell(row)}
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
