import { ProblemException } from '@chaman/contracts';
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { DEFAULT_JWT_ALGORITHMS, type JwtSettings } from '../config/gateway-config';
import type { DevIssuer } from './dev-issuer';
import type { OidcClient } from './oidc/oidc-client';
import { OPERATOR_ROLE, type Principal } from './principal';
import { VerifiedTokens } from './verified-tokens';

/** Distinct live tokens remembered (a few hundred bytes each). */
const VERIFIED_TOKENS_CAPACITY = 10_000;

/** Where the keys of one trusted issuer come from. */
interface TrustedIssuer {
  issuer(): Promise<string>;
  keys(): Promise<JWTVerifyGetKey>;
}

const remoteKeys = (jwksUrl: string) => createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 3_000 });

function staticIssuer(issuer: string, keys: JWTVerifyGetKey): TrustedIssuer {
  return { issuer: async () => issuer, keys: async () => keys };
}

/** The OpenID Connect provider's issuer and JWKS, as its discovery document names them. */
function discoveredIssuer(oidc: OidcClient): TrustedIssuer {
  let keys: Promise<JWTVerifyGetKey> | null = null;
  return {
    issuer: async () => (await oidc.metadata()).issuer,
    keys: () =>
      (keys ??= oidc.metadata().then(({ jwksUri }) => {
        if (!jwksUri) throw new Error('the identity provider publishes no JWKS');
        return remoteKeys(jwksUri);
      })),
  };
}

function principalOf(payload: JWTPayload): Principal {
  // An ID token proves a login to the gateway, it is no access token: it carries the login's nonce (the gateway
  // always sends one), and it may reach the browser (the end-session URL's id_token_hint).
  if (payload.nonce !== undefined) throw new Error('an ID token is not an access token');
  if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new Error('token has no subject');
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((role): role is string => typeof role === 'string') : [];
  return {
    userId: payload.sub,
    name: typeof payload.name === 'string' ? payload.name : undefined,
    email: typeof payload.email === 'string' ? payload.email : undefined,
    roles,
    isOperator: roles.includes(OPERATOR_ROLE),
  };
}

/**
 * Verifies bearer tokens against every trusted issuer: an explicitly configured JWKS, the OpenID Connect provider
 * found by discovery, and the dev issuer in development. The token's `iss` picks the keys; the signature decides.
 */
export class TokenVerifier {
  private readonly issuers: TrustedIssuer[] = [];
  private readonly verified = new VerifiedTokens(VERIFIED_TOKENS_CAPACITY);

  constructor(
    private readonly settings: JwtSettings,
    devIssuer: DevIssuer | null,
    oidc: OidcClient | null = null,
  ) {
    if (settings.jwksUrl) this.issuers.push(staticIssuer(settings.issuer, remoteKeys(settings.jwksUrl)));
    if (oidc) this.issuers.push(discoveredIssuer(oidc));
    if (devIssuer) this.issuers.push(staticIssuer(devIssuer.issuer, createLocalJWKSet({ keys: [devIssuer.publicJwk] })));
    if (this.issuers.length === 0) throw new Error('No key source to verify access tokens');
  }

  async verify(authorization: string | undefined): Promise<Principal> {
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(authorization ?? '');
    if (!match) {
      throw ProblemException.of('noAccessToken', 'Send an access token as "Authorization: Bearer <token>".');
    }
    const known = this.verified.get(match[1]);
    if (known) return known;
    try {
      const issuer = await this.issuerOf(match[1]);
      const { payload } = await jwtVerify(match[1], await issuer.keys(), {
        issuer: await issuer.issuer(),
        audience: this.settings.audience,
        algorithms: this.settings.algorithms ?? DEFAULT_JWT_ALGORITHMS,
        // A token without an expiry would be valid forever once leaked.
        requiredClaims: ['exp'],
        clockTolerance: 5,
      });
      const principal = principalOf(payload);
      this.verified.remember(match[1], principal, typeof payload.exp === 'number' ? payload.exp * 1000 : undefined);
      return principal;
    } catch (error) {
      if (error instanceof ProblemException) throw error;
      if ((error as { code?: string }).code === 'ERR_JWT_EXPIRED')
        throw ProblemException.of('expiredAccessToken', 'The access token has expired; get a new one.');
      throw ProblemException.of('invalidAccessToken', `The access token was refused: ${(error as Error).message}.`);
    }
  }

  private async issuerOf(token: string): Promise<TrustedIssuer> {
    const claimed = decodeJwt(token).iss;
    for (const issuer of this.issuers) {
      if ((await issuer.issuer().catch(() => undefined)) === claimed) return issuer;
    }
    throw new Error(`issuer ${JSON.stringify(claimed ?? null)} is not trusted`);
  }
}
