import { ProblemException } from '@chaman/contracts';

/** An update's precondition (HTTP `If-Match`): the version the client last read must still be the current one. */
export function ensureExpectedVersion(expected: string | undefined, current: Date, what: string): void {
  if (expected !== undefined && expected !== current.toISOString()) {
    throw ProblemException.of('preconditionFailed', `${what} changed since it was read; read it again (its new ETag) and retry.`);
  }
}
