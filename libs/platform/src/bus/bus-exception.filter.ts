import { ProblemException, problemOf, type Problem } from '@chaman/contracts';
import { Catch, type RpcExceptionFilter } from '@nestjs/common';
import type { Logger } from 'pino';
import { throwError, type Observable } from 'rxjs';

/** Answers every failed message with a problem: domain problems as they are, anything else as a logged 500. */
@Catch()
export class BusExceptionFilter implements RpcExceptionFilter<unknown> {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown): Observable<Problem> {
    if (exception instanceof ProblemException) return throwError(() => exception.problem);
    this.logger.error({ err: exception }, 'unhandled error while handling a message');
    return throwError(() => problemOf('internalServerError', 'The service failed to handle the request.'));
  }
}
