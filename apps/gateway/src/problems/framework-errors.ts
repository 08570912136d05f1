import { problemOf, SCHEMA_VIOLATION_ISSUE_TYPE } from '@chaman/contracts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { PROBLEM_CONTENT_TYPE } from './problem.filter';

/** Longer than any path parameter a contract accepts (a user id: 255), so that the contracts, not the router, refuse. */
export const MAX_PATH_PARAMETER_LENGTH = 512;

/**
 * Fastify refuses some requests before routing — a path that is not valid URL encoding, a path segment over
 * `MAX_PATH_PARAMETER_LENGTH` — and would answer its own JSON: these become `badRequest` problems like any other.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const detail =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? `a path segment is longer than ${MAX_PATH_PARAMETER_LENGTH} characters`
      : 'the path is not valid URL encoding';
  const problem = problemOf('badRequest', 'The request path could not be read.', {
    issues: [{ type: SCHEMA_VIOLATION_ISSUE_TYPE, in: 'path', name: 'path', detail }],
  });
  void reply
    .status(400)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send({ ...problem, instance: request.url.split('?')[0] });
}

const CLIENT_ERROR_DETAILS: Record<string, string> = {
  HPE_HEADER_OVERFLOW: 'The request line and headers are larger than this API accepts.',
  ERR_HTTP_REQUEST_TIMEOUT: 'The request was not received in time.',
};

/** Requests Node's HTTP parser cannot even read (headers too large, malformed HTTP): a `badRequest` problem, then the socket closes. */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const body = JSON.stringify(problemOf('badRequest', CLIENT_ERROR_DETAILS[error.code ?? ''] ?? 'The request is not valid HTTP.'));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 400 Bad Request\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
