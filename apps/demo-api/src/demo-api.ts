import { DEMO_CONSULT_SCOPE, type Problem, problemOf } from '@chaman/contracts';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { type AccessTokenClaims, AccessTokenVerifier, TokenRefused } from './access-token-verifier';
import { bearerChallenge } from './bearer-challenge';
import type { DemoApiConfig } from './demo-api-config';
import { whoamiOf } from './whoami';

export const WHOAMI_PATH = '/REST/demo/v1/whoami';
const JWKS_HEALTH_TIMEOUT_MS = 2_000;

/**
 * The Demo v1 API on Fastify alone: it holds no data, sends nothing on the bus and trusts nothing but the JWKS, so
 * NestJS's modules and the platform's bus and database wiring would bring it nothing.
 */
export function createDemoApi(config: DemoApiConfig, logger: boolean | { level: string } = false): FastifyInstance {
  const app = Fastify({ logger, bodyLimit: 1024 });
  const verifier = new AccessTokenVerifier(config);

  app.get(WHOAMI_PATH, async (request, reply) => {
    const claims = await authenticate(request, reply, verifier, DEMO_CONSULT_SCOPE);
    if (claims) return whoamiOf(claims, config.environment);
  });

  app.get('/health/live', async () => ({ status: 'up' }));
  // Ready when the JWKS answers: without it no token can be checked.
  app.get('/health', async (_request, reply) => {
    const jwks = await fetch(config.jwksUrl, { signal: AbortSignal.timeout(JWKS_HEALTH_TIMEOUT_MS) }).then(
      (answer) => (answer.ok ? 'up' : 'down'),
      () => 'down',
    );
    if (jwks === 'up') return { status: 'up', jwks };
    return sendProblem(reply, problemOf('serviceUnavailable', `The JWKS at ${config.jwksUrl} does not answer.`, { jwks }));
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problemOf('resourceNotFound', `No resource at ${request.method} ${request.url.split('?')[0]}.`)),
  );
  app.setErrorHandler((error, request, reply) => {
    request.log.error({ err: error }, 'demo-api request failed');
    return sendProblem(
      reply,
      problemOf('serviceUnavailable', 'The Demo API cannot check tokens just now (its JWKS does not answer); try again shortly.'),
    );
  });
  return app;
}

/** The token's claims when it is valid and holds `scope`; otherwise answers 401 or 403 (RFC 6750 §3) and returns nothing. */
async function authenticate(
  request: FastifyRequest,
  reply: FastifyReply,
  verifier: AccessTokenVerifier,
  scope: string,
): Promise<AccessTokenClaims | undefined> {
  const token = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (!token) {
    reply.header('www-authenticate', bearerChallenge(scope));
    return void sendProblem(reply, problemOf('noAccessToken', 'Send an access token: Authorization: Bearer <token>.'));
  }
  let claims: AccessTokenClaims;
  try {
    claims = await verifier.verify(token);
  } catch (error) {
    if (!(error instanceof TokenRefused)) throw error;
    reply.header('www-authenticate', bearerChallenge(scope, 'invalid_token', error.description));
    return void sendProblem(reply, problemOf(error.expired ? 'expiredAccessToken' : 'invalidAccessToken', error.description));
  }
  if (!claims.scopes.includes(scope)) {
    const description = `The access token lacks the scope ${scope}.`;
    reply.header('www-authenticate', bearerChallenge(scope, 'insufficient_scope', description));
    return void sendProblem(reply, problemOf('missingScope', description, { requiredScopes: [scope] }));
  }
  return claims;
}

function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).header('content-type', 'application/problem+json').header('cache-control', 'no-store').send(problem);
}
