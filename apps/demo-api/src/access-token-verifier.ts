import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_TYPE } from '@chaman/contracts';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { DemoApiConfig } from './demo-api-config';

/** What a valid access token says about its caller (RFC 9068 claims plus Chaman's `enterprise_number`). */
export interface AccessTokenClaims {
  clientId: string;
  enterpriseNumber: string;
  /** The technical intermediary whose certificate signed the client assertion, if one did (RFC 8693 `act`). */
  actingIntermediary?: string;
  scopes: string[];
}

/** A token this API does not accept; `description` tells the caller what is wrong, in a line. */
export class TokenRefused extends Error {
  constructor(
    readonly description: string,
    readonly expired = false,
  ) {
    super(description);
    this.name = 'TokenRefused';
  }
}

const ENTERPRISE_NUMBER = /^\d{10}$/;

/**
 * Checks an access token against the token-service's JWKS (fetched over HTTP and cached by jose, refetched when an
 * unknown `kid` shows up, so a rotated key is picked up): signature (ES256 only), `typ: at+jwt`, `iss`, `aud` of this
 * API's environment, `exp`/`nbf`, and the claims the answer needs.
 */
export class AccessTokenVerifier {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly config: Pick<DemoApiConfig, 'jwksUrl' | 'issuers' | 'audience'>) {
    this.keys = createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 1_000 });
  }

  /** The token's claims; throws `TokenRefused` for a token to refuse, anything else when the JWKS cannot be read. */
  async verify(token: string): Promise<AccessTokenClaims> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.config.issuers,
        audience: this.config.audience,
        typ: ACCESS_TOKEN_TYPE,
        algorithms: [ACCESS_TOKEN_ALGORITHM],
        clockTolerance: 5,
      }));
    } catch (error) {
      throw refusalOf(error, this.config.audience);
    }
    return claimsOf(payload);
  }
}

function refusalOf(error: unknown, audience: string): unknown {
  if (error instanceof errors.JWTExpired) return new TokenRefused('The access token has expired: get a new one.', true);
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return new TokenRefused(`The access token is not meant for this API (its audience must be ${audience}).`);
    if (error.claim === 'iss') return new TokenRefused('The access token was not issued by the authorisation server this API trusts.');
    if (error.claim === 'typ') return new TokenRefused('The token is not an access token (typ must be at+jwt).');
    return new TokenRefused(`The access token's "${error.claim}" claim is not valid.`);
  }
  if (error instanceof errors.JWKSNoMatchingKey) return new TokenRefused('The access token was signed with a key this API does not know.');
  if (error instanceof errors.JOSEAlgNotAllowed) return new TokenRefused('The access token must be signed with ES256.');
  if (error instanceof errors.JWSSignatureVerificationFailed) return new TokenRefused('The access token signature is not valid.');
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JOSENotSupported)
    return new TokenRefused('The access token is not a well-formed JWT.');
  // Reaching or reading the JWKS failed: not the caller's fault.
  return error;
}

function claimsOf(payload: JWTPayload): AccessTokenClaims {
  const { client_id: clientId, enterprise_number: enterpriseNumber, scope, act } = payload as JWTPayload & Record<string, unknown>;
  if (typeof clientId !== 'string' || clientId !== payload.sub)
    throw new TokenRefused('The access token must name its client in "client_id" and "sub".');
  if (typeof enterpriseNumber !== 'string' || !ENTERPRISE_NUMBER.test(enterpriseNumber))
    throw new TokenRefused('The access token lacks the company\'s "enterprise_number".');
  if (scope !== undefined && typeof scope !== 'string')
    throw new TokenRefused('The access token\'s "scope" must be a space-separated string.');
  const actor = (act as { sub?: unknown } | undefined)?.sub;
  if (act !== undefined && (typeof actor !== 'string' || !ENTERPRISE_NUMBER.test(actor)))
    throw new TokenRefused('The access token\'s "act" must name the intermediary\'s enterprise number.');
  return {
    clientId,
    enterpriseNumber,
    ...(actor ? { actingIntermediary: actor as string } : {}),
    scopes: (scope ?? '').split(' ').filter(Boolean),
  };
}
