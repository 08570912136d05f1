import { DEFAULT_PAGE_LIMIT, type Page, type PageQuery, ProblemException, SCHEMA_VIOLATION_ISSUE_TYPE } from '@chaman/contracts';

/** Every list of this service is ordered by (createdAt, id): the keyset its indexes end with. */
export interface KeysetRow {
  createdAt: Date;
  id: string;
}

export interface Keyset {
  limit: number;
  after?: KeysetRow;
}

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([0-9a-f-]{36})$/;

function isRowInstant(text: string): boolean {
  const instant = new Date(text);
  return !Number.isNaN(instant.getTime()) && instant.toISOString() === text && instant.getUTCFullYear() >= 1970;
}

export function encodeCursor(row: KeysetRow): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString('base64url');
}

/** The page asked for; a cursor this service did not make is a client mistake, said as such. */
export function keysetOf(page: PageQuery | undefined): Keyset {
  const limit = page?.limit ?? DEFAULT_PAGE_LIMIT;
  if (!page?.cursor) return { limit };
  const match = CURSOR.exec(Buffer.from(page.cursor, 'base64url').toString('utf8'));
  // The pattern admits instants no row of ours has (month 13, year 0): forged cursors too, not a database error.
  if (!match || !isRowInstant(match[1])) {
    throw ProblemException.of('badRequest', 'The cursor is not one this API gave out.', {
      issues: [{ type: SCHEMA_VIOLATION_ISSUE_TYPE, in: 'query', name: 'cursor', value: page.cursor, detail: 'unknown cursor; use the `next` link of a previous page' }],
    });
  }
  return { limit, after: { createdAt: new Date(match[1]), id: match[2] } };
}

/** The filter for rows after the cursor, as a MikroORM condition on (createdAt, id). */
export function afterKeyset(keyset: Keyset): object {
  if (!keyset.after) return {};
  const { createdAt, id } = keyset.after;
  return { $or: [{ createdAt: { $gt: createdAt } }, { createdAt, id: { $gt: id } }] };
}

export const keysetOrder = { createdAt: 'asc', id: 'asc' } as const;

/** Rows were fetched with `limit + 1`: the extra one only tells whether a next page exists. */
export function pageOf<Row extends KeysetRow, Item>(rows: Row[], keyset: Keyset, view: (row: Row) => Item): Page<Item> {
  const items = rows.slice(0, keyset.limit);
  return rows.length > keyset.limit ? { items: items.map(view), nextCursor: encodeCursor(items[items.length - 1]) } : { items: items.map(view) };
}
