import type { Page, PageInput } from '@chaman/contracts';
import { decodeCursor, pageLimit, pageOf as pageOfRows } from '@chaman/platform';

/** Every list of this service is ordered by (createdAt, id): the keyset its indexes end with. */
export interface KeysetRow {
  createdAt: Date;
  id: string;
}

export interface Keyset {
  limit: number;
  after?: [Date, string];
}

/** The page asked for; a cursor this API did not give out is the one `badRequest` of every listing. */
export function keysetOf(page: PageInput): Keyset {
  return { limit: pageLimit(page), ...(page.cursor ? { after: decodeCursor(page.cursor, ['instant', 'uuid']) } : {}) };
}

/** The filter for rows after the cursor, as a MikroORM condition on (createdAt, id). */
export function afterKeyset(keyset: Keyset): object {
  if (!keyset.after) return {};
  const [createdAt, id] = keyset.after;
  return { $or: [{ createdAt: { $gt: createdAt } }, { createdAt, id: { $gt: id } }] };
}

export const keysetOrder = { createdAt: 'asc', id: 'asc' } as const;

export function pageOf<Row extends KeysetRow, Item>(rows: Row[], keyset: Keyset, view: (row: Row) => Item): Page<Item> {
  return pageOfRows(rows, keyset.limit, (row) => [row.createdAt, row.id], view);
}
