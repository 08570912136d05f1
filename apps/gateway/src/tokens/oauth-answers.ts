import { OAuthErrorCode, ProblemException } from '@chaman/contracts';
import type { FastifyReply } from 'fastify';

/** Every answer of the OAuth endpoints: never cached (RFC 6749 §5.1), JSON. */
export function answerOAuth<Body>(reply: FastifyReply, status: number, body: Body): Body {
  reply.status(status).header('cache-control', 'no-store').header('pragma', 'no-cache');
  return body;
}

/** What a failed bus request becomes on an OAuth route: §5.2 JSON, not problem+json (OAuth clients read `error`). */
export function oauthFailure(reply: FastifyReply, error: unknown) {
  if (error instanceof ProblemException && error.problem.status === 400) {
    return answerOAuth(reply, 400, {
      error: OAuthErrorCode.invalid_request,
      error_description: error.problem.detail ?? 'the request is malformed',
    });
  }
  reply.header('retry-after', '1');
  return answerOAuth(reply, 503, {
    error: 'temporarily_unavailable',
    error_description: 'the authorisation server is unavailable; retry in a moment',
  });
}
