import { isProblem, type Problem, ProblemException, problemOf, SCHEMA_VIOLATION_ISSUE_TYPE } from '@chaman/contracts';
import { HttpException } from '@nestjs/common';

/** NestJS hands Fastify's own refusals (unparsable JSON, body too large, bad media type) over as HttpExceptions. */
function fromHttpException(exception: HttpException): Problem {
  const status = exception.getStatus();
  switch (status) {
    case 400: {
      const location = /param/i.test(exception.message) ? 'path' : 'body';
      return problemOf('badRequest', `The request ${location} could not be read.`, {
        issues: [{ type: SCHEMA_VIOLATION_ISSUE_TYPE, in: location, name: location, detail: exception.message }],
      });
    }
    case 404:
      return problemOf('resourceNotFound', 'No such resource.');
    case 413:
      return problemOf('payloadTooLarge', 'The request body is larger than this API accepts.');
    case 415:
      return problemOf('unsupportedMediaType', 'Send the request body as application/json.');
    case 429:
      return problemOf('tooManyRequests', 'Too many requests; slow down and retry later.');
    default:
      return status < 500 ? problemOf('badRequest', exception.message) : problemOf('internalServerError');
  }
}

/** Any failure, as the RFC 9457 problem the client receives. Unknown failures become a bare 500. */
export function problemFor(exception: unknown): Problem {
  if (exception instanceof ProblemException) return exception.problem;
  if (isProblem(exception)) return exception;
  if (exception instanceof HttpException) return fromHttpException(exception);
  // The rate limiter throws a plain object carrying its status.
  if ((exception as { statusCode?: number })?.statusCode === 429)
    return problemOf('tooManyRequests', 'Too many requests; slow down and retry later.');
  return problemOf('internalServerError', 'The gateway failed to handle the request.');
}
