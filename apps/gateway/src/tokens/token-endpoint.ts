import { IssueToken, OAUTH_PATHS, OAuthErrorCode, TOKEN_FORM_FIELDS, type TokenRequestForm } from '@chaman/contracts';
import type { BusClient } from '@chaman/platform';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { answerOAuth, oauthFailure } from './oauth-answers';
import type { OAuthIssuer } from './oauth-issuer';
import type { OAuthRateLimits } from './oauth-rate-limits';

export interface TokenEndpointParts {
  bus: BusClient;
  issuer: OAuthIssuer;
  limits: OAuthRateLimits;
}

/**
 * `POST /oauth/token` as a plain Fastify route, the hottest route a portal has: the NestJS pipeline (guards for a
 * public route, interceptors, parameter pipes) cost more than the route's own work. The gateway's hooks (security headers,
 * trace id, address rate limit, access log) still apply; it is timed like every route (`timeRoutes`).
 */
export function mountTokenEndpoint(fastify: FastifyInstance, parts: TokenEndpointParts): void {
  fastify.post(OAUTH_PATHS.token, async (request, reply) => {
    try {
      return await issue(request, reply, parts);
    } catch (error) {
      return oauthFailure(reply, error);
    }
  });
}

async function issue(request: FastifyRequest, reply: FastifyReply, { bus, issuer, limits }: TokenEndpointParts) {
  const origin = issuer.of(request);
  if (!origin)
    return answerOAuth(reply, 404, { error: OAuthErrorCode.invalid_request, error_description: 'this gateway has no PUBLIC_URL' });
  const form = formOf(request);
  if ('refused' in form) return answerOAuth(reply, 400, form.refused);
  const limited = limits.take(request.ip, form.fields.client_assertion);
  if (limited) {
    const { retryAfterSeconds, ...refusal } = limited;
    reply.header('retry-after', String(retryAfterSeconds));
    return answerOAuth(reply, 429, refusal);
  }
  const answer = await bus.send(IssueToken, { issuer: origin, form: form.fields });
  return 'issued' in answer ? answerOAuth(reply, 200, answer.issued) : answerOAuth(reply, answer.status, answer.refused);
}

/** The known fields of a form-encoded body, each given once (RFC 6749 §3.2: no repeated parameter). */
function formOf(request: FastifyRequest): { fields: TokenRequestForm } | { refused: { error: OAuthErrorCode; error_description: string } } {
  const body = request.body;
  if (
    !String(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded') ||
    typeof body !== 'object' ||
    body === null
  ) {
    return {
      refused: { error: OAuthErrorCode.invalid_request, error_description: 'send the token request as application/x-www-form-urlencoded' },
    };
  }
  const fields: TokenRequestForm = {};
  for (const name of TOKEN_FORM_FIELDS) {
    const value = (body as Record<string, unknown>)[name];
    if (value === undefined) continue;
    if (typeof value !== 'string')
      return { refused: { error: OAuthErrorCode.invalid_request, error_description: `${name} must be given once` } };
    fields[name] = value;
  }
  return { fields };
}
