import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { problemFor } from './problem-response';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The one place that shapes every HTTP error of the API as problem+json. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(exception, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), this.logger);
  }
}

export function sendProblem(exception: unknown, request: FastifyRequest, reply: FastifyReply, logger: Logger): void {
  const problem = { ...problemFor(exception), instance: request.url.split('?')[0] };
  if (problem.status === 500) logger.error({ err: exception, requestId: request.id }, 'request failed');
  else if (problem.status > 500) logger.warn({ requestId: request.id, problem: problem.code, detail: problem.detail }, 'dependency unavailable');
  void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
}
