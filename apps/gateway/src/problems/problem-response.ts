import { isProblem, type Problem, ProblemException, problemOf, SCHEMA_VIOLATION_ISSUE_TYPE } from '@chaman/contracts';
import { HttpException } from '@nestjs/common';

interface FastifyLikeError {
  code?: string;
  statusCode?: number;
  message?: string;
}

/** Fastify's own refusals (before any route runs), in problem form. */
function fromFastify(error: FastifyLikeError): Problem | null {
  const code = error instanceof SyntaxError ? 'FST_ERR_CTP_INVALID_JSON_BODY' : error?.code;
  switch (code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problemOf('badRequest', 'The request body is not valid JSON.', {
        issues: [{ type: SCHEMA_VIOLATION_ISSUE_TYPE, in: 'body', name: 'body', detail: error.message ?? 'malformed JSON' }],
      });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problemOf('payloadTooLarge', 'The request body is larger than this API accepts.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return problemOf('unsupportedMediaType', 'Send the request body as application/json.');
    default:
      return null;
  }
}

/** NestJS hands Fastify's own refusals (unparsable JSON, bad path encoding) over as plain HttpExceptions. */
function fromHttpException(exception: HttpException): Problem {
  const status = exception.getStatus();
  if (status === 400) {
    const location = /param/i.test(exception.message) ? 'path' : 'body';
    return problemOf('badRequest', `The request ${location} could not be read.`, {
      issues: [{ type: SCHEMA_VIOLATION_ISSUE_TYPE, in: location, name: location, detail: exception.message }],
    });
  }
  if (status === 404) return problemOf('resourceNotFound', 'No such resource.');
  if (status === 429) return problemOf('tooManyRequests', 'Too many requests; slow down and retry later.');
  if (status === 413) return problemOf('payloadTooLarge', 'The request body is larger than this API accepts.');
  if (status === 415) return problemOf('unsupportedMediaType', 'Send the request body as application/json.');
  if (status >= 400 && status < 500) return problemOf('badRequest', exception.message);
  return problemOf('internalServerError');
}

/** Any failure, as the RFC 9457 problem the client receives. Unknown failures become a bare 500. */
export function problemFor(exception: unknown): Problem {
  if (exception instanceof ProblemException) return exception.problem;
  if (isProblem(exception)) return exception;
  const fastify = fromFastify(exception as FastifyLikeError);
  if (fastify) return fastify;
  if (exception instanceof HttpException) return fromHttpException(exception);
  const statusCode = (exception as FastifyLikeError)?.statusCode;
  if (statusCode === 429) return problemOf('tooManyRequests', 'Too many requests; slow down and retry later.');
  if (statusCode && statusCode >= 400 && statusCode < 500) return problemOf('badRequest', (exception as Error).message);
  return problemOf('internalServerError', 'The gateway failed to handle the request.');
}
