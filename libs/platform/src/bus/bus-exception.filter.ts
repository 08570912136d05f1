import { ProblemException, problemOf, type Problem } from '@chaman/contracts';
import { Catch, type RpcExceptionFilter } from '@nestjs/common';
import type { Logger } from 'pino';
import { throwError, type Observable } from 'rxjs';
import { isDatabaseUnavailable } from '../database/database-unavailable';

/**
 * Answers every failed message with a problem: domain problems as they are, an unreachable database as
 * `serviceUnavailable` (the caller may retry), anything else as a logged 500.
 */
@Catch()
export class BusExceptionFilter implements RpcExceptionFilter<unknown> {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown): Observable<Problem> {
    if (exception instanceof ProblemException) return throwError(() => exception.problem);
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn({ err: exception }, 'database unavailable while handling a message');
      return throwError(() => problemOf('serviceUnavailable', 'The service cannot reach its database right now; try again shortly.'));
    }
    this.logger.error({ err: exception }, 'unhandled error while handling a message');
    return throwError(() => problemOf('internalServerError', 'The service failed to handle the request.'));
  }
}
