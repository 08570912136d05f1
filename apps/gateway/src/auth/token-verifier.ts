import { ProblemException } from '@chaman/contracts';
import { createLocalJWKSet, createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { JwtSettings } from '../config/gateway-config';
import type { DevIssuer } from './dev-issuer';
import { OPERATOR_ROLE, type Principal } from './principal';
import { VerifiedTokens } from './verified-tokens';

/** Distinct live tokens remembered (a few hundred bytes each). */
const VERIFIED_TOKENS_CAPACITY = 10_000;

/** Verifies bearer tokens against the identity provider's JWKS, or the dev issuer's key in development. */
export class TokenVerifier {
  private readonly keys: JWTVerifyGetKey;
  private readonly verified = new VerifiedTokens(VERIFIED_TOKENS_CAPACITY);

  constructor(
    private readonly settings: JwtSettings,
    devIssuer: DevIssuer | null,
  ) {
    if (settings.jwksUrl) this.keys = createRemoteJWKSet(new URL(settings.jwksUrl), { timeoutDuration: 3_000 });
    else if (devIssuer) this.keys = createLocalJWKSet({ keys: [devIssuer.publicJwk] });
    else throw new Error('No key source to verify access tokens');
  }

  async verify(authorization: string | undefined): Promise<Principal> {
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(authorization ?? '');
    if (!match) {
      throw ProblemException.of('noAccessToken', 'Send an access token as "Authorization: Bearer <token>".');
    }
    const known = this.verified.get(match[1]);
    if (known) return known;
    try {
      const { payload } = await jwtVerify(match[1], this.keys, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        clockTolerance: 5,
      });
      if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new Error('token has no subject');
      const roles = Array.isArray(payload.roles) ? payload.roles.filter((role): role is string => typeof role === 'string') : [];
      const principal: Principal = {
        userId: payload.sub,
        name: typeof payload.name === 'string' ? payload.name : undefined,
        email: typeof payload.email === 'string' ? payload.email : undefined,
        roles,
        isOperator: roles.includes(OPERATOR_ROLE),
      };
      this.verified.remember(match[1], principal, typeof payload.exp === 'number' ? payload.exp * 1000 : undefined);
      return principal;
    } catch (error) {
      throw ProblemException.of('invalidAccessToken', `The access token was refused: ${(error as Error).message}.`);
    }
  }
}
