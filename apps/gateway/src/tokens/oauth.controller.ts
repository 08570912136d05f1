import { authorizationServerMetadata, GetJwks, IntrospectToken, OAUTH_PATHS, OAuthErrorCode } from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Body, Controller, Get, Headers, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/public.decorator';
import { answerOAuth, oauthFailure } from './oauth-answers';
import { OAuthIssuer } from './oauth-issuer';
import { OAuthRateLimits } from './oauth-rate-limits';

/**
 * The authorisation server's HTTP face on the gateway's origin (outside /api): discovery (RFC 8414), the token
 * endpoint (`token-endpoint.ts`, a plain Fastify route), the JWKS and introspection, each mapped to a token-service message. OAuth clients read §5.2 JSON
 * errors, so these routes answer no problem+json; they are described by the discovery document and docs/tokens.md,
 * not by the OpenAPI document.
 */
@ApiExcludeController()
@Controller()
@Public()
export class OAuthController {
  constructor(
    private readonly bus: BusClient,
    private readonly issuer: OAuthIssuer,
    private readonly limits: OAuthRateLimits,
  ) {}

  @Get(OAUTH_PATHS.discovery.slice(1))
  discovery(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const issuer = this.issuer.of(request);
    if (!issuer)
      return answerOAuth(reply, 404, { error: OAuthErrorCode.invalid_request, error_description: 'this gateway has no PUBLIC_URL' });
    reply.header('cache-control', 'public, max-age=300');
    return authorizationServerMetadata(issuer);
  }

  @Get(OAUTH_PATHS.jwks.slice(1))
  async jwks(@Res({ passthrough: true }) reply: FastifyReply) {
    try {
      const keys = await this.bus.send(GetJwks, {});
      // Short: a new key is published long before it signs (TOKEN_KEY_PUBLISH_LEAD_SECONDS).
      reply.header('cache-control', 'public, max-age=60');
      return keys;
    } catch (error) {
      return oauthFailure(reply, error);
    }
  }

  @Post(OAUTH_PATHS.introspection.slice(1))
  async introspect(
    @Req() request: FastifyRequest,
    @Body() body: unknown,
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const issuer = this.issuer.of(request);
    if (!issuer)
      return answerOAuth(reply, 404, { error: OAuthErrorCode.invalid_request, error_description: 'this gateway has no PUBLIC_URL' });
    const credentials = basicCredentials(authorization);
    const token =
      typeof (body as Record<string, unknown> | undefined)?.token === 'string' ? (body as Record<string, string>).token : undefined;
    try {
      const answer = await this.bus.send(IntrospectToken, {
        issuer,
        token,
        resourceServerId: credentials?.id,
        resourceServerSecret: credentials?.secret,
      });
      if ('answer' in answer) return answerOAuth(reply, 200, answer.answer);
      if (answer.status === 401) reply.header('www-authenticate', 'Basic realm="introspection"');
      return answerOAuth(reply, answer.status, answer.refused);
    } catch (error) {
      return oauthFailure(reply, error);
    }
  }
}

function basicCredentials(authorization: string | undefined): { id: string; secret: string } | undefined {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(authorization ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return undefined;
  // RFC 6749 §2.3.1: both halves are form-url-encoded before base64.
  return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
}
