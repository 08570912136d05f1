import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { ServiceMetrics } from '@chaman/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { locateIssues } from './issue-location';
import { problemFor } from './problem-response';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The one place that shapes every HTTP error of the API as problem+json. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(
    private readonly logger: Logger,
    private readonly problems?: ServiceMetrics['problems'],
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const problem = { ...locateIssues(problemFor(exception), request.method), instance: request.url.split('?')[0] };
    this.problems?.inc({ code: problem.code });
    if (problem.status === 500) this.logger.error({ err: exception, requestId: request.id }, 'request failed');
    else if (problem.status > 500)
      this.logger.warn({ requestId: request.id, problem: problem.code, detail: problem.detail }, 'dependency unavailable');
    void http.getResponse<FastifyReply>().status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }
}
