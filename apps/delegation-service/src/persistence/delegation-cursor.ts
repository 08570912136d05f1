import { ProblemException, SCHEMA_VIOLATION_ISSUE_TYPE } from '@chaman/contracts';

/** Where a page of delegations (newest first) ends: the last item's creation time and id. */
export interface DelegationCursor {
  createdAt: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeCursor({ createdAt, id }: DelegationCursor): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString('base64url');
}

/** The cursor is opaque to clients: anything we did not issue is a bad `cursor` query parameter. */
export function decodeCursor(cursor: string): DelegationCursor {
  const [at, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  // Only an instant a row of ours can have: JavaScript accepts years PostgreSQL cannot store (-200000).
  const instant = !Number.isNaN(createdAt.getTime()) && createdAt.toISOString() === at && createdAt.getUTCFullYear() >= 1970 && createdAt.getUTCFullYear() <= 9999;
  if (rest.length > 0 || !id || !UUID.test(id) || !instant) {
    throw ProblemException.of('badRequest', 'The cursor is not one this API issued.', {
      issues: [{ type: SCHEMA_VIOLATION_ISSUE_TYPE, in: 'query', name: 'cursor', value: cursor, detail: 'must be the cursor of a previous page' }],
    });
  }
  return { createdAt, id };
}
