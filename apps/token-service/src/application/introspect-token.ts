import {
  ACCESS_TOKEN_TYPE,
  type IntrospectionResponse,
  type IntrospectTokenReply,
  type IntrospectTokenQuery,
  OAuthErrorCode,
} from '@chaman/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { TOKEN_SETTINGS, type TokenSettings } from '../token-settings';
import { KeyRing } from './key-ring';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** RFC 7662 for resource servers that hold configured credentials (HTTP Basic); any token not live and ours is inactive. */
@Injectable()
export class IntrospectTokenUseCase {
  constructor(
    private readonly keys: KeyRing,
    @Inject(TOKEN_SETTINGS) private readonly settings: TokenSettings,
  ) {}

  async execute(request: IntrospectTokenQuery): Promise<IntrospectTokenReply> {
    if (!this.authenticated(request.resourceServerId, request.resourceServerSecret)) {
      return {
        refused: {
          error: OAuthErrorCode.invalid_client,
          error_description: "introspection needs a resource server's credentials (HTTP Basic) configured in the token-service",
        },
        status: 401,
      };
    }
    if (!request.token) return { refused: { error: OAuthErrorCode.invalid_request, error_description: 'token is missing' }, status: 400 };
    return { answer: await this.introspect(request.token, request.issuer) };
  }

  private authenticated(id: string | undefined, secret: string | undefined): boolean {
    if (!id || !secret) return false;
    const given = digest(`${id}:${secret}`);
    // Every configured pair is compared, in constant time each: the answer's timing tells nothing.
    return this.settings.resourceServers.reduce(
      (found, server) => timingSafeEqual(digest(`${server.id}:${server.secret}`), given) || found,
      false,
    );
  }

  private async introspect(token: string, issuer: string): Promise<IntrospectionResponse> {
    const now = this.settings.now();
    try {
      const { payload } = await jwtVerify(token, createLocalJWKSet(this.keys.jwks(now)), {
        issuer,
        typ: ACCESS_TOKEN_TYPE,
        algorithms: ['ES256'],
        currentDate: now,
      });
      return {
        active: true,
        scope: payload.scope as string,
        client_id: payload.client_id as string,
        sub: payload.sub,
        aud: payload.aud as string,
        iss: payload.iss,
        exp: payload.exp,
        iat: payload.iat,
        jti: payload.jti,
        token_type: 'Bearer',
        enterprise_number: payload.enterprise_number as string,
        ...(payload.act ? { act: payload.act as { sub: string } } : {}),
      };
    } catch {
      return { active: false };
    }
  }
}
