import { DEFAULT_PAGE_LIMIT, type Page, type PageInput, ProblemException, SCHEMA_VIOLATION_ISSUE_TYPE } from '@chaman/contracts';

/** The kinds of value a listing sorts by; a cursor holds the sort key of the last item of its page. */
export type KeyPart = 'instant' | 'uuid' | 'text';
type ValueOf<Part extends KeyPart> = Part extends 'instant' ? Date : string;
export type Key<Shape extends readonly KeyPart[]> = { -readonly [I in keyof Shape]: ValueOf<Shape[I]> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** As long as the `sub` of an access token may be (the contracts' user id limit). */
const MAX_TEXT_LENGTH = 255;

/** The one opaque cursor of every listing: the sort key of the page's last item, base64url-encoded JSON. */
export function encodeCursor(key: ReadonlyArray<Date | string>): string {
  return Buffer.from(JSON.stringify(key.map((value) => (value instanceof Date ? value.toISOString() : value))), 'utf8').toString(
    'base64url',
  );
}

/** The key a cursor holds, or the one `badRequest` every listing answers for a cursor it did not give out. */
export function decodeCursor<const Shape extends readonly KeyPart[]>(cursor: string, shape: Shape): Key<Shape> {
  const key = keyIn(cursor, shape);
  // Only the exact text we issue: anything else is forged or damaged, and never reaches the database as a key.
  if (!key || encodeCursor(key) !== cursor) throw badCursor(cursor);
  return key as Key<Shape>;
}

function keyIn(cursor: string, shape: readonly KeyPart[]): Array<Date | string> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parts) || parts.length !== shape.length || !parts.every((part) => typeof part === 'string')) return null;
  const values = parts.map((part: string, index) => valueOf(shape[index], part));
  return values.every((value) => value !== null) ? values : null;
}

function valueOf(part: KeyPart, text: string): Date | string | null {
  if (part === 'uuid') return UUID.test(text) ? text : null;
  if (part === 'text') return text.length > 0 && text.length <= MAX_TEXT_LENGTH && !text.includes('\u0000') ? text : null;
  const instant = new Date(text);
  // Only an instant a row of ours can have: JavaScript accepts years PostgreSQL cannot store (-200000).
  const ours =
    !Number.isNaN(instant.getTime()) &&
    instant.toISOString() === text &&
    instant.getUTCFullYear() >= 1970 &&
    instant.getUTCFullYear() <= 9999;
  return ours ? instant : null;
}

/** The issue names the envelope's member (`input.cursor`); the gateway says it was the query. */
function badCursor(cursor: string): ProblemException {
  return ProblemException.of('badRequest', 'The cursor is not one this API gave out.', {
    issues: [
      {
        type: SCHEMA_VIOLATION_ISSUE_TYPE,
        name: 'input.cursor',
        value: cursor.slice(0, 200),
        detail: 'unknown cursor; use the `next` link of a previous page',
      },
    ],
  });
}

/** How many items a page holds: `limit`, or its Belgif name `pageSize`, or the default. */
export function pageLimit(query: PageInput): number {
  return query.limit ?? query.pageSize ?? DEFAULT_PAGE_LIMIT;
}

/** Rows were fetched with `limit + 1`: the extra one only tells whether a next page exists. */
export function pageOf<Row, Item>(
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => Array<Date | string>,
  view: (row: Row) => Item,
): Page<Item> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return rows.length > limit && last !== undefined
    ? { items: items.map(view), nextCursor: encodeCursor(keyOf(last)) }
    : { items: items.map(view) };
}
