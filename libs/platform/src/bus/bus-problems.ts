import { type Problem, ProblemException, problemOf, SCHEMA_VIOLATION_ISSUE_TYPE } from '@chaman/contracts';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../database/database-unavailable';

/**
 * The problem a failed message is answered with: domain problems as they are, an unreachable database as
 * `serviceUnavailable` (the caller may retry), anything else as a logged 500.
 */
export function problemFor(exception: unknown, logger: Logger): Problem {
  if (exception instanceof ProblemException) return exception.problem;
  if (isDatabaseUnavailable(exception)) {
    logger.warn({ err: exception }, 'database unavailable while handling a message');
    return problemOf('serviceUnavailable', 'The service cannot reach its database right now; try again shortly.');
  }
  logger.error({ err: exception }, 'unhandled error while handling a message');
  return problemOf('internalServerError', 'The service failed to handle the request.');
}

/** Bytes that are not a request envelope: refused unread, with the issue naming the message. */
export const unreadable = (detail: string): Problem =>
  problemOf('badRequest', detail, { issues: [{ type: SCHEMA_VIOLATION_ISSUE_TYPE, name: 'message', detail }] });
