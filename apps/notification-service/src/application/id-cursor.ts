import { DEFAULT_PAGE_LIMIT, type Page, type PageQuery, ProblemException, SCHEMA_VIOLATION_ISSUE_TYPE } from '@chaman/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** This service's lists page by the last row's id: the cursor is that id, opaque to clients. */
export function pageRequest(page: PageQuery | undefined): { limit: number; afterId: string | null } {
  const limit = page?.limit ?? DEFAULT_PAGE_LIMIT;
  if (!page?.cursor) return { limit, afterId: null };
  const id = Buffer.from(page.cursor, 'base64url').toString('utf8');
  if (!UUID.test(id)) {
    throw ProblemException.of('badRequest', 'The cursor is not one this API gave out.', {
      issues: [{ type: SCHEMA_VIOLATION_ISSUE_TYPE, in: 'query', name: 'cursor', value: page.cursor, detail: 'unknown cursor; use the `next` link of a previous page' }],
    });
  }
  return { limit, afterId: id };
}

/** Rows were fetched with `limit + 1`: the extra one only tells whether a next page exists. */
export function pageOf<Item extends { id: string }>(rows: Item[], limit: number): Page<Item> {
  const items = rows.slice(0, limit);
  return rows.length > limit ? { items, nextCursor: Buffer.from(items[items.length - 1].id).toString('base64url') } : { items };
}
